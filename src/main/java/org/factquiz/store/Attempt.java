package org.factquiz.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factquiz.model.Language;

/**
 * One quiz a user takes: its questions (ids, in the order asked) from one question set, the choices
 * made on the start page, and when it began and ended ({@code finishedAt} null while it runs).
 */
public record Attempt(String id, String userId, String questionSet, Language language, List<String> topics,
                      List<String> skills, long seed, Instant startedAt, Instant finishedAt, List<String> questionIds) {
    public Attempt {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(questionSet, "questionSet");
        Objects.requireNonNull(language, "language");
        topics = List.copyOf(topics);
        skills = List.copyOf(skills);
        questionIds = List.copyOf(questionIds);
    }

    public boolean finished() {
        return finishedAt != null;
    }

    /** The number of questions. */
    public int size() {
        return questionIds.size();
    }
}
