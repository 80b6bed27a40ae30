package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** A measured amount: {@code northgate-branch loans-per-year 120000 loans}. */
public record Quantity(String id, String subject, String measure, double value, String unit, Bound bound,
                       When when, Provenance provenance) implements Statement {
    public Quantity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(bound, "bound");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * The same as {@link #unit()}, under a name rules can use: {@code unit} is a keyword of the
     * constraint parser of Drools' executable model.
     */
    public String unitId() {
        return unit;
    }

    /** The smallest value the statement allows. */
    public double lowest() {
        return switch (bound) {
            case EXACT, AT_LEAST -> value;
            case AT_MOST -> Double.NEGATIVE_INFINITY;
            case ABOUT -> value * (1 - Bound.ABOUT_TOLERANCE);
        };
    }

    /** The largest value the statement allows. */
    public double highest() {
        return switch (bound) {
            case EXACT, AT_MOST -> value;
            case AT_LEAST -> Double.POSITIVE_INFINITY;
            case ABOUT -> value * (1 + Bound.ABOUT_TOLERANCE);
        };
    }

    /** The amount as people write it: "60000000 users", "at least 1000000000 money". */
    public String amount() {
        String number = new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
        String prefix = switch (bound) {
            case EXACT -> "";
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
            case ABOUT -> "about ";
        };
        return prefix + number + " " + unit;
    }

    @Override
    public List<Mention> mentions() {
        return List.of(new Mention(id, "subject", subject));
    }
}
