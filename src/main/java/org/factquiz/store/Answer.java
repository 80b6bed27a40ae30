package org.factquiz.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A learner's answer to the question at {@code position} (from 1) of an attempt: what they chose or
 * typed ({@code response}: option letters separated by spaces, a number, or words), and whether it
 * was right.
 */
public record Answer(String attemptId, int position, String userId, String questionSet, String questionId,
                     String response, boolean correct, Instant answeredAt) {
    public Answer {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
