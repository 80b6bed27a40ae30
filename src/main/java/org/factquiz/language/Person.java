package org.factquiz.language;

/** Grammatical person of a finite verb. */
public enum Person {
    FIRST, SECOND, THIRD
}
