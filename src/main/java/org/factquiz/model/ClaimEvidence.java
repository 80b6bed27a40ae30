package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * One piece of evidence a claim rule found: for or against the claim, how firm it is, and the
 * facts (written or derived ids) it rests on. {@code status} is the evidence's own certainty;
 * {@code accordingTo} whom it is attributed to.
 */
public record ClaimEvidence(String claim, boolean supports, Status status, String accordingTo, String rule,
                            List<String> facts) {
    public ClaimEvidence {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
    }

    /** The facts of several pieces of evidence, each once, in order. */
    public static List<String> factsOf(java.util.Collection<?> evidence) {
        java.util.LinkedHashSet<String> facts = new java.util.LinkedHashSet<>();
        for (Object item : evidence) {
            if (item instanceof ClaimEvidence e) {
                facts.addAll(e.facts);
            }
        }
        return List.copyOf(facts);
    }

    /** The distinct sources of several pieces of evidence, joined for a sentence. */
    public static String sourcesOf(java.util.Collection<?> evidence) {
        java.util.TreeSet<String> sources = new java.util.TreeSet<>();
        for (Object item : evidence) {
            if (item instanceof ClaimEvidence e && e.accordingTo != null) {
                sources.add(e.accordingTo);
            }
        }
        return String.join(", ", sources);
    }

    /**
     * True when this evidence settles the claim: it is asserted, or it is attributed exactly as the
     * claim is (same source), and hedged evidence only settles a claim that says "possibly" too.
     */
    public boolean settles(Claim claim) {
        boolean sameSource = accordingTo == null || accordingTo.equals(claim.accordingTo());
        return switch (status) {
            case ASSERTED -> true;
            case REPORTED -> accordingTo != null && accordingTo.equals(claim.accordingTo());
            case HEDGED, INTENDED -> claim.possibly() && sameSource;
        };
    }

    /**
     * True when this evidence backs the claim except that the source attributes it to someone the
     * claim does not name: "possibly the chipmaker's largest customer in Asia" is only what insiders say.
     */
    public boolean reportedFor(Claim claim) {
        if (!supports || settles(claim)) {
            return false;
        }
        return status == Status.REPORTED || (accordingTo != null && claim.possibly());
    }
}
