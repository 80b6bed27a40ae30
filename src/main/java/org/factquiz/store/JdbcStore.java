package org.factquiz.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Rating;

/** The {@link Store} on a {@link Database}: each method one transaction over the table classes. */
public final class JdbcStore implements Store {
    private final Database db;

    public JdbcStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    @Override
    public boolean addUser(User user, String nameKey) {
        return db.write(c -> UserTable.insert(c, user, nameKey));
    }

    @Override
    public Optional<User> user(String id) {
        return db.read(c -> UserTable.byId(c, id));
    }

    @Override
    public Optional<User> userByName(String nameKey) {
        return db.read(c -> UserTable.byNameKey(c, nameKey));
    }

    @Override
    public boolean nameGuest(String userId, String name, String nameKey, String passwordHash) {
        try {
            return db.write(c -> UserTable.nameGuest(c, userId, name, nameKey, passwordHash));
        } catch (StoreException e) {
            // Two guests taking the same name at once: the unique key lets one win.
            if (db.read(c -> UserTable.byNameKey(c, nameKey)).isPresent()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void addSession(BrowserSession session) {
        db.write(c -> {
            SessionTable.insert(c, session);
            return null;
        });
    }

    @Override
    public Optional<BrowserSession> session(String tokenHash) {
        return db.read(c -> SessionTable.byTokenHash(c, tokenHash));
    }

    @Override
    public void updateSession(BrowserSession session) {
        db.write(c -> {
            SessionTable.update(c, session);
            return null;
        });
    }

    @Override
    public void deleteSession(String tokenHash) {
        db.write(c -> {
            SessionTable.delete(c, tokenHash);
            return null;
        });
    }

    @Override
    public int deleteSessionsIdleSince(Instant before) {
        return db.write(c -> {
            int sessions = SessionTable.deleteIdleSince(c, before);
            UserTable.deleteAbandonedGuests(c);
            return sessions;
        });
    }

    @Override
    public boolean hasQuestionSet(String version) {
        return db.read(c -> QuestionSetTable.exists(c, version));
    }

    @Override
    public void addQuestionSet(String version, Instant builtAt, List<StoredQuestion> questions) {
        db.write(c -> {
            if (QuestionSetTable.insert(c, version, builtAt, questions.size())) {
                QuestionTable.insertAll(c, questions);
            }
            return null;
        });
    }

    @Override
    public List<StoredQuestion> questions(String version) {
        return db.read(c -> QuestionTable.ofSet(c, version));
    }

    @Override
    public void addAttempt(Attempt attempt) {
        db.write(c -> {
            AttemptTable.insert(c, attempt);
            AttemptQuestionTable.insert(c, attempt.id(), attempt.questionIds());
            return null;
        });
    }

    @Override
    public Optional<Attempt> attempt(String id) {
        return db.read(c -> AttemptTable.byId(c, id));
    }

    @Override
    public List<Attempt> attempts(String userId) {
        return db.read(c -> AttemptTable.ofUser(c, userId));
    }

    @Override
    public void finishAttempt(String attemptId, Instant at) {
        db.write(c -> {
            AttemptTable.finish(c, attemptId, at);
            return null;
        });
    }

    @Override
    public boolean addAnswer(Answer answer) {
        return db.write(c -> AnswerTable.insert(c, answer));
    }

    @Override
    public List<Answer> answers(String attemptId) {
        return db.read(c -> AnswerTable.ofAttempt(c, attemptId));
    }

    @Override
    public boolean addAnswer(Answer answer, CardReview review) {
        return db.write(c -> {
            if (!AnswerTable.insert(c, answer)) {
                return false;
            }
            writeReview(c, review);
            return true;
        });
    }

    @Override
    public boolean addReview(CardReview review) {
        try {
            return db.write(c -> {
                writeReview(c, review);
                return true;
            });
        } catch (CardChanged e) {
            return false;
        }
    }

    private static void writeReview(Connection c, CardReview review) throws SQLException {
        if (!CardTable.write(c, review.card(), review.storedReps()) || !ReviewTable.insert(c, review)) {
            throw new CardChanged(review.userId(), review.questionId());
        }
    }

    @Override
    public boolean rerate(String reviewId, Rating rating, LearnerCard card,
                          int storedReps) {
        return db.write(c -> {
            if (!CardTable.write(c, card, storedReps)) {
                return false;
            }
            ReviewTable.rerate(c, reviewId, rating);
            return true;
        });
    }

    @Override
    public Optional<LearnerCard> card(String userId, String questionId) {
        return db.read(c -> CardTable.byId(c, userId, questionId));
    }

    @Override
    public List<LearnerCard> cards(String userId) {
        return db.read(c -> CardTable.ofUser(c, userId));
    }

    @Override
    public Optional<StoredReview> review(String id) {
        return db.read(c -> ReviewTable.byId(c, id));
    }

    @Override
    public Optional<StoredReview> latestReview(String userId, String questionId) {
        return db.read(c -> ReviewTable.latest(c, userId, questionId));
    }

    @Override
    public List<StoredReview> reviews(String userId) {
        return db.read(c -> ReviewTable.ofUser(c, userId));
    }

    @Override
    public List<ReviewMark> reviewMarks(String userId) {
        return db.read(c -> ReviewTable.marks(c, userId));
    }

    @Override
    public List<ReviewActivity> reviewActivity() {
        return db.read(ReviewTable::activity);
    }

    @Override
    public Map<String, Integer> finishedAttempts() {
        return db.read(AttemptTable::finishedPerUser);
    }

    @Override
    public int retireCards(String questionSet, Instant at) {
        return db.write(c -> CardTable.retireNotIn(c, questionSet, at));
    }

    @Override
    public void markRetirementsTold(String userId) {
        db.write(c -> {
            CardTable.markTold(c, userId);
            return null;
        });
    }

    @Override
    public Map<String, CardCounts> cardCounts(Instant at) {
        return db.read(c -> CardTable.counts(c, at));
    }

    @Override
    public Optional<Double> desiredRetention(String userId) {
        return db.read(c -> UserTable.desiredRetention(c, userId));
    }

    @Override
    public void setDesiredRetention(String userId, Double retention) {
        db.write(c -> {
            UserTable.setDesiredRetention(c, userId, retention);
            return null;
        });
    }

    @Override
    public List<User> namedUsers() {
        return db.read(UserTable::named);
    }

    @Override
    public boolean setRole(String userId, Role role) {
        return db.write(c -> UserTable.setRole(c, userId, role));
    }

    @Override
    public List<Answer> answersOfFinishedAttempts() {
        return db.read(AnswerTable::ofFinishedAttempts);
    }

    @Override
    public void close() {
        db.close();
    }
}
