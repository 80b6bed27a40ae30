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
     * of {@code model.LinkKind}), whether the outcome comes before it, and whether the second side
     * is an infinitive whose subject is the first side's ("in order to depend less", "um ... zu sein").
     */
    public record Connective(String words, List<String> kinds, boolean outcomeFirst, boolean infinitive) {
    }

    private static final Lazy<List<String[]>> TABLE = new Lazy<>(() -> WordTable.read("links.tsv"));

    private Connectives() {
    }

    /** The connectives of {@code language}, the longest first (", mit dem Ziel:" before ", damit"). */
    public static List<Connective> of(Language language) {
        List<Connective> out = new ArrayList<>();
        for (String[] row : TABLE.get()) {
            if (row[0].equals(language.code())) {
                out.add(new Connective(row[1], List.of(row[2].split(",")), row[3].equals("to"),
                        row[3].equals("from-infinitive")));
            }
        }
        out.sort(Comparator.comparingInt((Connective c) -> c.words().length()).reversed());
        return out;
    }

    /** Where a connective stands in a text: the first part ends at {@code start}, the second begins at {@code end}. */
    public record Join(int start, int end) {
    }

    /**
     * The infinitive side of a purpose as a clause of its own, with {@code subject} (the first side's
     * subject, by name) before the verb made finite, so that the claim reader reads it as a clause:
     * "depend less on X" gives "Acme depends less on X"; German "weniger abhängig von X zu sein" gives
     * "Acme ist weniger abhängig von X", and a separable verb's "zu" inside it is taken out,
     * "Lager auszubauen" giving "Acme baut Lager aus" ({@code particles}: the
     * language's separable particles).
     */
    public static String infinitiveAsClause(String side, Language language, String subject, List<String> particles) {
        String text = side.strip();
        String end = text.endsWith(".") ? "." : "";
        text = end.isEmpty() ? text : text.substring(0, text.length() - 1).strip();
        if (language == Language.EN) {
            int space = text.indexOf(' ');
            String verb = space < 0 ? text : text.substring(0, space);
            return subject + " " + Inflector.thirdPerson(verb) + (space < 0 ? "" : text.substring(space)) + end;
        }
        int last = text.lastIndexOf(' ');
        String infinitive = text.substring(last + 1);
        String middle = last < 0 ? "" : text.substring(0, last).strip();
        if (middle.endsWith(" zu") || middle.equals("zu")) {
            middle = middle.substring(0, middle.length() - 2).strip();
        } else {
            String lower = infinitive.toLowerCase(Locale.ROOT);
            for (String p : particles) {
                if (lower.startsWith(p + "zu") && lower.length() > p.length() + 4) {
                    infinitive = infinitive.substring(0, p.length()) + infinitive.substring(p.length() + 2);
                    break;
                }
            }
        }
        Inflector.GermanVerb verb = Inflector.germanVerb(infinitive.toLowerCase(Locale.ROOT), Person.THIRD,
                GrammaticalNumber.SINGULAR, Tense.PRESENT);
        return String.join(" ", java.util.stream.Stream.of(subject, verb.finite(), middle, verb.particle())
                .filter(w -> !w.isEmpty()).toList()) + end;
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
