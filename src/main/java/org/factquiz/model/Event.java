package org.factquiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Something that happened to the subject, possibly dated: {@code northgate-branch opening 2019-03}. */
public record Event(String id, String subject, String event, String where, When when, Provenance provenance)
        implements Statement {
    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(provenance, "provenance");
    }

    public PartialDate date() {
        return when.start();
    }

    @Override
    public List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>(List.of(new Mention(id, "subject", subject)));
        if (where != null) {
            mentions.add(new Mention(id, "where", where));
        }
        return mentions;
    }
}
