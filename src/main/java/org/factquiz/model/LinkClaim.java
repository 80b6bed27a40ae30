package org.factquiz.model;

import java.util.Objects;

/**
 * "The source gives statement {@code from} as the cause (or purpose) of statement {@code to}."
 * It speaks of the reasons the source itself states, so a reason the source gives for something
 * else is refuted when the source states another reason for this one.
 */
public record LinkClaim(String id, String from, LinkKind link, String to, String accordingTo, boolean possibly,
                        String text, Location location) implements Claim {
    public LinkClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String subject() {
        return from;
    }

    /** A claim built by a rule (a quiz option). */
    public static LinkClaim of(String id, String from, LinkKind link, String to) {
        return of(id, from, link, to, null, false);
    }

    /** A claim built by a rule (a quiz option), attributed or hedged as the link it asks about. */
    public static LinkClaim of(String id, String from, LinkKind link, String to, String accordingTo,
                               boolean possibly) {
        return new LinkClaim(id, from, link, to, accordingTo, possibly, from + " " + link.label() + " " + to,
                Location.UNKNOWN);
    }
}
