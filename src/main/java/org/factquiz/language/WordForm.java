package org.factquiz.language;

import java.util.Objects;

/**
 * One reading of a word: its lemma and word class, and whichever grammatical features apply (null
 * where one does not). German words often have several: "Mann" is nominative, accusative or dative.
 * {@code auxiliary} marks haben/sein/werden and have/be/do, {@code modal} the modal verbs,
 * {@code subjunctive} the German Konjunktiv ("könnte", "dürfte", "wäre").
 */
public record WordForm(String lemma, PartOfSpeech pos, Case grammaticalCase, GrammaticalNumber number, Gender gender,
                       Degree degree, Person person, Tense tense, VerbForm verbForm, boolean auxiliary,
                       boolean modal, boolean subjunctive) {
    public WordForm {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
    }

    /** A reading with no features but its lemma and class. */
    public static WordForm of(String lemma, PartOfSpeech pos) {
        return new WordForm(lemma, pos, null, null, null, null, null, null, null, false, false, false);
    }

    public boolean isFiniteVerb() {
        return pos.isVerbal() && verbForm == VerbForm.FINITE;
    }
}
