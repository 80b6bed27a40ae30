package org.factquiz.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One review of a card: the card before and after, the rating, when it happened, the whole days
 * since the previous review (UTC calendar days, as ts-fsrs counts them) and the retrievability the
 * model gave the card at that moment.
 */
public record Review(Card before, Card after, Rating rating, Instant reviewedAt, long elapsedDays,
                     double retrievability) {
    public Review {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
    }
}
