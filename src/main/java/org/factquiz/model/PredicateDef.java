package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A relation's meaning: the types its subject (domain) and object (range) must have, its
 * inverse's name, whether it is symmetric or transitive, and whether an object has only one subject
 * (a product has one maker) or a subject only one object (a probe has one launch site), which lets
 * a claim naming another one be refuted. A {@code containment} predicate ({@code located-in}) is a
 * transitive part-whole relation: what lies inside an object is not a second object of a
 * single-valued predicate. {@code roles} name what shipped rules use the predicate for
 * ({@code scope}, {@code maker}, {@code owner}); {@code subPropertyOf} and {@code chains} let the
 * rules derive it, as OWL's subPropertyOf and propertyChainAxiom do. {@code inverseName} says the
 * inverse ("is made by"), or is null.
 */
public record PredicateDef(String id, List<String> domain, List<String> range, String inverse,
                           boolean symmetric, boolean transitive, boolean singleSubject, boolean singleObject,
                           boolean containment, List<String> roles, List<String> subPropertyOf,
                           List<PropertyChain> chains, Names name, Names inverseName, Location location)
        implements Identified {
    public PredicateDef {
        Objects.requireNonNull(id, "id");
        domain = List.copyOf(domain);
        range = List.copyOf(range);
        roles = List.copyOf(roles);
        subPropertyOf = List.copyOf(subPropertyOf);
        chains = List.copyOf(chains);
    }

    /** A predicate with none of the newer declarations: no single object, containment, roles or chains. */
    public PredicateDef(String id, List<String> domain, List<String> range, String inverse, boolean symmetric,
                        boolean transitive, boolean singleSubject, Names name, Location location) {
        this(id, domain, range, inverse, symmetric, transitive, singleSubject, false, false, List.of(), List.of(),
                List.of(), name, null, location);
    }

    /** Every type the predicate names, subject types first, each once. */
    public List<String> typesNamed() {
        return java.util.stream.Stream.concat(domain.stream(), range.stream()).distinct().toList();
    }

    /** True when the vocabulary gives the predicate this role. */
    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The predicates its super-predicates and chains name, each once. */
    public List<String> namedPredicates() {
        return java.util.stream.Stream.concat(subPropertyOf.stream(), chains.stream().flatMap(c -> c.steps().stream()))
                .distinct().toList();
    }

    /** A containment predicate chains like a transitive one. */
    public boolean chainsTransitively() {
        return transitive || containment;
    }

    @Override
    public String kind() {
        return "predicate";
    }
}
