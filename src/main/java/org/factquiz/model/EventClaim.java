package org.factquiz.model;

import java.util.Objects;

/**
 * "subject event (in date) (where)": {@code northgate-branch opening 2019-03}. With {@code until}
 * the claim gives a span: "until July 2031" alone, or from {@code date} until {@code until}.
 */
public record EventClaim(String id, String subject, String event, PartialDate date, PartialDate until, String where,
                         String accordingTo, boolean possibly, String text, Location location) implements Claim {
    public EventClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(event, "event");
    }

    /** A claim of an event at a date (or undated), not over a span. */
    public EventClaim(String id, String subject, String event, PartialDate date, String where, String accordingTo,
                      boolean possibly, String text, Location location) {
        this(id, subject, event, date, null, where, accordingTo, possibly, text, location);
    }

    /** True when the claim says when the event took place (or how long it lasts). */
    public boolean dated() {
        return date != null || until != null;
    }

    /** The time the claim gives: a date the event lies within, or a span's start and end. */
    public When time() {
        return until == null ? new When(date, null, null) : new When(null, date, until);
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
