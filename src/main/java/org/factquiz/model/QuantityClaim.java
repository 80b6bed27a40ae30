package org.factquiz.model;

import java.util.Objects;

/** "subject has (comparator) value unit of measure": {@code doubao monthly-active-users about 60000000 users}. */
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
     * The same as {@link #unit()}, under a name rules can use: {@code unit} is a keyword of the
     * constraint parser of Drools' executable model.
     */
    public String unitId() {
        return unit;
    }
}
