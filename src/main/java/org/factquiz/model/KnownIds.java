package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * Every id of one kind in a fact base ({@code "entity"}, {@code "statement"}), collected once by a
 * rule so that "did you mean" hints for unknown ids need not collect them again for each one.
 */
public record KnownIds(String kind, List<String> ids) {
    public KnownIds {
        Objects.requireNonNull(kind, "kind");
        ids = List.copyOf(ids);
    }
}
