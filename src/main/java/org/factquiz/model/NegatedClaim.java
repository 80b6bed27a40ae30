package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/**
 * "Bazaar does not make Chatly", "Acme ist kein Kunde von Searchco": the claim that {@code
 * affirmed} is not so. The rules judge the affirmation and turn its evidence round: what backs it
 * refutes the negation and the other way round, and what it lacks the negation lacks, so NOT
 * ENOUGH INFO stays NOT ENOUGH INFO.
 */
public record NegatedClaim(String id, Claim affirmed, String text, Location location) implements Claim {
    public NegatedClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(affirmed, "affirmed");
    }

    /** The id under which the affirmation is judged. */
    public String affirmedId() {
        return affirmed.id();
    }

    @Override
    public String subject() {
        return affirmed.subject();
    }

    @Override
    public String accordingTo() {
        return affirmed.accordingTo();
    }

    @Override
    public boolean possibly() {
        return affirmed.possibly();
    }

    @Override
    public List<Claim> parts() {
        return List.of(affirmed);
    }
}
