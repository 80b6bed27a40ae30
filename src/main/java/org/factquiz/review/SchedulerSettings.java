package org.factquiz.review;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How the scheduler schedules: the FSRS weights, the desired retention (the chance of recall a
 * review should come at; 0.9 by default), the longest interval in days, the short learning steps
 * of a new card and the relearning steps after a lapse (whole minutes), and whether reviews on the
 * same day use FSRS's short-term formula. The defaults are those of ts-fsrs 5.4.2, without fuzz:
 * the same card, ratings and times always give the same schedule.
 */
public record SchedulerSettings(Weights weights, double desiredRetention, int maximumInterval,
                                List<Duration> learningSteps, List<Duration> relearningSteps, boolean shortTerm) {
    /** The desired retention unless a setting says otherwise. */
    public static final double DEFAULT_RETENTION = 0.9;
    /** The longest interval unless a setting says otherwise: a hundred years, as in ts-fsrs. */
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

    public SchedulerSettings {
        Objects.requireNonNull(weights, "weights");
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be above 0 and at most 1, not " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval is at least one day, not " + maximumInterval);
        }
        for (Duration step : concat(learningSteps, relearningSteps)) {
            if (step.isNegative() || step.isZero() || step.toSeconds() % 60 != 0) {
                throw new IllegalArgumentException("a learning step is a positive number of whole minutes, not " + step);
            }
        }
        weights = Weights.of(weights.asList(), relearningSteps.size(), shortTerm);
    }

    /** The ts-fsrs defaults: default weights, retention 0.9, steps of 1 and 10 minutes, relearning 10 minutes. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(Weights.DEFAULT, DEFAULT_RETENTION, DEFAULT_MAXIMUM_INTERVAL,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), true);
    }

    /** These settings with another desired retention. */
    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(weights, retention, maximumInterval, learningSteps, relearningSteps, shortTerm);
    }

    private static List<Duration> concat(List<Duration> a, List<Duration> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
