package org.factquiz.model;

import java.util.Objects;

/** "subject event (in date) (where)": {@code northgate-branch opening 2019-03}. */
public record EventClaim(String id, String subject, String event, PartialDate date, String where,
                         String accordingTo, boolean possibly, String text, Location location) implements Claim {
    public EventClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(event, "event");
    }

    /** A claim built by a rule (a quiz option). */
    public static EventClaim of(String id, String subject, String event, PartialDate date, String accordingTo,
                                boolean possibly) {
        return of(id, subject, event, date, null, accordingTo, possibly);
    }

    /** A claim built by a rule (a quiz option) that also names where the event took place. */
    public static EventClaim of(String id, String subject, String event, PartialDate date, String where,
                                String accordingTo, boolean possibly) {
        return new EventClaim(id, subject, event, date, where, accordingTo, possibly,
                subject + " " + event + (date == null ? "" : " " + date) + (where == null ? "" : " in " + where),
                Location.UNKNOWN);
    }
}
