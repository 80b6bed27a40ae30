package org.factquiz.stats;

import java.time.Instant;
import java.util.Objects;

/** One answer a learner gave, in a quiz or a review: the question's topic, when, and the marks it earned. */
public record ScoredAnswer(String learnerId, String topic, Instant answeredAt, double mark, double maxMark) {
    public ScoredAnswer {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (!(maxMark > 0) || !(mark >= 0) || mark > maxMark) {
            throw new IllegalArgumentException("a mark is between 0 and a positive maximum, not " + mark + " of " + maxMark);
        }
    }
}
