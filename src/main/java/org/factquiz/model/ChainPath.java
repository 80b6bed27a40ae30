package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * The first {@code steps} steps of a property chain walked from {@code subject} to {@code object}:
 * "the app uses models of the lab" is one step of [uses-models-of, makes]. {@code premises} are the
 * relations walked, in order, which the derived relation at the chain's end names as its own.
 */
public record ChainPath(String chain, int steps, String subject, String object, Status status, String accordingTo,
                        int depth, List<String> premises, Derivation derivation) implements Derived {
    public ChainPath {
        Objects.requireNonNull(chain, "chain");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(derivation, "derivation");
        premises = List.copyOf(premises);
    }

    /** The path one step further, through {@code next}. */
    public ChainPath then(Holds next, String rule) {
        List<String> walked = new java.util.ArrayList<>(premises);
        walked.add(next.id());
        return new ChainPath(chain, steps + 1, subject, next.object(), Status.weakest(status, next.status()),
                Holds.commonSource(accordingTo, next.accordingTo()), Math.max(depth, next.depth()) + 1, walked,
                Derivation.of(rule, id(), next.id()));
    }

    @Override
    public String id() {
        return "path(" + chain + ", " + steps + ", " + subject + ", " + object + ")"
                + (status == Status.ASSERTED ? "" : "[" + status.label() + "]");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainPath that && chain.equals(that.chain) && steps == that.steps
                && subject.equals(that.subject) && object.equals(that.object) && status == that.status;
    }

    @Override
    public int hashCode() {
        return Objects.hash(chain, steps, subject, object, status);
    }
}
