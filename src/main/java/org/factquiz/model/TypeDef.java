package org.factquiz.model;

import java.util.Objects;

/**
 * An entity type, its parent in the type hierarchy (null for a root), and how a question asks for
 * one of its kind ("which company"; null when not given).
 */
public record TypeDef(String id, String parent, Names name, Names ask, Location location) implements Identified {
    public TypeDef {
        Objects.requireNonNull(id, "id");
    }

    @Override
    public String kind() {
        return "type";
    }
}
