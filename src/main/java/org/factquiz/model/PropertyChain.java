package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * "uses-models-of, then makes, gives uses": a chain of predicates whose ends stand in {@code predicate}
 * (OWL's propertyChainAxiom). {@code index} tells the chains of one predicate apart.
 */
public record PropertyChain(String predicate, int index, List<String> steps, Location location) {
    public PropertyChain {
        Objects.requireNonNull(predicate, "predicate");
        steps = List.copyOf(steps);
        if (steps.size() < 2) {
            throw new IllegalArgumentException("a chain has at least two steps");
        }
    }

    /** The chain's id, unique in a fact base: {@code uses#1}. */
    public String id() {
        return predicate + "#" + (index + 1);
    }

    /** The predicate of step {@code i}, counted from 0. */
    public String step(int i) {
        return steps.get(i);
    }

    public String first() {
        return steps.get(0);
    }

    public int length() {
        return steps.size();
    }
}
