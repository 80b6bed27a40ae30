package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A kind of event statements may record ("launch", "opening"): its name, and the roles shipped
 * rules use it for: {@code start} (the event begins its subject's life, so nothing about the
 * subject comes before it) and {@code end} (nothing about the subject comes after it).
 */
public record EventDef(String id, List<String> roles, Names name, Location location) implements Identified {
    public EventDef {
        Objects.requireNonNull(id, "id");
        roles = List.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    @Override
    public String kind() {
        return "event";
    }
}
