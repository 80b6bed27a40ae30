package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation's meaning: the types its subject (domain) and object (range) must have, its
 * inverse's name, and whether it is symmetric or transitive.
 */
public record PredicateDef(String id, List<String> domain, List<String> range, String inverse,
                           boolean symmetric, boolean transitive, Names name, Location location)
        implements Identified {
    public PredicateDef {
        Objects.requireNonNull(id, "id");
        domain = List.copyOf(domain);
        range = List.copyOf(range);
    }

    /** Every type the predicate names, subject types first, each once. */
    public List<String> typesNamed() {
        return java.util.stream.Stream.concat(domain.stream(), range.stream()).distinct().toList();
    }

    @Override
    public String kind() {
        return "predicate";
    }
}
