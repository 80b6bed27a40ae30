package org.factquiz.model;

import java.util.Objects;

/**
 * "subject predicate object" is true on the facts: stated by a relation, or inferred through an
 * inverse, a symmetric or a transitive predicate. {@code where} is the relation's place, if any;
 * {@code accordingTo} whom the source attributes it to, if anyone.
 */
public record Holds(String subject, String predicate, String object, String where, Status status,
                    String accordingTo, int depth, Derivation derivation) implements Derived {
    public Holds {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(predicate, "predicate");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public String id() {
        return "holds(" + subject + ", " + predicate + ", " + object + (where == null ? "" : ", " + where) + ")"
                + (status == Status.ASSERTED ? "" : "[" + status.label() + "]");
    }

    /** The source two premises share, or null when they differ. */
    public static String commonSource(String a, String b) {
        return Objects.equals(a, b) ? a : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Holds that && subject.equals(that.subject) && predicate.equals(that.predicate)
                && object.equals(that.object) && Objects.equals(where, that.where) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, predicate, object, where, status);
    }
}
