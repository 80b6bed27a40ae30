package org.factquiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * "subject predicate object", optionally where and how: {@code harwick-library runs northgate-branch}.
 * {@code list} names the enumeration this relation was listed in, or is null.
 */
public record Relation(String id, String subject, String predicate, String object, String where,
                       String manner, String list, When when, Provenance provenance) implements Statement {
    public Relation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public boolean partOfList() {
        return list != null;
    }

    @Override
    public List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>(List.of(
                new Mention(id, "subject", subject), new Mention(id, "object", object)));
        if (where != null) {
            mentions.add(new Mention(id, "where", where));
        }
        return mentions;
    }
}
