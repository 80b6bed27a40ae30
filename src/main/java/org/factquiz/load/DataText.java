package org.factquiz.load;

import java.nio.file.Path;
import java.util.Objects;

/** The text of a data file, read from disk or made in memory (a facts file with a test's changes). */
public record DataText(Path file, String text) {
    public DataText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }
}
