package org.factquiz.store;

import java.time.Instant;
import java.util.Objects;
import org.factquiz.review.Card;
import org.factquiz.review.Rating;

/**
 * A review as the log keeps it: whose card, which question (of which question set, on which
 * topic), where it was answered, what and whether right, the rating and who chose it, when, and
 * the card before it (from which the review can be computed again with another rating).
 */
public record StoredReview(String id, String userId, String questionId, String questionSet, String topic,
                           CardReview.Source source, String attemptId, Integer position, String response,
                           boolean correct, Rating rating, boolean ratedByLearner, Instant reviewedAt, long elapsedDays,
                           double retrievability, Card before) {
    public StoredReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(before, "before");
    }
}
