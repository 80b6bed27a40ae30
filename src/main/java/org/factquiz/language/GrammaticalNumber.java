package org.factquiz.language;

/** Singular or plural. */
public enum GrammaticalNumber {
    SINGULAR, PLURAL
}
