package org.factquiz.language;

/** The tense of a verb group: "hires", "hired", "has hired", "had hired", "will hire". */
public enum Tense {
    PRESENT, PAST, PERFECT, PLUPERFECT, FUTURE
}
