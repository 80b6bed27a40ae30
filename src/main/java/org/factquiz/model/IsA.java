package org.factquiz.model;

import java.util.Objects;

/** The entity is of the type, directly or through the type hierarchy. */
public record IsA(String entity, String type, int depth, Derivation derivation) implements Derived {
    public IsA {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public String id() {
        return "is-a(" + entity + ", " + type + ")";
    }

    @Override
    public Status status() {
        return Status.ASSERTED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IsA that && entity.equals(that.entity) && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, type);
    }
}
