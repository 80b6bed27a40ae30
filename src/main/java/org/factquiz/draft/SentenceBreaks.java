package org.factquiz.draft;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    /**
     * The detector drafts are split with. For now the JDK's sentence boundaries (ICU rules); the
     * language layer's detector replaces it here, and nothing else changes.
     */
    static SentenceBreaks standard() {
        return JdkSentenceBreaks.INSTANCE;
    }

    /** Sentence boundaries from {@link BreakIterator}, with the locale of the prose. */
    final class JdkSentenceBreaks implements SentenceBreaks {
        static final JdkSentenceBreaks INSTANCE = new JdkSentenceBreaks();

        @Override
        public List<Span> sentences(String prose, Language language) {
            BreakIterator breaks = BreakIterator.getSentenceInstance(language == Language.DE ? Locale.GERMAN
                    : Locale.ENGLISH);
            breaks.setText(prose);
            List<Span> spans = new ArrayList<>();
            for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                 start = end, end = breaks.next()) {
                spans.add(new Span(start, end));
            }
            return spans;
        }
    }
}
