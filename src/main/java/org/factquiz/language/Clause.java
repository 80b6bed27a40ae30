package org.factquiz.language;

import java.util.List;
import java.util.Objects;

/**
 * A clause split at its verb: the words before the verb group (the German Vorfeld, the English
 * subject and what precedes it), the verb group, and the words after it (German Mittelfeld, or
 * the English objects and complements), in the order written, the verb group's words left out.
 * Indexes are into {@link #sentence}'s tokens.
 */
public record Clause(Sentence sentence, List<Integer> before, VerbGroup verb, List<Integer> after) {
    public Clause {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(verb, "verb");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    public List<Token> beforeTokens() {
        return before.stream().map(i -> sentence.tokens().get(i)).toList();
    }

    public List<Token> afterTokens() {
        return after.stream().map(i -> sentence.tokens().get(i)).toList();
    }
}
