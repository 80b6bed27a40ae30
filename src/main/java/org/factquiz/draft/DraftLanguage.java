package org.factquiz.draft;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.factquiz.model.Language;

/**
 * Tells whether a draft is German or English from its commonest words: the stop words Lucene
 * keeps for each language (words both lists hold, such as "in", count for neither).
 */
final class DraftLanguage {
    private static final CharArraySet GERMAN = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private DraftLanguage() {
    }

    /** The language most of the words of {@code prose} belong to; English when nothing tells. */
    static Language detect(CharSequence prose) {
        int german = 0;
        int english = 0;
        for (String word : prose.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            boolean de = GERMAN.contains(word);
            boolean en = ENGLISH.contains(word);
            if (de && !en) {
                german++;
            } else if (en && !de) {
                english++;
            }
        }
        return german > english ? Language.DE : Language.EN;
    }
}
