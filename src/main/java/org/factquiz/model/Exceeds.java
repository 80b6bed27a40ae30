package org.factquiz.model;

import java.util.Objects;

/** The subject has more of the measure than the object: stated by a comparison or inferred by transitivity. */
public record Exceeds(String subject, String object, String measure, Status status, int depth,
                      Derivation derivation) implements Derived {
    public Exceeds {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(derivation, "derivation");
    }

    @Override
    public String id() {
        return "exceeds(" + subject + ", " + object + ", " + measure + ")"
                + (status == Status.ASSERTED ? "" : "[" + status.label() + "]");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Exceeds that && subject.equals(that.subject) && object.equals(that.object)
                && measure.equals(that.measure) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, object, measure, status);
    }
}
