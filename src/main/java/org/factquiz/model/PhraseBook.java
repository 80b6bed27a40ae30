package org.factquiz.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * All phrase templates (the facts folder's, and those factquiz makes from the names of entries
 * that have none), plus each language's own words around numbers, dates and attributions.
 */
public record PhraseBook(List<Phrase> phrases, Map<Language, Words> words) {
    public PhraseBook {
        phrases = List.copyOf(phrases);
        words = Map.copyOf(words);
    }

    /**
     * The words of one language: around numbers, dates, attributions and hedges, and the small
     * words factquiz needs to say a vocabulary entry from its name ({@code verbParticles} such as
     * German "her" in "stellt her", {@code reflexives}, {@code prepositions}, and the definite
     * {@code articles} by grammatical gender: m, f, n), and {@code asides}, words a claim may
     * say that change nothing it claims ("unter anderem", "among others", "also").
     */
    public record Words(Map<String, List<String>> comparators, Map<String, Double> scales, List<String> months,
                        Map<String, String> dateWords, List<String> accordingTo, List<String> possibly,
                        List<String> verbParticles, List<String> reflexives, List<String> prepositions,
                        Map<String, String> articles, List<String> asides) {
        public Words {
            asides = List.copyOf(asides);
            dateWords = Map.copyOf(dateWords);
            comparators = Map.copyOf(comparators);
            scales = Map.copyOf(scales);
            months = List.copyOf(months);
            accordingTo = List.copyOf(accordingTo);
            possibly = List.copyOf(possibly);
            verbParticles = List.copyOf(verbParticles);
            reflexives = List.copyOf(reflexives);
            prepositions = List.copyOf(prepositions);
            articles = Map.copyOf(articles);
        }

        public Words(Map<String, List<String>> comparators, Map<String, Double> scales, List<String> months,
                     Map<String, String> dateWords, List<String> accordingTo, List<String> possibly) {
            this(comparators, scales, months, dateWords, accordingTo, possibly, List.of(), List.of(), List.of(),
                    Map.of(), List.of());
        }

        public Words(Map<String, List<String>> comparators, Map<String, Double> scales, List<String> months,
                     Map<String, String> dateWords, List<String> accordingTo, List<String> possibly,
                     List<String> verbParticles, List<String> reflexives, List<String> prepositions,
                     Map<String, String> articles) {
            this(comparators, scales, months, dateWords, accordingTo, possibly, verbParticles, reflexives, prepositions,
                    articles, List.of());
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
