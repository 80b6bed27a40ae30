package org.factquiz.stats;

import java.time.LocalDate;

/** The answers of one day on one topic: how many, the marks earned and the most they could earn. */
public record DailyScore(LocalDate day, int answers, double marks, double maxMarks) {
    /** The share of the marks earned, 0 to 1. */
    public double score() {
        return marks / maxMarks;
    }
}
