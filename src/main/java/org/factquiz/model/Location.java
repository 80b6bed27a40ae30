package org.factquiz.model;

import java.util.Objects;

/** A place in an input file, 1-based, as editors count lines and columns. */
public record Location(String file, int line, int column) implements Comparable<Location> {
    public static final Location UNKNOWN = new Location("<unknown>", 0, 0);

    public Location {
        Objects.requireNonNull(file, "file");
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
