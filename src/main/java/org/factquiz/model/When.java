package org.factquiz.model;

/** When a statement holds: at a point, or over a span; any part may be unknown (null). */
public record When(PartialDate at, PartialDate since, PartialDate until) {
    public static final When UNKNOWN = new When(null, null, null);

    /** The earliest date the statement is tied to, or null when it has none. */
    public PartialDate start() {
        return at != null ? at : since;
    }

    public boolean isKnown() {
        return at != null || since != null || until != null;
    }

    /** True when this statement certainly begins before {@code date}. */
    public boolean certainlyStartsBefore(PartialDate date) {
        PartialDate start = start();
        return start != null && date != null && start.certainlyBefore(date);
    }

    /** True when this statement certainly begins after {@code date}. */
    public boolean certainlyStartsAfter(PartialDate date) {
        PartialDate start = start();
        return start != null && date != null && date.certainlyBefore(start);
    }

    /**
     * False only when both spans are known and certainly disjoint; an unknown time may be any time.
     */
    public boolean mayOverlap(When other) {
        PartialDate thisEnd = at != null ? at : until;
        PartialDate otherEnd = other.at != null ? other.at : other.until;
        PartialDate thisStart = start();
        PartialDate otherStart = other.start();
        if (thisEnd != null && otherStart != null && thisEnd.certainlyBefore(otherStart)) {
            return false;
        }
        return !(otherEnd != null && thisStart != null && otherEnd.certainlyBefore(thisStart));
    }

    @Override
    public String toString() {
        if (at != null) {
            return at.toString();
        }
        if (since != null && until != null) {
            return since + ".." + until;
        }
        if (since != null) {
            return "since " + since;
        }
        return until != null ? "until " + until : "";
    }
}
