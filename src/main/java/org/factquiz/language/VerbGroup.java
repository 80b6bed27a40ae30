package org.factquiz.language;

import java.util.List;
import java.util.Objects;

/**
 * The verb of a clause, however many words it takes: "has been poaching", "could become", "wird
 * ... eingeführt", "wirbt ... ab". {@code lemma} is the main verb's, with a German separable
 * particle joined to it ("abwerben"); {@code copula} is set when the clause's only verb is be /
 * sein. {@code started} marks "began hiring" / "begann, ... abzuwerben": a claim about when
 * something began. {@code tokens} are the indexes (into the sentence) of every word of the group,
 * negation included; {@code finite} that of the finite verb, or -1.
 */
public record VerbGroup(String lemma, Tense tense, Voice voice, Modality modality, boolean negated, boolean copula,
                        boolean started, GrammaticalNumber number, int finite, List<Integer> tokens) {
    public VerbGroup {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(tense, "tense");
        Objects.requireNonNull(voice, "voice");
        Objects.requireNonNull(modality, "modality");
        tokens = List.copyOf(tokens);
    }

    /** True when the verb group makes the statement less than a plain assertion. */
    public boolean hedged() {
        return modality.isHedge();
    }
}
