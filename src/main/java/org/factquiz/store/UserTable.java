package org.factquiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The {@code users} table. */
final class UserTable {
    private static final String COLUMNS = "id, name, password_hash, role, created_at";

    private UserTable() {
    }

    static boolean insert(Connection c, User u, String nameKey) throws SQLException {
        return Rows.update(c, "INSERT INTO users (id, name, name_key, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", u.id(), u.name(), nameKey, u.passwordHash(), u.role().code(),
                Rows.millis(u.createdAt())) == 1;
    }

    static Optional<User> byId(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM users WHERE id = ?", UserTable::user, id);
    }

    static Optional<User> byNameKey(Connection c, String nameKey) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM users WHERE name_key = ?", UserTable::user, nameKey);
    }

    /** Names a guest; false when another user has the name (checked first, and by the unique key). */
    static boolean nameGuest(Connection c, String id, String name, String nameKey, String hash) throws SQLException {
        if (byNameKey(c, nameKey).isPresent()) {
            return false;
        }
        return Rows.update(c, "UPDATE users SET name = ?, name_key = ?, password_hash = ?, role = ? WHERE id = ? AND role = ?",
                name, nameKey, hash, Role.LEARNER.code(), id, Role.GUEST.code()) == 1;
    }

    /** Guests with no session and no attempt left: nothing of theirs can be reached again. */
    static int deleteAbandonedGuests(Connection c) throws SQLException {
        return Rows.update(c, "DELETE FROM users WHERE role = ? AND NOT EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = users.id)"
                + " AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.user_id = users.id)", Role.GUEST.code());
    }

    /** Everyone with a name (learners and teachers), by name. */
    static List<User> named(Connection c) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM users WHERE role <> ? ORDER BY name_key", UserTable::user,
                Role.GUEST.code());
    }

    static boolean setRole(Connection c, String id, Role role) throws SQLException {
        return Rows.update(c, "UPDATE users SET role = ? WHERE id = ? AND role <> ?", role.code(), id, Role.GUEST.code()) == 1;
    }

    static Optional<Double> desiredRetention(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT desired_retention FROM users WHERE id = ? AND desired_retention IS NOT NULL",
                row -> row.getDouble(1), id);
    }

    static void setDesiredRetention(Connection c, String id, Double retention) throws SQLException {
        Rows.update(c, "UPDATE users SET desired_retention = ? WHERE id = ?", retention, id);
    }

    private static User user(ResultSet row) throws SQLException {
        return new User(row.getString("id"), row.getString("name"), row.getString("password_hash"),
                Role.of(row.getString("role")), Rows.instant(row, "created_at"));
    }
}
