package org.factquiz.language;

/** The four German cases; English keeps only the genitive, as the possessive "'s". */
public enum Case {
    NOMINATIVE, ACCUSATIVE, DATIVE, GENITIVE
}
