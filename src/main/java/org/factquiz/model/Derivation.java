package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** How a derived fact came about: the rule that made it and the ids of the facts it used. */
public record Derivation(String rule, List<String> premises) {
    public Derivation {
        Objects.requireNonNull(rule, "rule");
        premises = List.copyOf(premises);
    }

    public static Derivation of(String rule, String... premises) {
        return new Derivation(rule, List.of(premises));
    }
}
