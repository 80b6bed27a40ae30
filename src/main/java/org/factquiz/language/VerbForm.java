package org.factquiz.language;

/** The form a verb takes: finite, or one of the non-finite forms a verb group is built from. */
public enum VerbForm {
    FINITE, INFINITIVE, ZU_INFINITIVE, PAST_PARTICIPLE, PRESENT_PARTICIPLE, IMPERATIVE
}
