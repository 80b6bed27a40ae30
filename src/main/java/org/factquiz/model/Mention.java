package org.factquiz.model;

/** One reference from a statement to an entity, in a named role (subject, object, scope, ...). */
public record Mention(String statement, String role, String entity) {
}
