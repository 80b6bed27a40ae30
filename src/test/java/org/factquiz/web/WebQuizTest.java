package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Attempt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web quiz over HTTP, as a browser without JavaScript (or an attacker) talks to it. One server for the class. */
class WebQuizTest {
    @TempDir
    static Path data;
    static QuizServer server;

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(Path.of("facts"), data);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static WebClient client() {
        return new WebClient(server::url);
    }

    private static int learners;

    private static WebClient learner() {
        WebClient c = client();
        assertThat(c.signUp("learner " + (++learners), "correct horse battery").status()).isEqualTo(303);
        return c;
    }

    @Test
    void everyPageCarriesTheSecurityHeadersAndAHttpOnlyLaxCookie() {
        WebClient.Page start = client().get("/");

        assertThat(start.status()).isEqualTo(200);
        assertThat(start.header("Content-Type")).containsIgnoringCase("text/html").containsIgnoringCase("charset=utf-8");
        String csp = start.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'", "form-action 'self'")
                .doesNotContain("unsafe-inline", "script-src");
        assertThat(start.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(start.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(start.header("Set-Cookie")).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(start.html().select("script")).isEmpty();
        WebClient.Page missing = client().get("/no/such/page");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Security-Policy")).isEqualTo(csp);
        assertThat(missing.html().title()).as("our page, not the framework's plain text").startsWith("Page not found");
        assertThat(missing.html().select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void aPostWithoutTheFormTokenChangesNothing() {
        WebClient c = client();
        c.get("/sign-up");

        WebClient.Page forged = c.postRaw("/sign-up", "name", "Mallory", "password", "12345678", "confirmation", "12345678");
        WebClient.Page wrongToken = c.postRaw("/sign-up", "csrf", "x" + c.csrf(), "name", "Mallory", "password", "12345678",
                "confirmation", "12345678");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(forged.text()).contains("The form has expired");
        assertThat(server.store.userByName("mallory")).isEmpty();
    }

    @Test
    void anotherLearnersAttemptIsNotFound() {
        WebClient anna = learner();
        String first = anna.startQuiz("en", 3);
        Attempt attempt = server.attemptOf(first);
        Question q = server.question(attempt, 1);
        WebClient other = learner();

        assertThat(other.get(first).status()).isEqualTo(404);
        assertThat(other.get(first + "/feedback").status()).isEqualTo(404);
        assertThat(other.get("/attempts/" + attempt.id() + "/result").status()).isEqualTo(404);
        other.get("/");
        assertThat(other.post(first, AnswerFields.right(q, Language.EN)).status()).isEqualTo(404);
        assertThat(client().get(first).status()).as("nor to a visitor without an account").isEqualTo(404);
        assertThat(server.answers(attempt)).isEmpty();
        assertThat(anna.get(first).status()).isEqualTo(200);
    }

    @Test
    void aMissingAnswerShowsTheQuestionAgainWithAnErrorSummary() {
        WebClient c = learner();
        String first = c.startQuiz("de", 2);
        c.get(first);

        WebClient.Page again = c.post(first);

        assertThat(again.status()).isEqualTo(422);
        assertThat(again.html().title()).startsWith("Es gibt ein Problem");
        assertThat(again.html().select(".error-summary[role=alert] a").attr("href")).startsWith("#answer");
        String target = again.html().select(".error-summary a").attr("href").substring(1);
        assertThat(again.html().getElementById(target)).as("the summary links to a field of the form").isNotNull();
        assertThat(again.html().select("fieldset legend").text()).isNotBlank();
        assertThat(server.answers(server.attemptOf(first))).isEmpty();
    }

    @Test
    void aMalformedRequestIs400WithNoTraceAndNoErrorLogged() {
        WebClient c = learner();
        String first = c.startQuiz("en", 2);
        c.get(first);
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        List<WebClient.Page> pages;
        try {
            pages = List.of(
                    c.post(first, "choice", "zz", "number", "1", "text", "x"),
                    c.postBody(first, "application/json", "{\"choice\": \"a\"}"),
                    c.post("/attempts", "language", "xx", "count", "3"),
                    c.post("/attempts", "language", "en", "count", "3", "topic", "<b>no such topic</b>"));
        } finally {
            System.setErr(err);
        }
        Attempt attempt = server.attemptOf(first);

        assertThat(pages).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.response().body()).doesNotContain("Exception", "at org.", "at io.", "<b>");
        });
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("ERROR", "Exception");
        assertThat(c.get("/attempts/" + attempt.id() + "/questions/abc").status()).isEqualTo(404);
        assertThat(c.get("/attempts/" + attempt.id() + "/questions/99").status()).isEqualTo(404);
        assertThat(server.answers(attempt)).isEmpty();
    }

    @Test
    void aDoubleSubmitCountsOnceAndTheFirstAnswerStays() {
        WebClient c = learner();
        String first = c.startQuiz("en", 3);
        Attempt attempt = server.attemptOf(first);
        Question q = server.question(attempt, 1);
        c.get(first);

        WebClient.Page once = c.post(first, AnswerFields.right(q, Language.EN));
        WebClient.Page twice = c.post(first, AnswerFields.wrong(q, Language.EN));

        assertThat(once.status()).isEqualTo(303);
        assertThat(once.location()).endsWith("/questions/1/feedback");
        assertThat(twice.location()).endsWith("/questions/1/feedback?again");
        assertThat(server.answers(attempt)).singleElement().satisfies(a -> assertThat(a.correct()).isTrue());
        WebClient.Page feedback = c.get(twice.location());
        assertThat(feedback.html().select("[role=status]").text()).contains("Right.", "your first answer counts");
        assertThat(c.get(first).location()).as("an answered question leads to its feedback").endsWith("/feedback");
    }

    @Test
    void theFeedbackQuotesTheSourceAndTheResultScoresPerTopic() {
        WebClient c = learner();
        String first = c.startQuiz("en", 3);
        Attempt attempt = server.attemptOf(first);
        for (int p = 1; p <= 3; p++) {
            Question q = server.question(attempt, p);
            String path = "/attempts/" + attempt.id() + "/questions/" + p;
            c.get(path);
            WebClient.Page feedback = c.open(c.post(path, p == 2 ? AnswerFields.wrong(q, Language.EN)
                    : AnswerFields.right(q, Language.EN)).location());
            assertThat(feedback.html().select(".verdict[role=status][aria-live=polite]").text())
                    .isEqualTo(p == 2 ? "Wrong." : "Right.");
            assertThat(feedback.html().select("blockquote").text()).contains(q.sources().get(0).text());
            Question.Source source = q.sources().get(0);
            assertThat(feedback.html().select("figcaption a").eachAttr("href")).as("each quote links to its sentence")
                    .contains("/article#" + source.document() + "-sentence-" + source.sentence());
            assertThat(feedback.html().select("blockquote").attr("lang")).isEqualTo("de");
        }
        WebClient.Page result = c.open("/attempts/" + attempt.id());

        assertThat(result.html().select(".total").text()).isEqualTo("2 of 3 right");
        List<String> topics = attempt.questionIds().stream().map(id -> server.question(attempt,
                attempt.questionIds().indexOf(id) + 1).topic()).distinct().sorted().map(id -> server.catalog.topicName(id, Language.EN)).toList();
        assertThat(result.html().select("tbody th").eachText()).as("topics by their names in the quiz's language")
                .containsExactlyElementsOf(topics);
        assertThat(result.html().select(".reread blockquote").text())
                .contains(server.question(attempt, 2).sources().get(0).text());
        assertThat(server.store.attempt(attempt.id()).orElseThrow().finished()).isTrue();
    }

    @Test
    void aGuestWhoSignsUpKeepsTheirAnswers() {
        WebClient c = client();
        String first = c.startQuiz("en", 2);
        Attempt attempt = server.attemptOf(first);
        c.get(first);
        c.post(first, AnswerFields.right(server.question(attempt, 1), Language.EN));

        assertThat(c.get("/").text()).contains("Guest");
        assertThat(c.signUp("Former Guest", "a long password").status()).isEqualTo(303);
        WebClient.Page progress = c.get("/progress");
        assertThat(progress.html().select("tbody tr")).hasSize(1);
        assertThat(progress.text()).contains("1 of 1 right", "1 of 2 answered");
        assertThat(server.store.user(attempt.userId()).orElseThrow().name()).isEqualTo("Former Guest");
    }

    @Test
    void signingInAgainFindsTheProgressAndWrongPasswordsAreRateLimited() {
        WebClient first = client();
        first.signUp("Rate Limited", "the right password");
        first.startQuiz("en", 1);

        WebClient other = client();
        other.get("/sign-in");
        for (int i = 0; i < 5; i++) {
            WebClient.Page wrong = other.post("/sign-in", "name", "rate limited", "password", "wrong " + i);
            assertThat(wrong.status()).isEqualTo(422);
            assertThat(wrong.html().select(".error-summary").text()).contains("The name or the password is wrong.");
        }
        WebClient.Page limited = other.post("/sign-in", "name", "Rate Limited", "password", "the right password");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.text()).contains("Too many wrong tries");

        WebClient fresh = client();
        fresh.get("/sign-in");
        WebClient.Page elsewhere = fresh.post("/sign-in", "name", "Someone Else", "password", "whatever pw");
        assertThat(elsewhere.status()).as("other names are not locked").isEqualTo(422);
        WebClient.Page signedIn = client().open("/sign-up");
        assertThat(signedIn.status()).isEqualTo(200);
    }

