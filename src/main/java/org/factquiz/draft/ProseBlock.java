package org.factquiz.draft;

import java.util.Arrays;
import java.util.Objects;

/**
 * The prose of one block of a draft (a paragraph, heading, list item's paragraph, table cell) as a
 * reader sees it: markup, code and comments gone, entities decoded, line breaks as spaces. Each
 * character remembers the stretch of the draft it came from ({@code from[i]} to {@code to[i]}), so
 * a sentence found in the prose is placed exactly in the file.
 */
public record ProseBlock(String text, int[] from, int[] to) {
    public ProseBlock {
        Objects.requireNonNull(text, "text");
        if (from.length != text.length() || to.length != text.length()) {
            throw new IllegalArgumentException("every character of the prose needs its place in the draft");
        }
    }

    /** Where the prose characters {@code start} to {@code end} (exclusive) are in the draft: [first, last). */
    public int startOffset(int start) {
        return from[start];
    }

    public int endOffset(int end) {
        return to[end - 1];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProseBlock b && b.text.equals(text) && Arrays.equals(b.from, from)
                && Arrays.equals(b.to, to);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "ProseBlock[" + text + "]";
    }

    /** Collects a block's prose piece by piece. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] from = new int[64];
        private int[] to = new int[64];

        /** One character of prose made from the draft's characters {@code start} to {@code end}. */
        Builder add(char c, int start, int end) {
            if (text.length() == from.length) {
                from = Arrays.copyOf(from, from.length * 2);
                to = Arrays.copyOf(to, to.length * 2);
            }
            from[text.length()] = start;
            to[text.length()] = end;
            text.append(c);
            return this;
        }

        /** Characters copied as they stand in the draft, from {@code start} on. */
        Builder addVerbatim(CharSequence chars, int start) {
            for (int i = 0; i < chars.length(); i++) {
                add(chars.charAt(i), start + i, start + i + 1);
            }
            return this;
        }

        /** A space standing for a line break or a removed element at {@code at}, unless one is there already. */
        Builder space(int at) {
            if (text.length() > 0 && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                add(' ', at, at);
            }
            return this;
        }

        boolean isEmpty() {
            return text.toString().isBlank();
        }

        ProseBlock build() {
            return new ProseBlock(text.toString(), Arrays.copyOf(from, text.length()), Arrays.copyOf(to, text.length()));
        }
    }
}
