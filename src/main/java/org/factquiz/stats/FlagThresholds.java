package org.factquiz.stats;

/**
 * When a question is flagged: only once it has {@code minimumAttempts} attempts (fewer say little),
 * and for low discrimination when its discrimination index is below {@code lowDiscrimination}
 * percent (the usual guidance of classical item analysis revises a question below 0.20; below 0
 * it probably does not work at all).
 */
public record FlagThresholds(int minimumAttempts, double lowDiscrimination) {
    /** Five attempts, discrimination below 20. */
    public static final FlagThresholds DEFAULT = new FlagThresholds(5, 20);

    public FlagThresholds {
        if (minimumAttempts < 2) {
            throw new IllegalArgumentException("statistics need at least two attempts, not " + minimumAttempts);
        }
    }
}
