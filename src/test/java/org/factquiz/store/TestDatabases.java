package org.factquiz.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases the store is tested on: SQLite files, and a real PostgreSQL server (binaries from
 * Maven artifacts) started once per test JVM and shared; each caller gets a database of its own.
 */
public final class TestDatabases {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static Database sqlite(Path folder) {
        return Database.sqlite(folder.resolve("factquiz-" + NEXT.incrementAndGet() + ".db"));
    }

    /** A new, empty PostgreSQL database on the shared server, migrated. */
    public static Database postgresql() {
        return Database.open(emptyPostgresql(), "postgres", "postgres");
    }

    /** The JDBC URL of a new PostgreSQL database on the shared server, with no schema yet (user and password: postgres). */
    public static String emptyPostgresql() {
        String name = "factquiz_test_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway
                }
            }));
        }
        return postgres;
    }
}
