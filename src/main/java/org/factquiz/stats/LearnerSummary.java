package org.factquiz.stats;

import java.time.Instant;
import java.util.Objects;

/**
 * One learner at a glance, for the teacher: finished quizzes, answers given (in quizzes and
 * reviews) and how many were right, active cards and how many are due, and when they last answered
 * ({@code lastActive} null when never).
 */
public record LearnerSummary(String learnerId, String name, int quizzes, int answers, int right, int cards, int due,
                             Instant lastActive) {
    public LearnerSummary {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(name, "name");
    }

    /** The share of answers that were right, 0 to 1; 0 without answers. */
    public double score() {
        return answers == 0 ? 0 : (double) right / answers;
    }
}
