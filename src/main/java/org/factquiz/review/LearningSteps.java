package org.factquiz.review;

import java.util.List;

/**
 * The short steps (minutes to hours) a new card goes through before FSRS schedules it in days,
 * and a lapsed card before it returns to review: ts-fsrs's basic learning-steps strategy. Again
 * goes back to the first step; Hard repeats the step (after the mean of the first two steps, or
 * 1.5 times the only one); Good moves to the next step, and past the last one the card graduates;
 * Easy graduates at once.
 */
final class LearningSteps {
    private LearningSteps() {
    }

    /** Where a rating sends a card: after how many minutes, to which step; none means it graduates. */
    record Next(long minutes, int step) {
        static final Next GRADUATE = new Next(0, 0);

        boolean graduates() {
            return minutes == 0;
        }
    }

    static Next next(SchedulerSettings settings, CardState state, int step, Rating rating) {
        boolean relearning = state == CardState.RELEARNING || state == CardState.REVIEW;
        List<Long> steps = (relearning ? settings.relearningSteps() : settings.learningSteps()).stream()
                .map(d -> d.toMinutes())
                .toList();
        if (steps.isEmpty() || step >= steps.size()) {
            return Next.GRADUATE;
        }
        if (state == CardState.REVIEW) {
            return rating == Rating.AGAIN ? new Next(steps.get(step), 0) : Next.GRADUATE;
        }
        return switch (rating) {
            case AGAIN -> new Next(steps.get(0), 0);
            case HARD -> new Next(hardMinutes(steps), step);
            case GOOD -> step + 1 < steps.size() ? new Next(steps.get(step + 1), step + 1) : Next.GRADUATE;
            case EASY -> Next.GRADUATE;
        };
    }

    private static long hardMinutes(List<Long> steps) {
        if (steps.size() == 1) {
            return Math.round(steps.get(0) * 1.5);
        }
        return Math.round((steps.get(0) + steps.get(1)) / 2.0);
    }
}
