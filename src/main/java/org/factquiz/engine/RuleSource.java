package org.factquiz.engine;

import java.util.Objects;

/** One rule file: its path as the user sees it, its path inside the rules folder, and its text. */
public record RuleSource(String file, String path, String text) {
    public RuleSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
    }
}