    @Test
    void thePagesSpeakBothLanguages() {
        WebClient c = client();
        WebClient.Page english = c.get("/");
        WebClient.Page german = c.open("/language/de?back=/article");

        assertThat(english.html().select("html").attr("lang")).isEqualTo("en");
        assertThat(english.html().select("h1").text()).isEqualTo("A quiz on the article");
        assertThat(german.html().select("html").attr("lang")).isEqualTo("de");
        assertThat(german.html().select("h1").text()).isEqualTo("Der Artikel");
        assertThat(german.html().select("#bytedance-ki-sentence-1").text()).startsWith("Der TikTok-Eigentümer ByteDance");
        assertThat(c.get("/language/de?back=//evil.example/").location()).isEqualTo("/");
    }

    @Test
    void topicsAreNamedInTheLearnersLanguageAsTheVocabularyNamesThem() {
        WebClient c = client();

        assertThat(c.get("/").html().select("label[for=topic-products]").text()).isEqualTo("Products");
        assertThat(c.open("/language/de?back=/").html().select("label[for=topic-products]").text()).isEqualTo("Produkte");
    }

    @Test
    void noEndpointTakesFactsOrRules() {
        WebClient c = client();
        c.get("/");
        for (String path : List.of("/facts", "/rules", "/facts/entities.yaml", "/admin", "/upload")) {
            assertThat(c.post(path, "file", "rule \"x\" when then end").status()).as(path).isEqualTo(404);
            assertThat(c.get(path).status()).as(path).isEqualTo(404);
        }
    }

