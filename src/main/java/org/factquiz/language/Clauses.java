package org.factquiz.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factquiz.model.Language;

/**
 * Finds the verb group of a clause and splits the clause at it. English and German each have
 * their own reader ({@link EnglishClauses}, {@link GermanClauses}); this is their common door.
 */
public final class Clauses {
    private Clauses() {
    }

    /**
     * The clause made of tokens {@code [from, to)} of {@code sentence}. Tokens in {@code opaque}
     * (names the caller has found, such as "Tensor Processing Unit") are never taken for verbs;
     * {@code knownVerbs} (lower-case lemmas) settle words the tagger is unsure of ("owns" tagged as
     * a noun). Empty when the clause has no verb.
     */
    public static Optional<Clause> read(Sentence sentence, int from, int to, Set<Integer> opaque, Set<String> knownVerbs) {
        return sentence.language() == Language.DE ? GermanClauses.read(sentence, from, to, opaque, knownVerbs)
                : EnglishClauses.read(sentence, from, to, opaque, knownVerbs);
    }

    /** The whole sentence as one clause. */
    public static Optional<Clause> read(Sentence sentence) {
        return read(sentence, 0, sentence.tokens().size(), Set.of(), Set.of());
    }

    static Clause split(Sentence sentence, int from, int to, VerbGroup group) {
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        int first = group.tokens().isEmpty() ? to : group.tokens().stream().min(Integer::compare).orElse(to);
        for (int i = from; i < to; i++) {
            if (group.tokens().contains(i)) {
                continue;
            }
            (i < first ? before : after).add(i);
        }
        return new Clause(sentence, before, group, after);
    }
}
