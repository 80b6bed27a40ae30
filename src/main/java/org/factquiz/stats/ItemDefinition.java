package org.factquiz.stats;

import java.util.List;
import java.util.Objects;

/**
 * A question as the statistics see it: its id, its prompt (as the teacher reads it), its topic,
 * the most marks it gives and, for a question answered by choosing, its options (the key among
 * them), in the order the question lists them.
 */
public record ItemDefinition(String questionId, String prompt, String topic, double maxMark, List<Option> options) {
    public ItemDefinition {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(topic, "topic");
        options = List.copyOf(options);
        if (!(maxMark >= 0)) {
            throw new IllegalArgumentException(questionId + ": the maximum mark cannot be negative, not " + maxMark);
        }
    }

    /** Whether the question is answered by choosing among options, so that distractors can be counted. */
    public boolean hasOptions() {
        return !options.isEmpty();
    }

    /** An option: its id (the letter the learner chose), its text, and whether it is (part of) the key. */
    public record Option(String id, String text, boolean key) {
        public Option {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
        }
    }
}
