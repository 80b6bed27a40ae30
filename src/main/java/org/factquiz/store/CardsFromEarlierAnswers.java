package org.factquiz.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.review.Card;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Ratings;
import org.factquiz.review.Review;
import org.factquiz.review.Scheduler;
import org.factquiz.review.SchedulerSettings;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 3: the answers kept before spaced review existed become cards. Each learner's answers
 * to a question are replayed in the order they were given, through the scheduler with its default
 * settings, as if the review queue had been there all along: every answer a review, rated by its
 * correctness. An answer to a version of the question with another key starts the card afresh.
 * Nothing of the answers is changed.
 */
final class CardsFromEarlierAnswers implements JavaMigration {
    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "cards from earlier answers";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        List<Given> answers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT a.user_id, a.question_id, a.question_set, a.attempt_id,"
                + " a.position, a.response, a.correct, a.answered_at, q.topic, q.answer_key FROM answers a JOIN questions q"
                + " ON q.question_set = a.question_set AND q.id = a.question_id"
                + " ORDER BY a.user_id, a.question_id, a.answered_at, a.attempt_id, a.position");
             ResultSet row = s.executeQuery()) {
            while (row.next()) {
                answers.add(new Given(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getInt(5),
                        row.getString(6), row.getBoolean(7), Instant.ofEpochMilli(row.getLong(8)), row.getString(9),
                        row.getString(10)));
            }
        }
        LearnerCard card = null;
        List<CardReview> reviews = new ArrayList<>();
        for (Given answer : answers) {
            boolean sameQuestion = card != null && card.learnerId().equals(answer.userId())
                    && card.questionId().equals(answer.questionId());
            if (card != null && !sameQuestion) {
                CardTable.write(c, card, -1);
            }
            boolean sameKey = sameQuestion && card.answerKey().equals(answer.answerKey());
            Card before = sameKey ? card.card() : Card.fresh(answer.answeredAt());
            Review review = scheduler.review(before, Ratings.fromAnswer(answer.correct()), answer.answeredAt());
            CardReview logged = new CardReview(answer.attemptId() + "-" + answer.position(), answer.userId(),
                    answer.questionId(), answer.questionSet(), answer.topic(), answer.answerKey(), CardReview.Source.QUIZ,
                    answer.attemptId(), answer.position(), answer.response(), answer.correct(), false, review, -1);
            reviews.add(logged);
            card = logged.card();
        }
        if (card != null) {
            CardTable.write(c, card, -1);
        }
        for (CardReview review : reviews) {
            ReviewTable.insert(c, review);
        }
    }

    private record Given(String userId, String questionId, String questionSet, String attemptId, int position,
                         String response, boolean correct, Instant answeredAt, String topic, String answerKey) {
    }
}
