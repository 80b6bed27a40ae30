package org.factquiz.web;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.factquiz.engine.RuleBase;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.Attempts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.learning.ClassReports;
import org.factquiz.learning.QuestionSet;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.Reviews;
import org.factquiz.learning.SignInLimiter;
import org.factquiz.learning.TakenAttempt;
import org.factquiz.load.FactsLoader;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.ShippedQuiz;
import org.factquiz.store.Attempt;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.store.JdbcStore;
import org.factquiz.store.TestDatabases;

/**
 * The web quiz in the test's JVM, on an ephemeral port and a fresh SQLite file, with the shipped
 * rules (compiled once per JVM) over a given facts folder. Tests look into its store and question
 * sets to know which answers are right.
 */
final class QuizServer implements AutoCloseable {
    final JdbcStore store;
    final QuizCatalog catalog;
    final Attempts attempts;
    final Reviews reviews;
    final Accounts accounts;
    final WebServer server;
    final int port;

    private QuizServer(Path facts, Path data, Clock clock, RuleBase rules, Path rulesFolder) throws Exception {
        java.nio.file.Files.createDirectories(data);
        store = new JdbcStore(TestDatabases.sqlite(data));
        catalog = new QuizCatalog(facts, FactsLoader.load(facts), rules, RuleBase.read(rulesFolder),
                f -> org.factquiz.load.PhraseBookLoader.load(rulesFolder.resolve("language"), f), ShippedQuiz.templates(),
                store, clock);
        BrowserSessions sessions = new BrowserSessions(store, clock);
        accounts = new Accounts(store, clock, new SignInLimiter(5, 50, Duration.ofMinutes(15), clock));
        reviews = new Reviews(catalog, store, clock, 0.9);
        attempts = new Attempts(catalog, store, reviews, clock, new Random(7)::nextLong);
        server = new WebServer(new Services(catalog, attempts, accounts, sessions, reviews,
                new ClassReports(catalog, store, reviews, clock, ZoneId.systemDefault(), FlagThresholds.DEFAULT), clock,
                ZoneId.systemDefault()),
                new WebServer.Settings("127.0.0.1", 0, false));
        port = server.start();
    }

    static QuizServer start(Path facts, Path data) throws Exception {
        return start(facts, data, Clock.systemUTC());
    }

    /** The server on a clock the test moves. */
    static QuizServer start(Path facts, Path data, Clock clock) throws Exception {
        return new QuizServer(facts, data, clock, ShippedQuiz.knowledge().rules(), Path.of("rules"));
    }

    /** The server with rules of the test's own, compiled from {@code rulesFolder}. */
    static QuizServer start(Path facts, Path data, RuleBase rules, Path rulesFolder) throws Exception {
        return new QuizServer(facts, data, Clock.systemUTC(), rules, rulesFolder);
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** The attempt a page of it belongs to, from its address: /attempts/ID/... */
    Attempt attemptOf(String address) {
        String id = address.replaceAll(".*/attempts/([^/?#]+).*", "$1");
        return store.attempt(id).orElseThrow(() -> new AssertionError("no attempt in " + address));
    }

    TakenAttempt taken(Attempt a) {
        return attempts.find(a.id(), a.userId()).orElseThrow();
    }

    Question question(Attempt a, int position) {
        QuestionSet set = catalog.version(a.questionSet()).orElseThrow();
        return set.question(a.questionIds().get(position - 1)).orElseThrow();
    }

    List<org.factquiz.store.Answer> answers(Attempt a) {
        return store.answers(a.id());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
