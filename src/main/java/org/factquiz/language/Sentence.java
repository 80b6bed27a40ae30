package org.factquiz.language;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a text: its characters {@code [start, end)} in that text, its language and its
 * tokens (whose offsets are into the same text).
 */
public record Sentence(String text, int start, int end, org.factquiz.model.Language language, List<Token> tokens) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(language, "language");
        tokens = List.copyOf(tokens);
    }
}
