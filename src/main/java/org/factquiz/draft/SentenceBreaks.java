package org.factquiz.draft;

import java.util.List;
import org.factquiz.language.Analyzer;
import org.factquiz.model.Language;

/**
 * Where the sentences of a stretch of prose begin and end, in the prose's language. The one place
 * that says which sentence detector drafts use: {@link #standard()}.
 */
public interface SentenceBreaks {
    /** A sentence from {@code start} to {@code end} (exclusive) in the prose. */
    record Span(int start, int end) {
    }

    List<Span> sentences(String prose, Language language);

    /** The language layer's sentence detection (OpenNLP's sentence model, abbreviations repaired). */
    static SentenceBreaks standard() {
        return (prose, language) -> Analyzer.sentenceSpans(prose, language).stream()
                .map(s -> new Span(s.start(), s.end())).toList();
    }
}
