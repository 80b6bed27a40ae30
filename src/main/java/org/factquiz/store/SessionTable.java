package org.factquiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.factquiz.model.Language;

/** The {@code sessions} table. */
final class SessionTable {
    private SessionTable() {
    }

    static void insert(Connection c, BrowserSession s) throws SQLException {
        Rows.update(c, "INSERT INTO sessions (token_hash, user_id, csrf_token, language, created_at, last_seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", s.tokenHash(), s.userId(), s.csrfToken(), s.language().code(),
                Rows.millis(s.createdAt()), Rows.millis(s.lastSeenAt()));
    }

    static Optional<BrowserSession> byTokenHash(Connection c, String tokenHash) throws SQLException {
        return Rows.one(c, "SELECT token_hash, user_id, csrf_token, language, created_at, last_seen_at FROM sessions"
                + " WHERE token_hash = ?", SessionTable::session, tokenHash);
    }

    static void update(Connection c, BrowserSession s) throws SQLException {
        Rows.update(c, "UPDATE sessions SET user_id = ?, language = ?, last_seen_at = ? WHERE token_hash = ?",
                s.userId(), s.language().code(), Rows.millis(s.lastSeenAt()), s.tokenHash());
    }

    static void delete(Connection c, String tokenHash) throws SQLException {
        Rows.update(c, "DELETE FROM sessions WHERE token_hash = ?", tokenHash);
    }

    static int deleteIdleSince(Connection c, Instant before) throws SQLException {
        return Rows.update(c, "DELETE FROM sessions WHERE last_seen_at < ?", Rows.millis(before));
    }

    private static BrowserSession session(ResultSet row) throws SQLException {
        return new BrowserSession(row.getString("token_hash"), row.getString("user_id"), row.getString("csrf_token"),
                Language.valueOf(row.getString("language").toUpperCase(java.util.Locale.ROOT)),
                Rows.instant(row, "created_at"), Rows.instant(row, "last_seen_at"));
    }
}
