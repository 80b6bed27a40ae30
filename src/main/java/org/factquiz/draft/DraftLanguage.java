package org.factquiz.draft;

import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.factquiz.language.Analyzer;
import org.factquiz.model.Language;

/**
 * Tells whether a draft is German or English. A draft is long enough for its commonest words to
 * decide: the stop words Lucene keeps for each language, where a word both lists hold ("in", "an")
 * counts for neither. When they do not tell, the language layer's guess (umlauts, its dictionary) does.
 */
final class DraftLanguage {
    private static final CharArraySet GERMAN = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private DraftLanguage() {
    }

    static Language detect(CharSequence prose) {
        int german = 0;
        int english = 0;
        for (String word : prose.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            boolean de = GERMAN.contains(word);
            boolean en = ENGLISH.contains(word);
            if (de && !en) {
                german++;
            } else if (en && !de) {
                english++;
            }
        }
        if (german != english) {
            return german > english ? Language.DE : Language.EN;
        }
        return Analyzer.guessLanguage(prose.toString());
    }
}
