package org.factquiz.stats;

import java.time.Instant;
import java.util.Objects;

/**
 * One of a learner's cards, for the teacher: the question (as asked now), its topic, when it is
 * due and whether it is due now, the model's chance that the learner recalls it now, how often it
 * was reviewed and forgotten, and its state (new, learning, review, relearning).
 */
public record CardSummary(String questionId, String prompt, String topic, Instant due, boolean dueNow,
                          double retrievability, int reps, int lapses, String state) {
    public CardSummary {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(state, "state");
    }
}
