package org.factquiz.stats;

import java.util.OptionalDouble;

/**
 * One question's statistics over {@code attempts} attempts, as Moodle's quiz statistics report
 * defines them. With x the mark on the question and y the rest of the attempt's marks:
 * <ul>
 * <li>{@code facility}: mean(x) / maximum mark, 0 to 1;
 * <li>{@code standardDeviation}: sqrt(Σ(x - x̄)² / (s - 1)), in marks ({@link #standardDeviationShare()}
 *     gives it as a share of the maximum mark, as the report shows it);
 * <li>{@code discriminationIndex}: 100 · Cov(x, y) / sqrt(Var(x) · Var(y)), -100 to 100;
 * <li>{@code discriminativeEfficiency}: 100 · Cov(x, y) / Cov_max(x, y), where Cov_max pairs the
 *     two series each sorted ascending: the covariance the question could at best have had;
 * <li>{@code effectiveWeight}: the question's share, in percent, of the spread of the attempts' total
 *     marks (empty when its covariance with the total is negative).
 * </ul>
 * Sample statistics divide by s - 1. A value is empty where Moodle leaves the cell blank: with
 * fewer than two attempts, or when a variance (or Cov_max) is zero, e.g. everybody answered right.
 */
public record ItemStatistics(String questionId, int attempts, double maxMark, double markAverage,
                             OptionalDouble facility, OptionalDouble standardDeviation,
                             OptionalDouble discriminationIndex, OptionalDouble discriminativeEfficiency,
                             OptionalDouble effectiveWeight) {
    /** The standard deviation as a share of the maximum mark (Moodle's "Standard deviation" column). */
    public OptionalDouble standardDeviationShare() {
        if (standardDeviation.isEmpty() || maxMark == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(standardDeviation.getAsDouble() / maxMark);
    }

    ItemStatistics withEffectiveWeight(OptionalDouble weight) {
        return new ItemStatistics(questionId, attempts, maxMark, markAverage, facility, standardDeviation,
                discriminationIndex, discriminativeEfficiency, weight);
    }
}
