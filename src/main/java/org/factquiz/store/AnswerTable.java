package org.factquiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The {@code answers} table. */
final class AnswerTable {
    private AnswerTable() {
    }

    /** False when the attempt's question at that position has an answer already: the first one stays. */
    static boolean insert(Connection c, Answer a) throws SQLException {
        return Rows.update(c, "INSERT INTO answers (attempt_id, position, user_id, question_set, question_id, response, correct,"
                + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", a.attemptId(), a.position(),
                a.userId(), a.questionSet(), a.questionId(), a.response(), a.correct(), Rows.millis(a.answeredAt())) == 1;
    }

    /** The answers of every finished attempt, attempt by attempt (in the order of their ids), each in position order. */
    static List<Answer> ofFinishedAttempts(Connection c) throws SQLException {
        return Rows.list(c, "SELECT a.attempt_id, a.position, a.user_id, a.question_set, a.question_id, a.response, a.correct,"
                + " a.answered_at FROM answers a JOIN attempts t ON t.id = a.attempt_id WHERE t.finished_at IS NOT NULL"
                + " ORDER BY a.attempt_id, a.position", AnswerTable::answer);
    }

    static List<Answer> ofAttempt(Connection c, String attemptId) throws SQLException {
        return Rows.list(c, "SELECT attempt_id, position, user_id, question_set, question_id, response, correct, answered_at"
                + " FROM answers WHERE attempt_id = ? ORDER BY position", AnswerTable::answer, attemptId);
    }

    private static Answer answer(java.sql.ResultSet row) throws SQLException {
        return new Answer(row.getString(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6), row.getBoolean(7), Rows.instant(row, "answered_at"));
    }
}
