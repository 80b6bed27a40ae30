package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * A list the source gives for one subject and predicate. An open list ("darunter", "wie",
 * "unter anderem") names examples only, so a thing missing from it is not thereby excluded.
 * Each member is also a {@link Relation} of its own, which names this list.
 */
public record Enumeration(String id, String subject, String predicate, List<String> members, boolean complete,
                          When when, Provenance provenance) implements Statement {
    public Enumeration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(provenance, "provenance");
        members = List.copyOf(members);
    }

    /** The members' relations carry the entities, so that each is checked on its own. */
    @Override
    public List<Mention> mentions() {
        return List.of();
    }
}
