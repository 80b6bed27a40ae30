package org.factquiz.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A finished quiz attempt: who took it, when it ended, and the answer to each of its questions. */
public record AttemptResult(String attemptId, String learnerId, Instant finishedAt, List<ItemResponse> responses) {
    public AttemptResult {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(finishedAt, "finishedAt");
        responses = List.copyOf(responses);
    }

    /** The marks of the whole attempt. */
    public double totalMark() {
        double total = 0;
        for (ItemResponse response : responses) {
            total += response.mark();
        }
        return total;
    }

    /** The most marks the whole attempt could have earned. */
    public double totalMaxMark() {
        double total = 0;
        for (ItemResponse response : responses) {
            total += response.maxMark();
        }
        return total;
    }
}
