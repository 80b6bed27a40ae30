package org.factquiz.model;

import java.util.Objects;

/** An entity type and its parent in the type hierarchy (null for a root). */
public record TypeDef(String id, String parent, Names name, Location location) implements Identified {
    public TypeDef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String kind() {
        return "type";
    }
}
