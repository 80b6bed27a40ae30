package org.factquiz.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.store.Database;
import picocli.CommandLine.Option;

/** The --data and --db options of the commands that use the web quiz's database (serve, users). */
final class DatabaseOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/data",
            description = "Data folder: the SQLite database factquiz.db lives here (default: ${DEFAULT-VALUE}; created when missing).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "A database instead of SQLite in the data folder: jdbc:postgresql://HOST/DB (user and password from "
                    + "FACTQUIZ_DB_USER and FACTQUIZ_DB_PASSWORD, or in the URL).")
    String db;

    /** The database, migrated to the current schema. */
    Database open() throws IOException {
        if (db != null) {
            return Database.open(db, System.getenv("FACTQUIZ_DB_USER"), System.getenv("FACTQUIZ_DB_PASSWORD"));
        }
        Files.createDirectories(data);
        return Database.sqlite(data.resolve("factquiz.db"));
    }

    /** What the database is called in messages. */
    String shown() {
        return db != null ? db : data.resolve("factquiz.db").toString();
    }
}
