package org.factquiz.model;

/** The claim that says what a statement says, as its source says it: a quiz verifies a shown fact with it. */
public final class StatedClaims {
    private StatedClaims() {
    }

    /** A claim with id {@code id} stating {@code s}; links and lists have none. */
    public static Claim of(String id, Statement s) {
        String source = Attribution.sourceOf(s);
        boolean possibly = Attribution.onlyPossible(s);
        if (s instanceof Relation r) {
            return RelationClaim.stating(id, r, source, possibly);
        }
        if (s instanceof Event e) {
            return EventClaim.of(id, e.subject(), e.event(), e.date(), e.where(), source, possibly);
        }
        if (s instanceof Quantity q) {
            return QuantityClaim.stating(id, q, 1.0, source, possibly);
        }
        if (s instanceof Title t) {
            return TitleClaim.of(id, t.holder(), t.title(), t.of(), t.scope(), source, possibly);
        }
        if (s instanceof Comparison c) {
            return ComparisonClaim.of(id, c.greater(), c.measure(), true, c.lesser(), source, possibly);
        }
        throw new IllegalArgumentException("no claim states the " + s.getClass().getSimpleName() + " '" + s.id() + "'");
    }
}
