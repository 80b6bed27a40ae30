package org.factquiz.language;

/** German grammatical gender. */
public enum Gender {
    MASCULINE, FEMININE, NEUTER
}
