package org.factquiz.model;

import java.util.Objects;

/** "subject has (comparator) value unit of measure": {@code northgate-branch loans-per-year about 120000 loans}. */
public record QuantityClaim(String id, String subject, String measure, ClaimedValue value, String unit,
                            String accordingTo, boolean possibly, String text, Location location) implements Claim {
    public QuantityClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /**
     * A claim built by a rule (a quiz option) that says what {@code q} says, with its value times
     * {@code factor} (1 to restate it, another factor to contradict it).
     */
    public static QuantityClaim stating(String id, Quantity q, double factor, String accordingTo, boolean possibly) {
        ClaimedValue.Comparator comparator = switch (q.bound()) {
            case EXACT -> ClaimedValue.Comparator.EQUAL;
            case AT_LEAST -> ClaimedValue.Comparator.AT_LEAST;
            case AT_MOST -> ClaimedValue.Comparator.AT_MOST;
            case ABOUT -> ClaimedValue.Comparator.ABOUT;
        };
        ClaimedValue claimed = new ClaimedValue(comparator, q.value() * factor, Bound.ABOUT_TOLERANCE);
        return new QuantityClaim(id, q.subject(), q.measure(), claimed, q.unit(), accordingTo, possibly,
                q.subject() + " " + q.measure() + " " + claimed + " " + q.unit(), Location.UNKNOWN);
    }

    /** A claim built by a rule (a quiz option): the value within a relative tolerance. */
    public static QuantityClaim of(String id, String subject, String measure, double value, double tolerance,
                                   String unit, String accordingTo, boolean possibly) {
        ClaimedValue claimed = new ClaimedValue(tolerance == 0 ? ClaimedValue.Comparator.EQUAL
                : ClaimedValue.Comparator.ABOUT, value, tolerance);
        return new QuantityClaim(id, subject, measure, claimed, unit, accordingTo, possibly,
                subject + " " + measure + " " + claimed + " " + unit, Location.UNKNOWN);
    }

    /**
     * A claim built by a rule (a quiz option): the value lies beyond {@code limit}, above it or
     * below it. A numeric question checks both sides of its tolerance this way.
     */
    public static QuantityClaim beyond(String id, String subject, String measure, double limit, boolean above,
                                       String unit, String accordingTo, boolean possibly) {
        ClaimedValue claimed = new ClaimedValue(above ? ClaimedValue.Comparator.MORE : ClaimedValue.Comparator.LESS,
                limit, 0);
        return new QuantityClaim(id, subject, measure, claimed, unit, accordingTo, possibly,
                subject + " " + measure + " " + claimed + " " + unit, Location.UNKNOWN);
    }

    /**
     * The same as {@link #unit()}, under a name rules can use: {@code unit} is a keyword of the
     * constraint parser of Drools' executable model.
     */
    public String unitId() {
        return unit;
    }
}
