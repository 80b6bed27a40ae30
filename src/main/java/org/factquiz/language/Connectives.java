package org.factquiz.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.factquiz.model.Language;

/**
 * The words that join two statements into a cause or a purpose ("B because A", "B, denn A", "A so
 * that B", "A, mit dem Ziel: B"), from {@code links.tsv}: what they say and which side comes first.
 */
public final class Connectives {
    /**
     * One connective: its words (a leading comma is part of them), the kinds of link it says (names
     * of {@code model.LinkKind}) and whether the outcome comes before it.
     */
    public record Connective(String words, List<String> kinds, boolean outcomeFirst) {
    }

    private static final Lazy<List<String[]>> TABLE = new Lazy<>(() -> WordTable.read("links.tsv"));

    private Connectives() {
    }

    /** The connectives of {@code language}, the longest first (", mit dem Ziel:" before ", damit"). */
    public static List<Connective> of(Language language) {
        List<Connective> out = new ArrayList<>();
        for (String[] row : TABLE.get()) {
            if (row[0].equals(language.code())) {
                out.add(new Connective(row[1], List.of(row[2].split(",")), row[3].equals("to")));
            }
        }
        out.sort(Comparator.comparingInt((Connective c) -> c.words().length()).reversed());
        return out;
    }

    /** Where a connective stands in a text: the first part ends at {@code start}, the second begins at {@code end}. */
    public record Join(int start, int end) {
    }

    /** Where {@code connective} joins two parts of {@code text} (case ignored), or null. */
    public static Join find(String text, Connective connective) {
        String lower = text.toLowerCase(Locale.ROOT);
        String words = connective.words().toLowerCase(Locale.ROOT);
        String needle = words.startsWith(",") ? words + " " : " " + words + " ";
        int at = lower.indexOf(needle);
        return at <= 0 ? null : new Join(at, at + needle.length());
    }
}
