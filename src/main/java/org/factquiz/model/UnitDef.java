package org.factquiz.model;

import java.util.Objects;

/**
 * A unit quantities are counted in. {@code counted} when it counts separate things (users,
 * elements) rather than measuring an amount (euros, kilometres): English says "fewer than" for the one,
 * "less than" for the other.
 */
public record UnitDef(String id, Names name, boolean counted, Location location) implements Identified {
    public UnitDef {
        Objects.requireNonNull(id, "id");
    }

    public UnitDef(String id, Names name, Location location) {
        this(id, name, false, location);
    }

    @Override
    public String kind() {
        return "unit";
    }
}
