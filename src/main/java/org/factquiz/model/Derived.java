package org.factquiz.model;

/**
 * A fact the rules inferred. Its id is built from what it says, so the same conclusion reached
 * twice is one fact, and equality ignores the derivation for the same reason.
 */
public interface Derived {
    String id();

    Status status();

    Derivation derivation();

    /** How many inference steps lie between this fact and the statements (1 = one rule applied). */
    int depth();
}
