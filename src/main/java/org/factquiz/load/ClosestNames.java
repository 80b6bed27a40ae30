package org.factquiz.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.factquiz.model.Language;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class ClosestNames {
    private static final int[] NO_ROWS = new int[0];
    private ClosestNames() {
    }

    /** The closest candidate within an edit distance of a third of the name (at least 2), if any. */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int bound = limit(wanted);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        // A candidate further away than the best so far cannot win, so each comparison may stop as
        // soon as it is certain to exceed the bound: the same answer as comparing in full.
        int[] rows = new int[2 * (wanted.length() + bound + 1)];
        for (String candidate : candidates) {
            int distance = distanceAtMost(wanted, candidate.toLowerCase(Locale.ROOT), bound, rows);
            if (distance <= bound && (distance < bestDistance || candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
                bound = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * True when {@code candidate} is close enough to {@code name} to be suggested for it: a cheap
     * filter for rules that collect candidates, with the same result as {@link #closest}.
     */
    public static boolean near(String name, String candidate) {
        String wanted = name.toLowerCase(Locale.ROOT);
        int bound = limit(wanted);
        return distanceAtMost(wanted, candidate.toLowerCase(Locale.ROOT), bound, NO_ROWS) <= bound;
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

    /** Levenshtein distance, computed in full. */
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

    private static int limit(String wanted) {
        return Math.max(2, wanted.length() / 3);
    }

    /**
     * The Levenshtein distance of {@code a} and {@code b} when it is at most {@code bound}, else
     * some number above {@code bound}. {@code rows} is scratch space, replaced when shorter than
     * 2 * (b.length() + 1).
     */
    static int distanceAtMost(String a, String b, int bound, int[] rows) {
        if (Math.abs(a.length() - b.length()) > bound) {
            return bound + 1;
        }
        int width = b.length() + 1;
        if (rows.length < 2 * width) {
            rows = new int[2 * width];
        }
        int previous = 0;
        int current = width;
        for (int j = 0; j < width; j++) {
            rows[previous + j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            rows[current] = i;
            int smallest = i;
            char c = a.charAt(i - 1);
            for (int j = 1; j < width; j++) {
                int substitution = rows[previous + j - 1] + (c == b.charAt(j - 1) ? 0 : 1);
                int value = Math.min(substitution, Math.min(rows[previous + j] + 1, rows[current + j - 1] + 1));
                rows[current + j] = value;
                smallest = Math.min(smallest, value);
            }
            if (smallest > bound) {
                return bound + 1;
            }
            int swap = previous;
            previous = current;
            current = swap;
        }
        return rows[previous + width - 1];
    }

}
