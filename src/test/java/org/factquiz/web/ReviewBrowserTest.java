package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Attempt;
import org.factquiz.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Spaced review and the teacher's pages in a real browser (Debian's headless Chromium), with the
 * keyboard: a learner answers a quiz and rates an answer Easy; the clock moves a day; the start
 * page counts the due questions and the review page asks them; a learner gets 403 on the teacher
 * pages; a teacher sees the statistics and the charts, in English and German. axe-core checks
 * every page for WCAG 2.2 AA; screenshots go to target/screenshots. One browser, one server.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewBrowserTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static MovableClock clock;
    static QuizServer server;
    static Chromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        clock = new MovableClock(MONDAY);
        server = QuizServer.start(Path.of("facts"), data, clock);
        assertThat(server.accounts.create("Frau Berger", "the teacher's password", Role.TEACHER).user()).isPresent();
        chromium = Chromium.start(profile);
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        server.close();
    }

    @Test
    @Order(1)
    void aLearnerAnswersAndADayLaterTheReviewPageShowsTheDueQuestions() {
        browser.get(server.url("/sign-up"));
        chromium.type(By.id("name"), "Review Learner");
        chromium.type(By.id("password"), "a long password");
        chromium.type(By.id("confirmation"), "a long password");
        chromium.press(browser.findElement(By.cssSelector("main button[type=submit]")), Keys.ENTER);
        WebElement count = browser.findElement(By.id("count"));
        chromium.focus(count);
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3");
        chromium.press(browser.findElement(By.cssSelector("form.start button[type=submit]")), Keys.ENTER);
        Attempt attempt = server.attemptOf(browser.getCurrentUrl());

        for (int p = 1; p <= 3; p++) {
            Question q = server.question(attempt, p);
            chromium.answer(q, Language.EN, p != 2);
            if (p == 1) {
                assertThat(browser.findElements(By.cssSelector("form.ratings button"))).hasSize(4);
                chromium.check("review-quiz-feedback-rating-en");
                chromium.press(browser.findElement(By.cssSelector("form.ratings button[value=easy]")), Keys.ENTER);
                assertThat(browser.findElement(By.cssSelector(".rating [role=status]")).getText())
                        .startsWith("Saved: Easy. This question comes back in");
                chromium.check("review-quiz-feedback-rated-en");
            }
            if (p == 2) {
                assertThat(browser.findElement(By.cssSelector(".rating")).getText())
                        .contains("You will see this question again in one minute.");
                chromium.check("review-quiz-feedback-wrong-en");
            }
            chromium.press(browser.findElement(By.cssSelector("main a.button")), Keys.ENTER);
        }
        chromium.press(chromium.link("/review"), Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".due")).getText()).isEqualTo("Nothing is due now.");
        chromium.check("review-nothing-due-en");

        clock.advance(Duration.ofDays(1));
        browser.get(server.url("/sign-in"));
        chromium.type(By.id("name"), "Review Learner");
        chromium.type(By.id("password"), "a long password");
        chromium.press(browser.findElement(By.cssSelector("main button[type=submit]")), Keys.ENTER);
        browser.get(server.url("/"));
        assertThat(browser.findElement(By.cssSelector(".review-due")).getText())
                .contains("2 questions are due for review.");
        chromium.check("start-review-due-en");
        chromium.press(browser.findElement(By.cssSelector(".review-due a")), Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".due")).getText()).isEqualTo("2 questions are due for review.");
        chromium.check("review-due-en");

        chromium.press(browser.findElement(By.cssSelector("main a.button")), Keys.ENTER);
        String questionId = browser.getCurrentUrl().replaceAll(".*/review/cards/", "");
        assertThat(questionId).isIn(attempt.questionIds().get(1), attempt.questionIds().get(2));
        chromium.check("review-question-en");
        Question q = server.catalog.current().question(questionId).orElseThrow();
        chromium.answer(q, Language.EN, true);
        assertThat(browser.findElement(By.cssSelector("[role=status][aria-live=polite]")).getText()).startsWith("Right.");
        assertThat(browser.findElements(By.cssSelector("form.ratings button"))).hasSize(4);
        chromium.check("review-feedback-en");
        assertThat(browser.findElement(By.cssSelector("main a.button")).getText()).isEqualTo("Next question due");
    }

    @Test
    @Order(2)
    void aLearnerGets403OnTheTeacherPages() {
        browser.get(server.url("/teacher"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Only for teachers");
        chromium.check("teacher-forbidden-en");
        browser.get(server.url("/teacher/questions"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Only for teachers");
    }

    @Test
    @Order(3)
    void aTeacherSeesTheStatisticsAndTheCharts() {
        browser.get(server.url("/"));
        chromium.press(browser.findElement(By.cssSelector("header button.link")), Keys.ENTER);
        browser.get(server.url("/sign-in"));
        chromium.type(By.id("name"), "Frau Berger");
        chromium.type(By.id("password"), "the teacher's password");
        chromium.press(browser.findElement(By.cssSelector("main button[type=submit]")), Keys.ENTER);
        chromium.press(chromium.link("/teacher"), Keys.ENTER);
        WebElement scores = browser.findElement(By.cssSelector("svg#class-scores"));
        assertThat(scores.isDisplayed()).isTrue();
        assertThat(scores.getSize().getWidth()).isGreaterThan(300);
        assertThat(browser.findElement(By.cssSelector("#learners tbody")).getText()).contains("Review Learner");
        chromium.check("teacher-class-en");

        chromium.press(chromium.link("/teacher/questions"), Keys.ENTER);
        WebElement scatter = browser.findElement(By.cssSelector("svg#item-chart"));
        assertThat(scatter.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#item-statistics tbody tr")))
                .hasSize(server.catalog.current().questions().size());
        chromium.check("teacher-questions-en");

        browser.get(server.url("/teacher"));
        chromium.press(browser.findElement(By.cssSelector("#learners tbody a")), Keys.ENTER);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Learner: Review Learner");
        assertThat(browser.findElements(By.cssSelector("#cards tbody tr"))).hasSize(3);
        chromium.check("teacher-learner-en");

        chromium.press(browser.findElement(By.cssSelector("a[hreflang=de]")), Keys.ENTER);
        browser.get(server.url("/teacher"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Die Klasse");
        chromium.check("teacher-class-de");
        browser.get(server.url("/teacher/questions"));
        assertThat(browser.findElement(By.cssSelector("svg#item-chart title")).getAttribute("textContent"))
                .isEqualTo("Schwierigkeit und Trennschärfe der Fragen");
        chromium.check("teacher-questions-de");
        browser.get(server.url("/review"));
        chromium.check("review-de");
    }

    @Test
    @Order(4)
    void noPageHasAnAccessibilityViolation() {
        assertThat(chromium.violations()).isEmpty();
    }
}
