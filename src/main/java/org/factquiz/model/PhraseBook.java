package org.factquiz.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All phrase templates, plus the small words around numbers, dates and attributions, per language. */
public record PhraseBook(List<Phrase> phrases, Map<Language, Words> words) {
    public PhraseBook {
        phrases = List.copyOf(phrases);
        words = Map.copyOf(words);
    }

    /** The words of one language. */
    public record Words(Map<String, List<String>> comparators, Map<String, Double> scales, List<String> months,
                        Map<String, String> dateWords, List<String> accordingTo, List<String> possibly) {
        public Words {
            dateWords = Map.copyOf(dateWords);
            comparators = Map.copyOf(comparators);
            scales = Map.copyOf(scales);
            months = List.copyOf(months);
            accordingTo = List.copyOf(accordingTo);
            possibly = List.copyOf(possibly);
        }
    }

    /** The phrase factquiz writes for this kind and key: the first one listed. */
    public Optional<Phrase> preferred(String kind, String key, boolean more, Language language) {
        return phrases.stream()
                .filter(p -> p.kind().equals(kind) && p.key().equals(key) && p.language() == language
                        && (!kind.equals("comparison") || p.more() == more))
                .findFirst();
    }

    public Words words(Language language) {
        return words.get(language);
    }
}