    /**
     * A class answering at once: SQLite lets one writer in at a time, and the store queues its
     * writers rather than letting them fail with "database is locked". Every answer of every
     * learner lands, each counted once, with no error page and nothing at ERROR in the log.
     */
    @Test
    void concurrentAnswersFromManyLearnersAllLand() throws Exception {
        int learners = 24;
        int questions = 3;
        List<WebClient> clients = new ArrayList<>();
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < learners; i++) {
            WebClient c = client();
            attempts.add(server.attemptOf(c.startQuiz("en", questions)));
            clients.add(c);
        }
        PrintStream err = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        try {
            for (int p = 1; p <= questions; p++) {
                int position = p;
                CyclicBarrier together = new CyclicBarrier(learners);
                List<Future<?>> answered = new ArrayList<>();
                for (int i = 0; i < learners; i++) {
                    WebClient c = clients.get(i);
                    Attempt attempt = attempts.get(i);
                    String path = "/attempts/" + attempt.id() + "/questions/" + position;
                    answered.add(pool.submit(() -> {
                        c.get(path);
                        together.await(30, TimeUnit.SECONDS);
                        WebClient.Page sent = c.post(path, AnswerFields.right(server.question(attempt, position), Language.EN));
                        statuses.add(sent.status());
                        statuses.add(c.get(sent.location()).status());
                        return null;
                    }));
                }
                for (Future<?> f : answered) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
            System.setErr(err);
        }

        assertThat(statuses).hasSize(learners * questions * 2).containsOnly(303, 200);
        assertThat(attempts).allSatisfy(a -> assertThat(server.answers(a)).hasSize(questions)
                .allSatisfy(answer -> assertThat(answer.correct()).isTrue()));
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("ERROR", "database is locked", "SQLITE_BUSY");
    }
}
