package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The {@code attempt_questions} table: which question an attempt asks at each position. */
final class AttemptQuestionTable {
    private AttemptQuestionTable() {
    }

    static void insert(Connection c, String attemptId, List<String> questionIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO attempt_questions (attempt_id, position, question_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < questionIds.size(); i++) {
                s.setString(1, attemptId);
                s.setInt(2, i + 1);
                s.setString(3, questionIds.get(i));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static List<String> ofAttempt(Connection c, String attemptId) throws SQLException {
        return Rows.list(c, "SELECT question_id FROM attempt_questions WHERE attempt_id = ? ORDER BY position",
                row -> row.getString(1), attemptId);
    }
}
