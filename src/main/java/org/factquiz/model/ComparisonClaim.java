package org.factquiz.model;

import java.util.Objects;

/** "subject has more (or less) of measure than object". */
public record ComparisonClaim(String id, String subject, String measure, boolean more, String object,
                              String accordingTo, boolean possibly, String text, Location location) implements Claim {
    public ComparisonClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(object, "object");
    }

    public String greater() {
        return more ? subject : object;
    }

    public String lesser() {
        return more ? object : subject;
    }

    /** A claim built by a rule (a quiz option). */
    public static ComparisonClaim of(String id, String subject, String measure, boolean more, String object,
                                     String accordingTo, boolean possibly) {
        return new ComparisonClaim(id, subject, measure, more, object, accordingTo, possibly,
                subject + (more ? " more " : " less ") + measure + " than " + object, Location.UNKNOWN);
    }
}
