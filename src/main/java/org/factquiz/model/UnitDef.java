package org.factquiz.model;

import java.util.Objects;

/** A unit quantities are counted in. */
public record UnitDef(String id, Names name, Location location) implements Identified {
    public UnitDef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String kind() {
        return "unit";
    }
}
