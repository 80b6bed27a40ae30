package org.factquiz.draft;

import java.util.Arrays;
import java.util.Objects;
import org.factquiz.model.Location;

/**
 * A draft's text as decoded (a leading byte-order mark dropped), with the start of every line, so
 * that an offset into the text becomes the line and column an editor shows. Lines end at LF, CRLF
 * or CR; columns count UTF-16 code units from 1, a tab as one column, as compilers and SARIF count.
 */
public record DraftText(String file, String text, boolean markdown, int[] lineStarts) {
    public DraftText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
    }

    public static DraftText of(String file, String text, boolean markdown) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean end = c == '\n' || (c == '\r' && (i + 1 == body.length() || body.charAt(i + 1) != '\n'));
            if (end) {
                if (lines == starts.length) {
                    starts = Arrays.copyOf(starts, lines * 2);
                }
                starts[lines++] = i + 1;
            }
        }
        return new DraftText(file, body, markdown, Arrays.copyOf(starts, lines));
    }

    /** The place of the character at {@code offset} (the text's length: just after its last character). */
    public Location at(int offset) {
        int line = lineOf(offset);
        return new Location(file, line + 1, offset - lineStarts[line] + 1);
    }

    /** The 0-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found : -found - 2;
    }

    public int lines() {
        return lineStarts.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DraftText t && t.file.equals(file) && t.text.equals(text) && t.markdown == markdown;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, text, markdown);
    }

    @Override
    public String toString() {
        return "DraftText[" + file + ", " + text.length() + " chars]";
    }
}
