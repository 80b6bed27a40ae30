package org.factquiz.model;

import java.util.Objects;

/** "subject predicate object", optionally where and since when: {@code baidu makes ernie-bot}. */
public record RelationClaim(String id, String subject, String predicate, String object, String where,
                            PartialDate since, String accordingTo, boolean possibly, String text, Location location)
        implements Claim {
    public RelationClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
    }
}
