package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.language.WordTable;
import org.factquiz.model.Language;

/**
 * Two statements joined as a pattern says: "{to}, weil {from}", "{from}, um {to}", "{to} because
 * {from}". The first is a main clause, written by the caller (who frames it); the second takes the
 * form the word before it asks (clause-openers.tsv): verb last after "weil", an infinitive after
 * "um" or "in order to" (only for the same subject: otherwise "damit", "so that"), a main clause after
 * "denn" or "because". A second subject that repeats the first is said again shortly: a pronoun, or
 * what the caller gives for it ("das Unternehmen").
 */
public final class Joining {
    private enum Form { LAST, MAIN, INFINITIVE }

    private record Opener(Language language, String words, Form form, String instead) {
    }

    private static final List<Opener> OPENERS = load();
    private static final Pattern SLOT = Pattern.compile("\\{([\\w-]+)}");

    private Joining() {
    }

    private static List<Opener> load() {
        List<Opener> openers = new ArrayList<>();
        for (String[] row : WordTable.read("writing/clause-openers.tsv")) {
            openers.add(new Opener(Language.valueOf(row[0].toUpperCase(Locale.ROOT)), row[1],
                    Form.valueOf(row[2].equals("last") ? "LAST" : row[2].toUpperCase(Locale.ROOT)),
                    row.length > 3 ? row[3] : null));
        }
        // The longest words first: "in order to" before "to".
        openers.sort(Comparator.comparingInt((Opener o) -> o.words().length()).reversed());
        return List.copyOf(openers);
    }

    /**
     * {@code pattern} with its two slots filled from {@code clauses}: the first by {@code main},
     * the second in the form its opener asks, its subject replaced by {@code again} when it repeats
     * the first's. Empty when a clause cannot take its form.
     */
    public static Optional<String> join(String pattern, Language language, Map<String, Proposition> clauses,
                                        Function<Proposition, Optional<String>> main, UnaryOperator<Term> again) {
        Matcher m = SLOT.matcher(pattern);
        List<int[]> at = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            names.add(m.group(1));
        }
        if (names.size() != 2 || !clauses.keySet().containsAll(names)) {
            return Optional.empty();
        }
        Proposition first = clauses.get(names.get(0));
        Proposition second = clauses.get(names.get(1));
        String before = pattern.substring(0, at.get(0)[0]);
        String between = pattern.substring(at.get(0)[1], at.get(1)[0]);
        String after = pattern.substring(at.get(1)[1]);
        Optional<String> head = main.apply(first);
        Optional<Opener> opener = opener(between, language);
        boolean sameSubject = first.subject().isPresent() && second.subject().isPresent()
                && GermanProposition.sameReferent(first.subject().get(), second.subject().get());
        // The second subject named elsewhere in the first clause: a pronoun when nothing else there could be meant.
        boolean namedBefore = !sameSubject && second.subject().isPresent() && first.terms().stream()
                .anyMatch(t -> GermanProposition.sameReferent(t, second.subject().get()));
        boolean alone = namedBefore && first.terms().stream()
                .filter(t -> !GermanProposition.sameReferent(t, second.subject().get()))
                .noneMatch(t -> t.number() == second.subject().get().number()
                        && (language == Language.EN || t.gender() == second.subject().get().gender()));
        // "..., damit sie den Staatshaushalt schonen": the second subject named before, said as a pronoun.
        Proposition pronounced = alone ? second.withSubject(second.subject().get().pronoun(
                org.factquiz.language.Case.NOMINATIVE, language == Language.EN && second.subject().get().gender() != null)
                .orElse(second.subject().get())) : second;
        Optional<String> tail;
        if (opener.isPresent() && opener.get().form() == Form.INFINITIVE && !sameSubject) {
            Opener instead = opener(" " + opener.get().instead(), language).orElseThrow();
            between = replaceLast(between, opener.get().words(), instead.words());
            tail = finite(pronounced, instead.form());
        } else if (opener.isPresent() && opener.get().form() == Form.INFINITIVE) {
            tail = second.infinitive().map(i -> language == Language.EN && i.startsWith("to ") ? i.substring(3) : i);
        } else {
            Proposition shown = sameSubject ? second.withSubject(again.apply(second.subject().get())) : pronounced;
            tail = finite(shown, opener.map(Opener::form).orElse(Form.MAIN));
        }
        if (head.isEmpty() || tail.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((before + head.get() + between + tail.get() + after).strip());
    }

    private static Optional<String> finite(Proposition p, Form form) {
        return form == Form.LAST ? p.subordinate(null, null) : Optional.of(p.sentence());
    }

    /** The opener the text before a slot ends with. */
    private static Optional<Opener> opener(String text, Language language) {
        String t = " " + text.strip().toLowerCase(Locale.ROOT);
        for (Opener o : OPENERS) {
            if (o.language() == language && t.endsWith(" " + o.words())) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    private static String replaceLast(String text, String words, String by) {
        int i = text.toLowerCase(Locale.ROOT).lastIndexOf(words);
        return i < 0 ? text : text.substring(0, i) + by + text.substring(i + words.length());
    }
}
