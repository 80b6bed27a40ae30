package org.factquiz.model;

/** Anything an editor wrote with an id: entities, vocabulary entries and statements. */
public interface Identified {
    String id();

    Location location();

    /** What namespace the id lives in: ids must be unique within a kind ("entity", "statement", ...). */
    String kind();
}
