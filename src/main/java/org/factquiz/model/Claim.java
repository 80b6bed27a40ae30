package org.factquiz.model;

/**
 * Something a user says and wants judged against the facts. A claim may be attributed ("according
 * to industry insiders") and hedged ("possibly"): then the facts reported by that source, or
 * hedged, count as if certain, because the claim asserts only what the source says.
 */
public interface Claim {
    String id();

    /** The entity the claim is about. */
    String subject();

    /** Who the claim attributes itself to (an entity id), or null. */
    String accordingTo();

    /** True when the claim itself only says "possibly". */
    boolean possibly();

    /** The words the claim was given in, or a rendering of its fields. */
    String text();

    Location location();

    /**
     * The claims this one is made of, judged in the same session: the affirmation of a negated
     * claim, the two events of an order claim. Empty for a simple claim.
     */
    default java.util.List<Claim> parts() {
        return java.util.List.of();
    }
}
