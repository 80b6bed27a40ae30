package org.factquiz.model;

import java.util.ArrayList;
import java.util.List;

/** When a statement holds: at a point, or over a span; any part may be unknown (null). */
public record When(PartialDate at, PartialDate since, PartialDate until) {
    public static final When UNKNOWN = new When(null, null, null);

    /** How a fact's time meets the time a claim gives. */
    public enum Agreement {
        /** The fact's time lies within what the claim says: "2023" for a fact of 14 April 2023. */
        AGREES,
        /** The fact's time certainly differs from what the claim says. */
        DISAGREES,
        /** The fact's time is not known, or less precise than the claim. */
        UNDECIDED
    }

    /** The earliest date the statement is tied to, or null when it has none. */
    public PartialDate start() {
        return at != null ? at : since;
    }

    /** The latest date the statement is tied to: its date, or the end of its span; null when it has none. */
    public PartialDate end() {
        return at != null ? at : until;
    }

    /** True for a span with an end ("until July 2031", "2023-04-14..2031-07"). */
    public boolean isSpan() {
        return at == null && (since != null || until != null);
    }

    /**
     * How this time (a fact's) meets {@code claimed}: a claim's date ({@code at}: the fact's date
     * lies within it, or for a span, it lies within the span), its start ({@code since}: the fact
     * starts within it) and its end ({@code until}: the fact ends within it). Every part the claim
     * gives must agree; one that certainly does not decides against.
     */
    public Agreement meets(When claimed) {
        List<Agreement> parts = new ArrayList<>();
        if (claimed.at != null) {
            parts.add(meetsDate(claimed.at));
        }
        if (claimed.since != null) {
            parts.add(agreement(start(), claimed.since));
        }
        if (claimed.until != null) {
            parts.add(agreement(end(), claimed.until));
        }
        if (parts.contains(Agreement.DISAGREES)) {
            return Agreement.DISAGREES;
        }
        return !parts.isEmpty() && parts.stream().allMatch(p -> p == Agreement.AGREES) ? Agreement.AGREES
                : Agreement.UNDECIDED;
    }

    private Agreement meetsDate(PartialDate claimed) {
        if (at != null) {
            return agreement(at, claimed);
        }
        if (since != null && until != null && claimed.firstDay() >= since.firstDay()
                && claimed.lastDay() <= until.lastDay()) {
            return Agreement.AGREES;
        }
        return certainlyExcludes(claimed) ? Agreement.DISAGREES : Agreement.UNDECIDED;
    }

    private static Agreement agreement(PartialDate fact, PartialDate claimed) {
        if (fact == null) {
            return Agreement.UNDECIDED;
        }
        if (fact.within(claimed)) {
            return Agreement.AGREES;
        }
        return fact.certainlyBefore(claimed) || claimed.certainlyBefore(fact) ? Agreement.DISAGREES
                : Agreement.UNDECIDED;
    }

    /** True when {@code date} certainly lies outside this time: wholly before its start or after its end. */
    public boolean certainlyExcludes(PartialDate date) {
        PartialDate start = start();
        PartialDate end = end();
        return (start != null && date.certainlyBefore(start)) || (end != null && end.certainlyBefore(date));
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
