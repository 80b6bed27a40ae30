package org.factquiz.chart;

import java.util.Objects;

/**
 * The words of a chart, in the reader's language: its title (the accessible name), a description
 * saying what it shows and what stands out (the accessible description), and where the numbers are.
 */
public record ChartText(String title, String description) {
    public ChartText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}
