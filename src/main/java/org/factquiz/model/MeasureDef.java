package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** Something that can be counted or measured, with the unit it must be given in. */
public record MeasureDef(String id, List<String> subject, String unit, Names name, Location location)
        implements Identified {
    public MeasureDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        subject = List.copyOf(subject);
    }

    /**
     * The same as {@link #unit()}, under a name rules can use: {@code unit} is a keyword of the
     * constraint parser of Drools' executable model.
     */
    public String unitId() {
        return unit;
    }

    @Override
    public String kind() {
        return "measure";
    }
}
