package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * "Chatly offers search, translation and image generation", "Shortly und Clipster sind in vielen
 * Märkten gesättigt": one claim of several things, each a claim of its own judged in the same
 * session. It holds when every part holds and fails when any part fails.
 */
public record ConjunctionClaim(String id, List<Claim> parts, String text, Location location) implements Claim {
    public ConjunctionClaim {
        Objects.requireNonNull(id, "id");
        parts = List.copyOf(parts);
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a conjunction has two parts or more");
        }
    }

    /** The ids of the parts, for rules. */
    public List<String> partIds() {
        return parts.stream().map(Claim::id).toList();
    }

    @Override
    public String subject() {
        return parts.get(0).subject();
    }

    @Override
    public String accordingTo() {
        return parts.get(0).accordingTo();
    }

    @Override
    public boolean possibly() {
        return parts.get(0).possibly();
    }
}
