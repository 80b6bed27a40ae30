package org.factquiz.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The exit code the program meant, written where the launcher looks for it
 * ({@value #VARIABLE}) just before the JVM exits. The launcher compares it with the code the JVM
 * really ended with: a run that ends without saying so, such as a rule calling {@code Runtime.halt(0)}
 * (which no Java code can intercept), is then an error, never a silent success.
 */
final class ExitRecord {
    /** The environment variable naming the file; set by {@code ./factquiz}, absent in embedded use. */
    static final String VARIABLE = "FACTQUIZ_EXIT_RECORD";

    private ExitRecord() {
    }

    /** Records {@code code} as the one this run means to end with; a record that cannot be written is left out. */
    static void write(int code) {
        String file = System.getenv(VARIABLE);
        if (file == null || file.isBlank()) {
            return;
        }
        try {
            Files.write(Path.of(file), Integer.toString(code).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            // Without the record the launcher reports an unknown result (exit 3): safe, if less precise.
        }
    }
}
