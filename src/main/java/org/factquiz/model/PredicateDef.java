package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation's meaning: the types its subject (domain) and object (range) must have, its
 * inverse's name, whether it is symmetric or transitive, and whether an object has only one subject
 * (a product has one maker), which lets a claim naming another subject be refuted.
 */
public record PredicateDef(String id, List<String> domain, List<String> range, String inverse,
                           boolean symmetric, boolean transitive, boolean singleSubject, Names name,
                           Location location)
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
