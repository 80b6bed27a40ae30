package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** A cause, purpose or consequence between statements: {@code from} (one or more) bears on {@code to}. */
public record Link(String id, LinkKind link, List<String> from, String to, Provenance provenance)
        implements Statement {
    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(provenance, "provenance");
        from = List.copyOf(from);
    }

    @Override
    public String subject() {
        return null;
    }

    @Override
    public When when() {
        return When.UNKNOWN;
    }

    @Override
    public List<Mention> mentions() {
        return List.of();
    }
}
