package org.factquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factquiz.review.Card;
import org.factquiz.review.CardState;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Rating;
import org.factquiz.review.Scheduler;
import org.factquiz.review.SchedulerSettings;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the web quiz before spaced review (schema version 1) is migrated on both
 * databases: every answer stays as it was, and each becomes a review of the learner's card.
 */
class MigrationKeepsAnswersTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant TUESDAY = MONDAY.plus(Duration.ofDays(1));

    @Test
    void sqliteKeepsItsAnswersAndGainsCards(@TempDir Path folder) throws Exception {
        String url = "jdbc:sqlite:" + folder.resolve("v1.db");
        writeVersionOne(url, null, null);
        try (JdbcStore store = new JdbcStore(Database.open(url, null, null))) {
            assertMigrated(store);
        }
    }

    @Test
    void postgresqlKeepsItsAnswersAndGainsCards() throws Exception {
        String url = TestDatabases.emptyPostgresql();
        writeVersionOne(url, "postgres", "postgres");
        try (JdbcStore store = new JdbcStore(Database.open(url, "postgres", "postgres"))) {
            assertMigrated(store);
        }
    }

    /**
     * Anna answered q1 wrongly on Monday and rightly on Tuesday, q2 rightly on Monday; then the facts
     * changed q2's key (set v2) and she answered the new q2 wrongly on Tuesday.
     */
    private static void writeVersionOne(String url, String user, String password) throws SQLException {
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            run(c, "INSERT INTO users (id, name, name_key, password_hash, role, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    "anna", "Anna", "anna", "hash", "learner", MONDAY.toEpochMilli());
            for (String set : List.of("v1", "v2")) {
                run(c, "INSERT INTO question_sets (version, built_at, questions) VALUES (?, ?, ?)", set,
                        MONDAY.toEpochMilli(), 2);
                run(c, "INSERT INTO questions (question_set, id, type, topic, skill, difficulty, answer_key, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", set, "q1", "true-false", "products", "recall", 1, "true", "{}");
                run(c, "INSERT INTO questions (question_set, id, type, topic, skill, difficulty, answer_key, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", set, "q2", "numeric", "users", "recall", 1,
                        set.equals("v1") ? "60.0 ± 0.5" : "70.0 ± 0.5", "{}");
            }
            attempt(c, "t1", "v1", MONDAY);
            answer(c, "t1", 1, "v1", "q1", "b", false, MONDAY.plusSeconds(60));
            answer(c, "t1", 2, "v1", "q2", "60", true, MONDAY.plusSeconds(120));
            attempt(c, "t2", "v2", TUESDAY);
            answer(c, "t2", 1, "v2", "q1", "a", true, TUESDAY.plusSeconds(60));
            answer(c, "t2", 2, "v2", "q2", "60", false, TUESDAY.plusSeconds(120));
        }
    }

    private static void assertMigrated(JdbcStore store) {
        assertThat(store.answers("t1")).extracting(Answer::questionId, Answer::response, Answer::correct)
                .containsExactly(tuple("q1", "b", false),
                        tuple("q2", "60", true));
        assertThat(store.answers("t2")).hasSize(2);
        assertThat(store.user("anna")).hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Anna"));

        Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());
        Card q1 = scheduler.review(Card.fresh(MONDAY.plusSeconds(60)), Rating.AGAIN, MONDAY.plusSeconds(60)).after();
        q1 = scheduler.review(q1, Rating.GOOD, TUESDAY.plusSeconds(60)).after();
        LearnerCard card1 = store.card("anna", "q1").orElseThrow();
        assertThat(card1.card()).isEqualTo(q1);
        assertThat(card1.answerKey()).isEqualTo("true");
        assertThat(card1.topic()).isEqualTo("products");

        // q2's key changed between the sets: the card starts again from the new key's answer.
        LearnerCard card2 = store.card("anna", "q2").orElseThrow();
        assertThat(card2.answerKey()).isEqualTo("70.0 ± 0.5");
        assertThat(card2.card().reps()).isEqualTo(1);
        assertThat(card2.card().state()).isEqualTo(CardState.LEARNING);

        assertThat(store.reviews("anna")).extracting(StoredReview::id, StoredReview::rating)
                .containsExactly(tuple("t1-1", Rating.AGAIN),
                        tuple("t1-2", Rating.GOOD),
                        tuple("t2-1", Rating.GOOD),
                        tuple("t2-2", Rating.AGAIN));
        assertThat(store.desiredRetention("anna")).isEmpty();
    }

    private static void attempt(Connection c, String id, String set, Instant at) throws SQLException {
        run(c, "INSERT INTO attempts (id, user_id, question_set, language, topics, skills, seed, started_at, finished_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, "anna", set, "en", "", "", 1L, at.toEpochMilli(),
                at.plusSeconds(300).toEpochMilli());
        run(c, "INSERT INTO attempt_questions (attempt_id, position, question_id) VALUES (?, ?, ?)", id, 1, "q1");
        run(c, "INSERT INTO attempt_questions (attempt_id, position, question_id) VALUES (?, ?, ?)", id, 2, "q2");
    }

    private static void answer(Connection c, String attempt, int position, String set, String question, String response,
                               boolean correct, Instant at) throws SQLException {
        run(c, "INSERT INTO answers (attempt_id, position, user_id, question_set, question_id, response, correct,"
                + " answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", attempt, position, "anna", set, question, response,
                correct, at.toEpochMilli());
    }

    private static void run(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
