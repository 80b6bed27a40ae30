package org.factquiz.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.factquiz.model.Language;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class ClosestNames {
    private ClosestNames() {
    }

    /** The closest candidate within an edit distance of a third of the name (at least 2), if any. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        return candidates.stream()
                .map(c -> new Scored(c, distance(wanted, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .map(Scored::name);
    }

    /** " (did you mean 'x'?)" or the empty string. */
    public static String hint(String name, Collection<String> candidates) {
        return hint(name, candidates, Language.EN);
    }

    /** The hint in the given language: " (did you mean 'x'?)", " (meinten Sie 'x'?)" or the empty string. */
    public static String hint(String name, Collection<String> candidates, Language language) {
        String question = language == Language.DE ? " (meinten Sie '" : " (did you mean '";
        return closest(name, candidates).map(c -> question + c + "'?)").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Scored(String name, int distance) {
    }
}
