package org.factquiz.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of words in a resource of this package (or, by a relative path, of a package below it):
 * one row a line, tab-separated, '#' starts a comment.
 */
public final class WordTable {
    private WordTable() {
    }

    public static List<String[]> read(String name) {
        InputStream in = WordTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing word table " + name + " beside " + WordTable.class.getName());
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word table " + name, e);
        }
        return rows;
    }
}
