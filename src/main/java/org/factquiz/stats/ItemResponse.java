package org.factquiz.stats;

import java.util.List;
import java.util.Objects;

/**
 * A learner's answer to one question in an attempt: the marks it earned out of the question's
 * maximum, and what was answered (the ids of the options chosen, or the text or number typed, or
 * the order or pairs given, one entry each).
 */
public record ItemResponse(String questionId, double mark, double maxMark, List<String> response) {
    public ItemResponse {
        Objects.requireNonNull(questionId, "questionId");
        response = List.copyOf(response);
        if (!(maxMark >= 0) || !(mark >= 0) || mark > maxMark) {
            throw new IllegalArgumentException(questionId + ": a mark is between 0 and the maximum, not " + mark + " of " + maxMark);
        }
    }
}
