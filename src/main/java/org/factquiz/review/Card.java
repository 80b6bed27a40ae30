package org.factquiz.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One learner's memory of one question, as FSRS models it: when it is due, its stability (the
 * days after which recall falls to 90 %) and difficulty (1 to 10), its state and learning step,
 * and how often it was reviewed and forgotten. {@code lastReview} is null only for a new card.
 */
public record Card(CardState state, Instant due, double stability, double difficulty, int step, int reps,
                   int lapses, int scheduledDays, Instant lastReview) {
    public Card {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (state != CardState.NEW && lastReview == null) {
            throw new IllegalArgumentException("a " + state + " card has been reviewed, so it needs its last review time");
        }
        if (step < 0 || reps < 0 || lapses < 0 || scheduledDays < 0) {
            throw new IllegalArgumentException("step, reps, lapses and scheduled days count up from 0");
        }
    }

    /** A card never reviewed, due at once. */
    public static Card fresh(Instant now) {
        return new Card(CardState.NEW, now, 0, 0, 0, 0, 0, 0, null);
    }

    /** When the card was last reviewed; empty for a new card. */
    public Optional<Instant> lastReviewed() {
        return Optional.ofNullable(lastReview);
    }

    /** Whether the card should be reviewed at {@code now}. */
    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
