package org.factquiz.engine;

import java.util.Objects;

/**
 * One rule file: its path as the user sees it, its path inside the rules folder, the DRL that is
 * compiled, and the text as the editor wrote it. The two texts differ only for a {@code .dslr}
 * file, whose sentences were expanded to DRL line for line.
 */
public record RuleSource(String file, String path, String text, String written) {
    public RuleSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(written, "written");
    }

    /** A DRL file, compiled as written. */
    public RuleSource(String file, String path, String text) {
        this(file, path, text, text);
    }

    /** Whether the compiled text was expanded from DSL sentences, so its columns are not the editor's. */
    public boolean isExpanded() {
        return !text.equals(written);
    }

    /** Line {@code line} (1-based) as the editor wrote it, without surrounding blanks; empty if there is none. */
    public String writtenLine(int line) {
        String[] lines = written.split("\r?\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1].strip() : "";
    }

    /** The column (1-based) where the editor's text on {@code line} starts. */
    public int writtenColumn(int line) {
        String[] lines = written.split("\r?\n", -1);
        if (line < 1 || line > lines.length) {
            return 1;
        }
        String text = lines[line - 1];
        int column = 0;
        while (column < text.length() && Character.isWhitespace(text.charAt(column))) {
            column++;
        }
        return column + 1;
    }
}
