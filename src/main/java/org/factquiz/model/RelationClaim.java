package org.factquiz.model;

import java.util.Objects;

/**
 * "subject predicate object", optionally where, since when and until when:
 * {@code harwick-library runs northgate-branch}.
 */
public record RelationClaim(String id, String subject, String predicate, String object, String where,
                            PartialDate since, PartialDate until, String accordingTo, boolean possibly, String text,
                            Location location)
        implements Claim {
    public RelationClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
    }

    /** A claim that says nothing of when the relation ends. */
    public RelationClaim(String id, String subject, String predicate, String object, String where, PartialDate since,
                         String accordingTo, boolean possibly, String text, Location location) {
        this(id, subject, predicate, object, where, since, null, accordingTo, possibly, text, location);
    }

    /** True when the claim says since or until when the relation holds. */
    public boolean dated() {
        return since != null || until != null;
    }

    /** The time the claim gives: a start, an end, or both. */
    public When time() {
        return new When(null, since, until);
    }

    /** A claim built by a rule (a quiz option), not read from a user. */
    public static RelationClaim of(String id, String subject, String predicate, String object, String accordingTo,
                                   boolean possibly) {
        return new RelationClaim(id, subject, predicate, object, null, null, accordingTo, possibly,
                subject + " " + predicate + " " + object, Location.UNKNOWN);
    }

    /**
     * A claim built by a rule (a quiz option) that says all {@code r} says, where and since when
     * included, as a question shows it.
     */
    public static RelationClaim stating(String id, Relation r, String accordingTo, boolean possibly) {
        return new RelationClaim(id, r.subject(), r.predicate(), r.object(), r.where(), r.when().since(),
                r.when().until(), accordingTo, possibly, r.subject() + " " + r.predicate() + " " + r.object()
                        + (r.where() == null ? "" : " in " + r.where())
                        + (r.when().since() == null ? "" : " since " + r.when().since())
                        + (r.when().until() == null ? "" : " until " + r.when().until()), Location.UNKNOWN);
    }
}
