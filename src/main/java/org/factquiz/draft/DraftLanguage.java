package org.factquiz.draft;

import org.factquiz.language.Analyzer;
import org.factquiz.model.Language;

/** Tells whether a draft is German or English, with the language layer's guess over all its prose. */
final class DraftLanguage {
    private DraftLanguage() {
    }

    /** The language {@code prose} is most likely in; English when nothing tells. */
    static Language detect(CharSequence prose) {
        return Analyzer.guessLanguage(prose.toString());
    }
}
