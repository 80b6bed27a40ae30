package org.factquiz.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything the web quiz keeps. Each method is one transaction: when it returns, what it wrote is
 * committed (an answer is on disk before its feedback page is sent).
 */
public interface Store extends AutoCloseable {
    /** Adds a user; false when a user with the same {@code nameKey} exists. */
    boolean addUser(User user, String nameKey);

    Optional<User> user(String id);

    /** The user with this name, compared as {@code nameKey} (case and width folded). */
    Optional<User> userByName(String nameKey);

    /** Gives a guest a name and password, making them a learner; false when the name is taken. */
    boolean nameGuest(String userId, String name, String nameKey, String passwordHash);

    void addSession(BrowserSession session);

    Optional<BrowserSession> session(String tokenHash);

    void updateSession(BrowserSession session);

    void deleteSession(String tokenHash);

    /** Removes sessions last seen before {@code before}, and guests left with neither a session nor an attempt. */
    int deleteSessionsIdleSince(Instant before);

    boolean hasQuestionSet(String version);

    /** Keeps a question set and its questions, once: a version kept before is left as it is. */
    void addQuestionSet(String version, Instant builtAt, List<StoredQuestion> questions);

    List<StoredQuestion> questions(String version);

    void addAttempt(Attempt attempt);

    Optional<Attempt> attempt(String id);

    /** A user's attempts, the latest first. */
    List<Attempt> attempts(String userId);

    void finishAttempt(String attemptId, Instant at);

    /** Keeps an answer; false (and nothing changed) when that question of the attempt was answered before. */
    boolean addAnswer(Answer answer);

    /** The answers of an attempt, by position. */
    List<Answer> answers(String attemptId);

    @Override
    void close();
}
