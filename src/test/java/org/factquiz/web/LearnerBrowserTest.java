package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A learner in a real browser (Debian's headless Chromium), with the keyboard alone: signs up,
 * takes a five-question quiz, sees feedback and the score, reloads and goes back without counting
 * twice, signs in again and finds the progress; then a German quiz with every question type. Every
 * page is checked by axe-core for WCAG 2.2 AA and photographed into target/screenshots.
 * One browser and one server for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnerBrowserTest {
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    @TempDir
    static Path data;
    @TempDir
    static Path profile;
    static QuizServer server;
    static ChromeDriver browser;
    static final List<String> violations = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(Path.of("facts"), data);
        Files.createDirectories(SHOTS);
        // The driver and browser are Debian's, named explicitly: Selenium Manager never runs, nothing is downloaded.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1024,900",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-US");
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
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
        WebElement count = browser.findElement(By.id("count"));
        focus(count);
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), "7");
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
            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .startsWith(p % 2 == 1 ? "Richtig." : "Falsch.");
            check("feedback-" + q.type().label() + "-de");
            press(browser.findElement(By.cssSelector("main a.button")), Keys.ENTER);
        }
        assertThat(types).containsExactlyInAnyOrder(QuestionType.values());
        assertThat(browser.findElement(By.cssSelector(".total")).getText()).isEqualTo("4 von 7 richtig");
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
        assertThat(violations).isEmpty();
    }

    /** Answers the question on the page with the keyboard: right or wrong, then submits. */
    private static void answer(Question q, Language l, boolean right) {
        Question.Answer a = q.answer();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                String target = right ? a.choices().get(0) : AnswerFields.wrongChoice(q);
                int index = q.choices().stream().map(Question.Choice::id).toList().indexOf(target);
                WebElement first = browser.findElement(By.id("answer-" + q.choices().get(0).id()));
                focus(first);
                first.sendKeys(Keys.SPACE);
                for (int i = 0; i < index; i++) {
                    browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
                }
            }
            case MULTIPLE_RESPONSE -> {
                List<String> ticks = right ? a.choices() : List.of(AnswerFields.wrongChoice(q));
                for (String letter : ticks) {
                    press(browser.findElement(By.id("answer-" + letter)), Keys.SPACE);
                }
            }
            case NUMERIC, CLOZE -> {
                String[] fields = right ? AnswerFields.right(q, l) : AnswerFields.wrong(q, l);
                type(By.id("answer"), fields[1]);
            }
            case ORDERING, MATCHING -> {
                String[] fields = right ? AnswerFields.right(q, l) : AnswerFields.wrong(q, l);
                for (int i = 0; i + 1 < fields.length; i += 2) {
                    String item = fields[i].substring(fields[i].indexOf('-') + 1);
                    WebElement select = browser.findElement(By.id("answer-" + item));
                    int index = indexOfValue(select, fields[i + 1]);
                    focus(select);
                    for (int k = 0; k < index; k++) {
                        select.sendKeys(Keys.ARROW_DOWN);
                    }
                }
            }
        }
        press(submitButton(), Keys.ENTER);
    }

    private static int indexOfValue(WebElement select, String value) {
        List<WebElement> options = select.findElements(By.tagName("option"));
        for (int i = 0; i < options.size(); i++) {
            if (value.equals(options.get(i).getAttribute("value"))) {
                return i;
            }
        }
        throw new AssertionError("no option " + value);
    }

    private static WebElement submitButton() {
        return browser.findElement(By.cssSelector("main form button[type=submit]"));
    }

    private static WebElement link(String href) {
        return browser.findElement(By.cssSelector("a[href='" + href + "']"));
    }

    /** Moves the focus with Tab alone until it is on {@code target}: proves it can be reached by keyboard. */
    private static void focus(WebElement target) {
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.switchTo().activeElement();
            if (active.equals(target)) {
                return;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + target.getTagName() + " " + target.getAttribute("id"));
    }

    private static void press(WebElement target, CharSequence key) {
        focus(target);
        target.sendKeys(key);
    }

    private static void type(By field, String text) {
        WebElement input = browser.findElement(field);
        focus(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
    }

    /** axe-core on the page (WCAG 2.2 AA rules), and a screenshot for review. */
    private static void check(String name) {
        try {
            File shot = browser.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Results results = new AxeBuilder().withTags(WCAG).analyze(browser);
        for (Rule rule : results.getViolations()) {
            violations.add(name + ": " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream()
                    .map(n -> n.getTarget().toString()).toList());
        }
        assertThat(results.getViolations()).as(name + ": " + violations).isEmpty();
    }
}
