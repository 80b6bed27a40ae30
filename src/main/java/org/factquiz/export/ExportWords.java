package org.factquiz.export;

import java.util.Map;
import org.factquiz.model.Language;

/** The few words an export adds around the question's own texts, in the quiz's language. */
final class ExportWords {
    private static final Map<Language, Map<String, String>> WORDS = Map.of(
            Language.EN, Map.of("right", "Right.", "wrong", "Wrong.", "answer", "The answer is: %s",
                    "answers", "The answers are: %s",
                    "range", "%s to %s counts as right", "partly", "Partly right.", "place", "Position %d"),
            Language.DE, Map.of("right", "Richtig.", "wrong", "Falsch.", "answer", "Die Antwort ist: %s",
                    "answers", "Die Antworten sind: %s",
                    "range", "%s bis %s gilt als richtig", "partly", "Teilweise richtig.", "place", "Position %d"));

    private ExportWords() {
    }

    static String word(String key, Language language) {
        return WORDS.get(language).get(key);
    }
}
