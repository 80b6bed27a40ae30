package org.factquiz.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Rating;

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

    /**
     * Keeps a quiz answer and, in the same transaction, the review it makes of the learner's card.
     * False (and nothing changed) when that question of the attempt was answered before; throws
     * {@link CardChanged} (nothing changed) when the card is no longer as {@code review} read it.
     */
    boolean addAnswer(Answer answer, CardReview review);

    /** Keeps a review given on the review page; false (nothing changed) when the card changed since it was read. */
    boolean addReview(CardReview review);

    /**
     * Gives review {@code reviewId} the learner's own rating and the card computed with it; false
     * (nothing changed) when the card was reviewed again since ({@code storedReps} no longer holds).
     */
    boolean rerate(String reviewId, Rating rating, LearnerCard card, int storedReps);

    Optional<LearnerCard> card(String userId, String questionId);

    /** A user's cards, active and retired, the earliest due first. */
    List<LearnerCard> cards(String userId);

    Optional<StoredReview> review(String id);

    /** The latest review of a user's card. */
    Optional<StoredReview> latestReview(String userId, String questionId);

    /** A user's reviews, the earliest first. */
    List<StoredReview> reviews(String userId);

    /** Every review's mark (whose, topic, when, right), the earliest first; {@code userId}'s only unless it is null. */
    List<ReviewMark> reviewMarks(String userId);

    /** Per user with reviews: how many, how many right, the latest. */
    List<ReviewActivity> reviewActivity();

    /** Per user: how many attempts they finished. */
    Map<String, Integer> finishedAttempts();

    /**
     * Retires every active card whose question {@code questionSet} asks with another key or not at
     * all; returns how many were retired.
     */
    int retireCards(String questionSet, Instant at);

    /** The learner has read the notice about their retired cards. */
    void markRetirementsTold(String userId);

    /** Per user with cards, how many are active and how many of those are due at {@code at}. */
    Map<String, CardCounts> cardCounts(Instant at);

    Optional<Double> desiredRetention(String userId);

    /** Sets a user's desired retention; null: the server's default. */
    void setDesiredRetention(String userId, Double retention);

    /** Everyone with a name, learners and teachers, by name. */
    List<User> namedUsers();

    /** Makes a learner a teacher or back; false when there is no such named user. */
    boolean setRole(String userId, Role role);

    /** The answers of every finished attempt, attempt after attempt, each in position order. */
    List<Answer> answersOfFinishedAttempts();

    @Override
    void close();
}
