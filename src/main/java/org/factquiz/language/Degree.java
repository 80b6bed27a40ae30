package org.factquiz.language;

/** The degree of an adjective: reich, reicher, reichste; rich, richer, richest. */
public enum Degree {
    POSITIVE, COMPARATIVE, SUPERLATIVE
}
