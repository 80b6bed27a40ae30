package org.factquiz.language;

/** The article a noun phrase starts with: der/the, ein/a, kein/no, or none. */
public enum Article {
    DEFINITE, INDEFINITE, NEGATIVE, NONE
}
