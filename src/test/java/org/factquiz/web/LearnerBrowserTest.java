package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.factquiz.store.Attempt;
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
 * A learner in a real browser (Debian's headless Chromium), with the keyboard alone: signs up,
 * takes a five-question quiz, sees feedback and the score, reloads and goes back without counting
 * twice, signs in again and finds the progress; then a German quiz with every question type. Every
 * page is checked by axe-core for WCAG 2.2 AA and photographed into target/screenshots.
 * One browser and one server for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnerBrowserTest {
    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static QuizServer server;
    static Chromium chromium;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(Path.of("facts"), data);
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
    void aLearnerSignsUpAndTakesAFiveQuestionQuizWithTheKeyboardAlone() {
        browser.get(server.url("/"));
        check("start-en");
        press(link("/sign-up"), Keys.ENTER);
        check("sign-up-en");
        type(By.id("name"), "Keyboard Learner");
        type(By.id("password"), "a long password");
        type(By.id("confirmation"), "a long password");
        press(browser.findElement(By.cssSelector("main button[type=submit]")), Keys.ENTER);

        WebElement count = browser.findElement(By.id("count"));
        focus(count);
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "5");
        press(browser.findElement(By.cssSelector("form.start button[type=submit]")), Keys.ENTER);
        Attempt attempt = server.attemptOf(browser.getCurrentUrl());
        assertThat(attempt.size()).isEqualTo(5);

        press(submitButton(), Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".error-summary[role=alert]")).getText()).contains("There is a problem");
        check("question-missing-answer-en");

        for (int p = 1; p <= 5; p++) {
            Question q = server.question(attempt, p);
            if (p > 1) {
                check("question-" + q.type().label() + "-en");
            }
            answer(q, Language.EN, p != 3);
            String verdict = browser.findElement(By.cssSelector("[role=status][aria-live=polite]")).getText();
            assertThat(verdict).startsWith(p != 3 ? "Right." : "Wrong.");
            check("feedback-" + (p != 3 ? "right" : "wrong") + "-en-" + p);
            if (p == 2) {
                browser.navigate().refresh();
                browser.navigate().back();
                browser.navigate().forward();
                assertThat(server.answers(attempt)).as("reload and back never answer again").hasSize(2);
            }
            press(browser.findElement(By.cssSelector("main a.button")), Keys.ENTER);
        }

        assertThat(browser.findElement(By.cssSelector(".total")).getText()).isEqualTo("4 of 5 right");
        assertThat(browser.findElements(By.cssSelector(".reread > li"))).hasSize(1);
        check("result-en");
        browser.navigate().back();
        browser.navigate().refresh();
        assertThat(server.answers(attempt)).hasSize(5);
        assertThat(server.answers(attempt).stream().filter(a -> a.correct()).count()).isEqualTo(4);
    }

    @Test
    @Order(2)
    void signingInAgainFindsTheProgress() {
        browser.get(server.url("/"));
        press(browser.findElement(By.cssSelector("header button.link")), Keys.ENTER);
        press(link("/sign-in"), Keys.ENTER);
        type(By.id("name"), "keyboard learner");
        type(By.id("password"), "wrong password");
        press(browser.findElement(By.cssSelector("main button[type=submit]")), Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("wrong");
        check("sign-in-error-en");
        type(By.id("password"), "a long password");
        press(browser.findElement(By.cssSelector("main button[type=submit]")), Keys.ENTER);

        press(link("/progress"), Keys.ENTER);
        assertThat(browser.findElement(By.cssSelector("tbody")).getText()).contains("4 of 5 right", "done");
        check("progress-en");
        press(link("/article"), Keys.ENTER);
        check("article-en");
    }

    @Test
    @Order(3)
    void aGermanQuizWithEveryQuestionTypeIsAccessibleToo() {
        browser.get(server.url("/"));
        press(browser.findElement(By.cssSelector("a[hreflang=de]")), Keys.ENTER);
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
        check("start-de");
        assertThat(browser.findElement(By.id("language-de")).isSelected()).as("a German visitor's quiz is German").isTrue();
        // As many questions as the article gives types of question: the types are taken in turn.
        List<QuestionType> offered = server.catalog.current().questions().stream().map(Question::type).distinct().toList();
        WebElement count = browser.findElement(By.id("count"));
        focus(count);
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(offered.size()));
        press(browser.findElement(By.cssSelector("form.start button[type=submit]")), Keys.ENTER);
        Attempt attempt = server.attemptOf(browser.getCurrentUrl());
        assertThat(attempt.language()).isEqualTo(Language.DE);
        List<QuestionType> types = new ArrayList<>();
        for (int p = 1; p <= attempt.size(); p++) {
            Question q = server.question(attempt, p);
            types.add(q.type());
            check("question-" + q.type().label() + "-de");
            if (p == 1) {
                press(submitButton(), Keys.ENTER);
                assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Es gibt ein Problem");
                check("question-missing-answer-de");
            }
            answer(q, Language.DE, p % 2 == 1);
            assertThat(browser.findElement(By.cssSelector(".verdict[role=status]")).getText())
                    .startsWith(p % 2 == 1 ? "Richtig." : "Falsch.");
            check("feedback-" + q.type().label() + "-de");
            press(browser.findElement(By.cssSelector("main a.button")), Keys.ENTER);
        }
        assertThat(types).as("one question of every type the article gives").containsExactlyInAnyOrderElementsOf(offered)
                .hasSizeGreaterThanOrEqualTo(6);
        assertThat(browser.findElement(By.cssSelector(".total")).getText())
                .isEqualTo(((offered.size() + 1) / 2) + " von " + offered.size() + " richtig");
        check("result-de");
        browser.get(server.url("/sign-up"));
        check("sign-up-de");
        browser.get(server.url("/no-such-page"));
        check("not-found-de");
        browser.get(server.url("/article"));
        check("article-de");
        browser.get(server.url("/progress"));
        check("progress-de");
    }

    @Test
    @Order(4)
    void noPageHasAnAccessibilityViolation() {
        assertThat(chromium.violations()).isEmpty();
    }

    private static void answer(Question q, Language l, boolean right) {
        chromium.answer(q, l, right);
    }

    private static WebElement submitButton() {
        return chromium.submitButton();
    }

    private static WebElement link(String href) {
        return chromium.link(href);
    }

    private static void focus(WebElement target) {
        chromium.focus(target);
    }

    private static void press(WebElement target, CharSequence key) {
        chromium.press(target, key);
    }

    private static void type(By field, String text) {
        chromium.type(field, text);
    }

    /** axe-core on the page (WCAG 2.2 AA rules), and a screenshot for review. */
    private static void check(String name) {
        chromium.check(name);
    }
}
