package org.factquiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/** The {@code question_sets} table. */
final class QuestionSetTable {
    private QuestionSetTable() {
    }

    static boolean exists(Connection c, String version) throws SQLException {
        return Rows.one(c, "SELECT version FROM question_sets WHERE version = ?", row -> row.getString(1), version)
                .isPresent();
    }

    /** True when the version was new. */
    static boolean insert(Connection c, String version, Instant builtAt, int questions) throws SQLException {
        return Rows.update(c, "INSERT INTO question_sets (version, built_at, questions) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                version, Rows.millis(builtAt), questions) == 1;
    }
}
