package org.factquiz.model;

import java.util.Objects;

/**
 * What a group of statements is about ({@code topic:} of a statements file), with the name learners
 * and teachers see it by in each language. Vocabulary for people only: no rule matches it.
 */
public record TopicDef(String id, Names name, Location location) {
    public TopicDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
