package org.factquiz.model;

import java.util.Objects;

/** Where in the source document a fact comes from: sentence number and the sentence itself. */
public record SourceRef(String document, int sentence, String quote, String sentenceText) {
    public SourceRef {
        Objects.requireNonNull(document, "document");
        quote = quote == null ? "" : quote;
        sentenceText = sentenceText == null ? "" : sentenceText;
    }
}
