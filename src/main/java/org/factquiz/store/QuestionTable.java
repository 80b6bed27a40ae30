package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The {@code questions} table. */
final class QuestionTable {
    private QuestionTable() {
    }

    static void insertAll(Connection c, List<StoredQuestion> questions) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO questions (question_set, id, type, topic, skill, difficulty,"
                + " answer_key, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredQuestion q : questions) {
                s.setString(1, q.questionSet());
                s.setString(2, q.id());
                s.setString(3, q.type());
                s.setString(4, q.topic());
                s.setString(5, q.skill());
                s.setInt(6, q.difficulty());
                s.setString(7, q.answerKey());
                s.setString(8, q.body());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static List<StoredQuestion> ofSet(Connection c, String version) throws SQLException {
        return Rows.list(c, "SELECT question_set, id, type, topic, skill, difficulty, answer_key, body FROM questions"
                + " WHERE question_set = ? ORDER BY id", row -> new StoredQuestion(row.getString(1), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getInt(6), row.getString(7), row.getString(8)),
                version);
    }
}
