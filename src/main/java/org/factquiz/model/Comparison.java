package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** "subject has more (or less) of measure than object", without numbers. */
public record Comparison(String id, String subject, String measure, boolean more, String object, String degree,
                         When when, Provenance provenance) implements Statement {
    public Comparison {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The entity that has more. */
    public String greater() {
        return more ? subject : object;
    }

    /** The entity that has less. */
    public String lesser() {
        return more ? object : subject;
    }

    @Override
    public List<Mention> mentions() {
        return List.of(new Mention(id, "subject", subject), new Mention(id, "object", object));
    }
}
