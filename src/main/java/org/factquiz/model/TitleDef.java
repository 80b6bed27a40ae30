package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A title such as "richest person" or "most popular AI application": who may hold it, whether
 * only one may hold it per scope, and the measure that decides it (null when none is known).
 */
public record TitleDef(String id, List<String> holder, String measure, boolean unique, Names name,
                       Location location) implements Identified {
    public TitleDef {
        Objects.requireNonNull(id, "id");
        holder = List.copyOf(holder);
    }

    @Override
    public String kind() {
        return "title";
    }
}
