package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.learning.QuestionSet;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.review.LearnerCard;
import org.factquiz.review.Rating;
import org.factquiz.review.Scheduler;
import org.factquiz.review.SchedulerSettings;
import org.factquiz.store.Attempt;
import org.factquiz.store.CardReview;
import org.factquiz.store.StoredReview;
import org.factquiz.store.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spaced review over HTTP: quiz answers become cards, the clock moves, the review page asks what
 * is due, ratings after feedback replace the one from correctness, a second submit counts once,
 * and a question whose key the facts changed leaves the queue with a notice. One server, its facts
 * a copy the last test edits, on a clock the tests move.
 */
class ReviewWebTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    @TempDir
    static Path dir;
    static Path facts;
    static MovableClock clock;
    static QuizServer server;

    @BeforeAll
    static void start() throws Exception {
        facts = EditedFacts.shipped().writeTo(dir.resolve("facts"));
        clock = new MovableClock(MONDAY);
        server = QuizServer.start(facts, dir.resolve("data"), clock);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int learners;

    /** A new learner, signed up; returns their client and user. */
    private static WebClient learner() {
        WebClient c = new WebClient(server::url);
        c.signUp("Reviewer " + (++learners), "a long password");
        return c;
    }

    private static User user(String name) {
        return server.store.userByName(name.toLowerCase()).orElseThrow();
    }

    /** Answers a quiz of {@code count}: right where {@code right} says so; returns the attempt. */
    private static Attempt quiz(WebClient c, int count, boolean... right) {
        String first = c.startQuiz("en", count);
        Attempt attempt = server.attemptOf(first);
        for (int p = 1; p <= attempt.size(); p++) {
            Question q = server.question(attempt, p);
            boolean r = p > right.length || right[p - 1];
            String path = "/attempts/" + attempt.id() + "/questions/" + p;
            c.get(path);
            assertThat(c.post(path, r ? AnswerFields.right(q, Language.EN) : AnswerFields.wrong(q, Language.EN)).status())
                    .isEqualTo(303);
        }
        return attempt;
    }

    @Test
    void quizAnswersBecomeCardsThatTheReviewPageAsksWhenTheyAreDue() {
        WebClient c = learner();
        Attempt attempt = quiz(c, 3, true, false, true);
        User learner = user("Reviewer " + learners);

        List<LearnerCard> cards = server.store.cards(learner.id());
        assertThat(cards).extracting(LearnerCard::questionId).containsExactlyInAnyOrderElementsOf(attempt.questionIds());
        WebClient.Page right = c.get("/attempts/" + attempt.id() + "/questions/1/feedback");
        assertThat(right.html().select("form.ratings button")).extracting(b -> b.attr("value"))
                .containsExactly("again", "hard", "good", "easy");
        assertThat(right.html().select("form.ratings button[aria-pressed=true]").attr("value")).isEqualTo("good");
        WebClient.Page wrong = c.get("/attempts/" + attempt.id() + "/questions/2/feedback");
        assertThat(wrong.html().select("form.ratings")).isEmpty();
        assertThat(wrong.text()).contains("You will see this question again in one minute.");

        WebClient.Page now = c.get("/review");
        assertThat(now.text()).contains("Nothing is due now.", "3 more come later, the next in one minute.");
        assertThat(c.get("/").html().select(".review-due")).isEmpty();

        clock.advance(Duration.ofDays(1));
        c.signIn("Reviewer " + learners, "a long password");
        assertThat(c.get("/").html().select(".review-due").text()).contains("3 questions are due for review.");
        WebClient.Page due = c.get("/review");
        assertThat(due.text()).contains("3 questions are due for review.");
        String start = due.html().select("a.button[href^=/review/cards/]").attr("href");
        WebClient.Page card = c.get(start);
        assertThat(card.status()).isEqualTo(200);
        String questionId = start.substring("/review/cards/".length());
        Question q = server.catalog.current().question(questionId).orElseThrow();
        assertThat(card.html().select("legend").text()).isEqualTo(q.prompt().get(Language.EN));
        String action = card.html().select("form[action^=/review/cards/]").attr("action");

        WebClient.Page answered = c.post(action, AnswerFields.right(q, Language.EN));
        assertThat(answered.status()).isEqualTo(303);
        assertThat(answered.location()).startsWith("/review/answers/");
        WebClient.Page again = c.post(action, AnswerFields.wrong(q, Language.EN));
        assertThat(again.location()).as("a second submit shows the first answer's feedback").isEqualTo(answered.location());
        long reviews = server.store.reviews(learner.id()).stream().filter(r -> r.source() == CardReview.Source.REVIEW).count();
        assertThat(reviews).isEqualTo(1);

        WebClient.Page feedback = c.get(answered.location());
        assertThat(feedback.text()).contains("Right.", "How hard was it?");
        String reviewId = answered.location().substring("/review/answers/".length());
        WebClient.Page rated = c.post("/reviews/" + reviewId + "/rating", "rating", "easy");
        assertThat(rated.location()).isEqualTo(answered.location() + "?rated");
        assertThat(c.get(rated.location()).text()).contains("Saved: Easy. This question comes back in");
        StoredReview stored = server.store.review(reviewId).orElseThrow();
        assertThat(stored.rating()).isEqualTo(Rating.EASY);
        assertThat(stored.ratedByLearner()).isTrue();
        Instant good = new Scheduler(SchedulerSettings.defaults()).review(stored.before(), Rating.GOOD, stored.reviewedAt())
                .after().due();
        assertThat(server.store.card(learner.id(), questionId).orElseThrow().card().due()).as("Easy comes back later than Good")
                .isAfter(good);
        assertThat(c.get("/review").text()).contains("2 questions are due for review.");
    }

    @Test
    void aWrongAnswerCannotBeRatedEasyAndAnotherLearnersReviewIsNotFound() {
        WebClient c = learner();
        Attempt attempt = quiz(c, 2, false, true);
        String review = attempt.id() + "-1";
        c.get("/attempts/" + attempt.id() + "/questions/1/feedback");
        assertThat(c.post("/reviews/" + review + "/rating", "rating", "easy").status()).isEqualTo(400);
        assertThat(c.post("/reviews/" + review + "/rating", "rating", "excellent").status()).isEqualTo(400);
        WebClient other = learner();
        other.get("/review");
        assertThat(other.post("/reviews/" + attempt.id() + "-2/rating", "rating", "easy").status()).isEqualTo(404);
        assertThat(server.store.review(attempt.id() + "-2").orElseThrow().rating()).isEqualTo(Rating.GOOD);
    }

    @Test
    void theDesiredRetentionIsTheLearnersSettingAndShortensIntervalsWhenRaised() {
        WebClient c = learner();
        User learner = user("Reviewer " + learners);
        c.get("/review");
        assertThat(c.post("/review/settings", "retention", "0.97").location()).isEqualTo("/review?saved");
        assertThat(c.get("/review?saved").text()).contains("Saved: from now on your questions come back for a retention of 97%.");
        assertThat(server.reviews.retention(learner.id())).isEqualTo(0.97);
        assertThat(c.post("/review/settings", "retention", "0.5").status()).isEqualTo(400);
        assertThat(c.get("/review").html().select("input[name=retention][checked]").attr("value")).isEqualTo("0.97");
    }

    @Test
    void aQuestionWhoseKeyTheFactsChangedIsRetiredAndTheLearnerToldNeverAskedWithTheOldAnswer() throws Exception {
        WebClient c = learner();
        User learner = user("Reviewer " + learners);
        Attempt attempt = quiz(c, 50);
        QuestionSet before = server.catalog.current();

        Path entities = facts.resolve("entities.yaml");
        Files.writeString(entities, Files.readString(entities).replace("name: {en: Doubao, de: Doubao}",
                "name: {en: Doubao Pro, de: Doubao Pro}"));
        clock.advance(Duration.ofDays(40));
        c.signIn("Reviewer " + learners, "a long password");
        QuestionSet after = server.catalog.current();
        assertThat(after.version()).isNotEqualTo(before.version());
        List<String> changed = new ArrayList<>();
        for (String id : attempt.questionIds()) {
            Question was = before.question(id).orElseThrow();
            Question now = after.question(id).orElse(null);
            if (now == null || !String.join("|", AnswerWords.correct(was, Language.EN, Messages.of(Language.EN)))
                    .equals(String.join("|", AnswerWords.correct(now, Language.EN, Messages.of(Language.EN))))) {
                changed.add(id);
            }
        }
        assertThat(changed).as("renaming the product changes some answers").isNotEmpty();

        WebClient.Page review = c.get("/review");
        assertThat(review.text()).contains("Questions that changed");
        assertThat(review.html().select("ul.retired li")).hasSize(changed.size());
        assertThat(review.text()).contains("Now: ").contains("Doubao Pro");
        List<LearnerCard> cards = server.store.cards(learner.id());
        assertThat(cards.stream().filter(k -> !k.active()).map(LearnerCard::questionId))
                .containsExactlyInAnyOrderElementsOf(changed);
        for (String id : changed) {
            assertThat(c.get("/review/cards/" + id).status()).as("a retired card is never asked").isEqualTo(303);
        }
        int due = review.html().select(".due").text().isEmpty() ? 0 : server.reviews.queue(learner.id()).due().size();
        assertThat(due).isEqualTo(attempt.size() - changed.size());

        assertThat(c.post("/review/notices").location()).isEqualTo("/review");
        assertThat(c.get("/review").text()).doesNotContain("Questions that changed");
    }
}
