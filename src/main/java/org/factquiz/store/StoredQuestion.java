package org.factquiz.store;

import java.util.Objects;

/**
 * A question of one question set as kept: its id, what it is about, its key in a stable form, and
 * the whole question as JSON ({@code body}), so an attempt can be shown as it began after the facts
 * changed or the server restarted.
 */
public record StoredQuestion(String questionSet, String id, String type, String topic, String skill, int difficulty,
                             String answerKey, String body) {
    public StoredQuestion {
        Objects.requireNonNull(questionSet, "questionSet");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
    }
}
