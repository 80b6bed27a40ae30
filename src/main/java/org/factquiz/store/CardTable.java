package org.factquiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factquiz.review.Card;
import org.factquiz.review.CardState;
import org.factquiz.review.LearnerCard;

/** The {@code cards} table: one row per learner and question. */
final class CardTable {
    private static final String COLUMNS = "user_id, question_id, topic, answer_key, state, due, stability, difficulty, step,"
            + " reps, lapses, scheduled_days, last_review, retired_at, retired_reason, retirement_told";

    private CardTable() {
    }

    static Optional<LearnerCard> byId(Connection c, String userId, String questionId) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM cards WHERE user_id = ? AND question_id = ?", CardTable::card,
                userId, questionId);
    }

    static List<LearnerCard> ofUser(Connection c, String userId) throws SQLException {
        return Rows.list(c, "SELECT " + COLUMNS + " FROM cards WHERE user_id = ? ORDER BY due, question_id", CardTable::card,
                userId);
    }

    /**
     * Writes the card a review made, if the stored card is still the one the review was computed
     * from ({@code storedReps}; -1: there was none). False when it is not.
     */
    static boolean write(Connection c, LearnerCard card, int storedReps) throws SQLException {
        Card k = card.card();
        if (storedReps < 0) {
            return Rows.update(c, "INSERT INTO cards (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL,"
                    + " NULL, FALSE) ON CONFLICT DO NOTHING", card.learnerId(), card.questionId(), card.topic(),
                    card.answerKey(), k.state().code(), Rows.millis(k.due()), k.stability(), k.difficulty(), k.step(),
                    k.reps(), k.lapses(), k.scheduledDays(), Rows.millis(k.lastReview())) == 1;
        }
        return Rows.update(c, "UPDATE cards SET topic = ?, answer_key = ?, state = ?, due = ?, stability = ?, difficulty = ?,"
                + " step = ?, reps = ?, lapses = ?, scheduled_days = ?, last_review = ?, retired_at = NULL,"
                + " retired_reason = NULL, retirement_told = FALSE WHERE user_id = ? AND question_id = ? AND reps = ?",
                card.topic(), card.answerKey(), k.state().code(), Rows.millis(k.due()), k.stability(), k.difficulty(),
                k.step(), k.reps(), k.lapses(), k.scheduledDays(), Rows.millis(k.lastReview()), card.learnerId(),
                card.questionId(), storedReps) == 1;
    }

    /**
     * Retires every active card whose question {@code questionSet} asks with another key (the answer
     * changed) or not at all (the question is gone).
     */
    static int retireNotIn(Connection c, String questionSet, Instant at) throws SQLException {
        int changed = Rows.update(c, "UPDATE cards SET retired_at = ?, retired_reason = ? WHERE retired_at IS NULL"
                + " AND EXISTS (SELECT 1 FROM questions q WHERE q.question_set = ? AND q.id = cards.question_id)"
                + " AND NOT EXISTS (SELECT 1 FROM questions q WHERE q.question_set = ? AND q.id = cards.question_id"
                + " AND q.answer_key = cards.answer_key)", Rows.millis(at),
                LearnerCard.Retirement.Reason.ANSWER_CHANGED.code(), questionSet, questionSet);
        int gone = Rows.update(c, "UPDATE cards SET retired_at = ?, retired_reason = ? WHERE retired_at IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM questions q WHERE q.question_set = ? AND q.id = cards.question_id)",
                Rows.millis(at), LearnerCard.Retirement.Reason.QUESTION_GONE.code(), questionSet);
        return changed + gone;
    }

    static void markTold(Connection c, String userId) throws SQLException {
        Rows.update(c, "UPDATE cards SET retirement_told = TRUE WHERE user_id = ? AND retired_at IS NOT NULL", userId);
    }

    /** Per user, the active cards and those of them due at {@code at}. */
    static Map<String, CardCounts> counts(Connection c, Instant at) throws SQLException {
        Map<String, CardCounts> counts = new LinkedHashMap<>();
        Rows.list(c, "SELECT user_id, COUNT(*), SUM(CASE WHEN due <= ? THEN 1 ELSE 0 END) FROM cards WHERE retired_at IS NULL"
                + " GROUP BY user_id ORDER BY user_id", row -> counts.put(row.getString(1), new CardCounts(row.getInt(2),
                row.getInt(3))), Rows.millis(at));
        return counts;
    }

    private static LearnerCard card(ResultSet row) throws SQLException {
        Card card = new Card(CardState.ofCode(row.getInt("state")), Rows.instant(row, "due"), row.getDouble("stability"),
                row.getDouble("difficulty"), row.getInt("step"), row.getInt("reps"), row.getInt("lapses"),
                row.getInt("scheduled_days"), Rows.instant(row, "last_review"));
        Instant retiredAt = Rows.instant(row, "retired_at");
        LearnerCard.Retirement retirement = retiredAt == null ? null : new LearnerCard.Retirement(
                LearnerCard.Retirement.Reason.of(row.getString("retired_reason")), retiredAt,
                row.getBoolean("retirement_told"));
        return new LearnerCard(row.getString("user_id"), row.getString("question_id"), row.getString("topic"),
                row.getString("answer_key"), card, retirement);
    }
}
