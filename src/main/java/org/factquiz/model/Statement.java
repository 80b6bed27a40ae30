package org.factquiz.model;

import java.util.List;

/** A fact taken from a source: every statement has an id, a provenance and entities it mentions. */
public interface Statement extends Identified {
    Provenance provenance();

    /** The entity the statement is about, or null when it is about other statements. */
    String subject();

    When when();

    List<Mention> mentions();

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
