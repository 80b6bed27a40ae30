package org.factquiz.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * A pool of connections to SQLite (a file in the data folder, in WAL mode) or PostgreSQL, migrated
 * to the current schema by Flyway on opening. {@link #read} runs on an autocommitting connection,
 * {@link #write} in one transaction that is committed before it returns.
 */
public final class Database implements AutoCloseable {
    /** Which database: they share one schema, but a few statements differ. */
    public enum Kind { SQLITE, POSTGRESQL }

    private final HikariDataSource pool;
    private final java.util.concurrent.locks.ReentrantLock sqliteWriter = new java.util.concurrent.locks.ReentrantLock(true);
    private final Kind kind;
    private final String shownUrl;

    private Database(HikariDataSource pool, Kind kind, String shownUrl) {
        this.pool = pool;
        this.kind = kind;
        this.shownUrl = shownUrl;
    }

    /** The SQLite database {@code file}, created with its schema when missing. */
    public static Database sqlite(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: a commit is synced to disk before the learner sees its feedback, so a crash of the
        // machine (not only of the process) keeps every confirmed answer.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        // A write transaction takes the write lock at its start: two writers never deadlock
        // upgrading a read lock, the second waits (busy timeout) instead.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        source.setUrl(url);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        pool.setMaximumPoolSize(8);
        pool.setPoolName("factquiz-sqlite");
        return open(pool, Kind.SQLITE, url);
    }

    /**
     * The database at a JDBC URL: {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB}. The
     * PostgreSQL user and password come from the URL or from {@code FACTQUIZ_DB_USER} and
     * {@code FACTQUIZ_DB_PASSWORD}, so they need not appear in a process list.
     */
    public static Database open(String jdbcUrl, String user, String password) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return sqlite(Path.of(jdbcUrl.substring("jdbc:sqlite:".length())));
        }
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db takes jdbc:postgresql://HOST/DATABASE or jdbc:sqlite:FILE, not '"
                    + jdbcUrl + "'");
        }
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        if (user != null) {
            pool.setUsername(user);
        }
        if (password != null) {
            pool.setPassword(password);
        }
        pool.setMaximumPoolSize(16);
        pool.setPoolName("factquiz-postgresql");
        return open(pool, Kind.POSTGRESQL, jdbcUrl.replaceAll("password=[^&]*", "password=..."));
    }

    private static Database open(HikariConfig config, Kind kind, String shownUrl) {
        // Fail at once with the database's own message when it cannot be reached.
        config.setInitializationFailTimeout(1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration")
                    .javaMigrations(new CardsFromEarlierAnswers()).loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, kind, shownUrl);
    }

    public Kind kind() {
        return kind;
    }

    /** The URL, without a password: for messages. */
    public String url() {
        return shownUrl;
    }

    /** Work that reads and writes through one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    public <T> T write(Work<T> work) {
        // SQLite lets one writer in at a time; queueing writers here, fairly, instead of in SQLite's
        // busy loop keeps a slow disk or a busy machine from turning waits into "database is locked".
        if (kind == Kind.SQLITE) {
            sqliteWriter.lock();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.on(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException again) {
                    e.addSuppressed(again);
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the pool resets the connection when it is given back
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        } finally {
            if (kind == Kind.SQLITE) {
                sqliteWriter.unlock();
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
