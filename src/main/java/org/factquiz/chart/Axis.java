package org.factquiz.chart;

import java.util.List;
import java.util.Objects;

/** An axis: its title, the range it shows and the ticks it labels (each with the text shown). */
public record Axis(String title, double min, double max, List<Tick> ticks) {
    public Axis {
        Objects.requireNonNull(title, "title");
        ticks = List.copyOf(ticks);
        if (!(max > min)) {
            throw new IllegalArgumentException("an axis runs from a lower to a higher value, not " + min + " to " + max);
        }
    }

    /** A labelled value on an axis. */
    public record Tick(double value, String label) {
    }

    /** Where {@code value} falls between {@code from} (at min) and {@code to} (at max). */
    double position(double value, double from, double to) {
        double clamped = Math.min(Math.max(value, min), max);
        return from + (clamped - min) / (max - min) * (to - from);
    }
}
