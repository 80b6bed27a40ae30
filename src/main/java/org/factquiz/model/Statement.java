package org.factquiz.model;

import java.util.List;

/** A fact taken from a source: every statement has an id, a provenance and entities it mentions. */
public interface Statement extends Identified {
    Provenance provenance();

    /** The entity the statement is about, or null when it is about other statements. */
    String subject();

    When when();

    /**
     * The same as {@link #when()}, under a name rules can use: {@code when} is a keyword of the
     * constraint parser of Drools' executable model, so {@code Statement( when.isKnown() )} does not compile there.
     */
    default When time() {
        return when();
    }

    List<Mention> mentions();

    /**
     * True for a relation that is one member of a written list: the list itself is an
     * {@link Enumeration} with the same provenance, so rules about the statement as written
     * check the list and skip its members.
     */
    default boolean partOfList() {
        return false;
    }

    @Override
    default String kind() {
        return "statement";
    }

    default Status status() {
        return provenance().status();
    }

    @Override
    default Location location() {
        return provenance().location();
    }

    default SourceRef source() {
        return provenance().source();
    }
}
