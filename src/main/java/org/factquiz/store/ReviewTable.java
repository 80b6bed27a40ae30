package org.factquiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.factquiz.review.Card;
import org.factquiz.review.CardState;
import org.factquiz.review.Rating;

/** The {@code reviews} table: the log of every review, with the card before it. */
final class ReviewTable {
    private static final String COLUMNS = "id, user_id, question_id, question_set, topic, source, attempt_id, position,"
            + " response, correct, rating, rated_by_learner, reviewed_at, elapsed_days, retrievability, before_state,"
            + " before_due, before_stability, before_difficulty, before_step, before_reps, before_lapses,"
            + " before_scheduled_days, before_last_review";
    private static final String SELECT = "SELECT r.id, r.user_id, r.question_id, r.question_set, r.topic, r.source,"
            + " r.attempt_id, r.position, r.response, r.correct, r.rating, r.rated_by_learner, r.reviewed_at, r.elapsed_days,"
            + " r.retrievability, r.before_state, r.before_due, r.before_stability, r.before_difficulty, r.before_step,"
            + " r.before_reps, r.before_lapses, r.before_scheduled_days, r.before_last_review FROM reviews r";

    private ReviewTable() {
    }

    static boolean insert(Connection c, CardReview r) throws SQLException {
        Card b = r.review().before();
        return Rows.update(c, "INSERT INTO reviews (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", r.id(), r.userId(), r.questionId(), r.questionSet(),
                r.topic(), r.source().code(), r.attemptId(), r.position(), r.response(), r.correct(),
                r.review().rating().grade(), r.ratedByLearner(), Rows.millis(r.review().reviewedAt()),
                (int) r.review().elapsedDays(), r.review().retrievability(), b.state().code(), Rows.millis(b.due()),
                b.stability(), b.difficulty(), b.step(), b.reps(), b.lapses(), b.scheduledDays(),
                Rows.millis(b.lastReview())) == 1;
    }

    static void rerate(Connection c, String id, Rating rating) throws SQLException {
        Rows.update(c, "UPDATE reviews SET rating = ?, rated_by_learner = ? WHERE id = ?", rating.grade(), true, id);
    }

    static Optional<StoredReview> byId(Connection c, String id) throws SQLException {
        return Rows.one(c, SELECT + " WHERE r.id = ?", ReviewTable::stored, id);
    }

    static Optional<StoredReview> latest(Connection c, String userId, String questionId) throws SQLException {
        return Rows.one(c, SELECT + " WHERE r.user_id = ? AND r.question_id = ? ORDER BY r.reviewed_at DESC, r.before_reps"
                + " DESC LIMIT 1", ReviewTable::stored, userId, questionId);
    }

    static List<StoredReview> ofUser(Connection c, String userId) throws SQLException {
        return Rows.list(c, SELECT + " WHERE r.user_id = ? ORDER BY r.reviewed_at, r.id", ReviewTable::stored, userId);
    }

    /** Every review's mark, or {@code userId}'s only when it is not null, the earliest first. */
    static List<ReviewMark> marks(Connection c, String userId) throws SQLException {
        String sql = "SELECT user_id, topic, reviewed_at, correct FROM reviews" + (userId == null ? "" : " WHERE user_id = ?")
                + " ORDER BY reviewed_at, id";
        Rows.Row<ReviewMark> row = r -> new ReviewMark(r.getString(1), r.getString(2), Rows.instant(r, "reviewed_at"),
                r.getBoolean(4));
        return userId == null ? Rows.list(c, sql, row) : Rows.list(c, sql, row, userId);
    }

    /** Per user: reviews, right ones, the latest. */
    static List<ReviewActivity> activity(Connection c) throws SQLException {
        return Rows.list(c, "SELECT user_id, COUNT(*), SUM(CASE WHEN correct THEN 1 ELSE 0 END), MAX(reviewed_at) FROM reviews"
                + " GROUP BY user_id ORDER BY user_id", r -> new ReviewActivity(r.getString(1), r.getInt(2), r.getInt(3),
                java.time.Instant.ofEpochMilli(r.getLong(4))));
    }

    private static StoredReview stored(ResultSet row) throws SQLException {
        Card before = new Card(CardState.ofCode(row.getInt("before_state")), Rows.instant(row, "before_due"),
                row.getDouble("before_stability"), row.getDouble("before_difficulty"), row.getInt("before_step"),
                row.getInt("before_reps"), row.getInt("before_lapses"), row.getInt("before_scheduled_days"),
                Rows.instant(row, "before_last_review"));
        int position = row.getInt("position");
        Integer positionOrNull = row.wasNull() ? null : position;
        return new StoredReview(row.getString("id"), row.getString("user_id"), row.getString("question_id"),
                row.getString("question_set"), row.getString("topic"), CardReview.Source.of(row.getString("source")),
                row.getString("attempt_id"), positionOrNull, row.getString("response"), row.getBoolean("correct"),
                Rating.ofGrade(row.getInt("rating")), row.getBoolean("rated_by_learner"),
                Rows.instant(row, "reviewed_at"), row.getInt("elapsed_days"), row.getDouble("retrievability"), before);
    }
}
