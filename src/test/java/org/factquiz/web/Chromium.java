package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven by Selenium through Debian's chromedriver (named explicitly:
 * Selenium Manager never runs, nothing is downloaded), with axe-core's WCAG 2.2 AA rules and a
 * screenshot of every page checked, under target/screenshots. One per browser test class.
 */
final class Chromium implements AutoCloseable {
    static final Path SHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private final ChromeDriver driver;
    private final List<String> violations = new ArrayList<>();

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser with its profile in {@code profile}, its pages in US English unless a page says otherwise. */
    static Chromium start(Path profile) throws IOException {
        Files.createDirectories(SHOTS);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1024,900",
                "--user-data-dir=" + profile.toAbsolutePath(), "--lang=en-US");
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Chromium(driver);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** axe-core on the page (WCAG 2.2 AA rules), and a screenshot for review; fails on a violation. */
    void check(String name) {
        try {
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        for (Rule rule : results.getViolations()) {
            violations.add(name + ": " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream()
                    .map(n -> n.getTarget().toString()).toList());
        }
        assertThat(results.getViolations()).as(name + ": " + violations).isEmpty();
    }

    /** Answers the question on the page with the keyboard: right or wrong, then submits. */
    void answer(Question q, Language l, boolean right) {
        Question.Answer a = q.answer();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                String target = right ? a.choices().get(0) : AnswerFields.wrongChoice(q);
                int index = q.choices().stream().map(Question.Choice::id).toList().indexOf(target);
                WebElement first = driver.findElement(By.id("answer-" + q.choices().get(0).id()));
                focus(first);
                first.sendKeys(Keys.SPACE);
                for (int i = 0; i < index; i++) {
                    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
                }
            }
            case MULTIPLE_RESPONSE -> {
                List<String> ticks = right ? a.choices() : List.of(AnswerFields.wrongChoice(q));
                for (String letter : ticks) {
                    press(driver.findElement(By.id("answer-" + letter)), Keys.SPACE);
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
                    WebElement select = driver.findElement(By.id("answer-" + item));
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

    private int indexOfValue(WebElement select, String value) {
        List<WebElement> options = select.findElements(By.tagName("option"));
        for (int i = 0; i < options.size(); i++) {
            if (value.equals(options.get(i).getAttribute("value"))) {
                return i;
            }
        }
        throw new AssertionError("no option " + value);
    }

    WebElement submitButton() {
        return driver.findElement(By.cssSelector("main form button[type=submit]"));
    }

    WebElement link(String href) {
        return driver.findElement(By.cssSelector("a[href='" + href + "']"));
    }

    /** Moves the focus with Tab alone until it is on {@code target}: proves it can be reached by keyboard. */
    void focus(WebElement target) {
        for (int i = 0; i < 80; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (active.equals(target)) {
                return;
            }
            active.sendKeys(Keys.TAB);
        }
        throw new AssertionError("Tab never reaches " + target.getTagName() + " " + target.getAttribute("id"));
    }

    void press(WebElement target, CharSequence key) {
        focus(target);
        boolean loads = key == Keys.ENTER && List.of("a", "button").contains(target.getTagName());
        WebElement page = loads ? driver.findElement(By.tagName("html")) : null;
        target.sendKeys(key);
        if (page != null) {
            // Enter on a link or a button loads the next page: wait for it, so that what comes next (a
            // check, a screenshot) looks at that page, not at one the browser is leaving.
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.stalenessOf(page));
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "complete".equals(
                    ((JavascriptExecutor) d).executeScript("return document.readyState")));
        }
    }

    void type(By field, String text) {
        WebElement input = driver.findElement(field);
        focus(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, text);
    }

    /** Every violation any check found. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
