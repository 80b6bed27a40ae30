package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** Something the source talks about: a company, person, product, place, ... */
public record Entity(String id, String type, Names name, List<String> aliases, Location location)
        implements Identified {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    @Override
    public String kind() {
        return "entity";
    }
}
