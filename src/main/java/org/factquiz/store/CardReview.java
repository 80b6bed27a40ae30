package org.factquiz.store;

import java.util.Objects;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Review;

/**
 * One review of a learner's card as kept: the answer that made it (in a quiz, at an attempt's
 * position, or on the review page), whether it was right, the FSRS review (card before and after,
 * rating, time), whether the learner chose the rating, and the key and topic the card carries
 * after it. {@code storedReps} is the card's {@code reps} as it was read before the review was
 * computed, -1 when the learner had no card: the store writes the review only if the card is still
 * as read, so two reviews computed from one card cannot both land.
 */
public record CardReview(String id, String userId, String questionId, String questionSet, String topic,
                         String answerKey, Source source, String attemptId, Integer position, String response,
                         boolean correct, boolean ratedByLearner, Review review, int storedReps) {
    public CardReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(questionSet, "questionSet");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(answerKey, "answerKey");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(review, "review");
    }

    /** Where the answer was given. */
    public enum Source {
        QUIZ, REVIEW;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Source of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The learner's card after this review. */
    public LearnerCard card() {
        return new LearnerCard(userId, questionId, topic, answerKey, review.after(), null);
    }
}
