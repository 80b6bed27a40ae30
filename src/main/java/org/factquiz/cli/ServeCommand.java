package org.factquiz.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.Attempts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.learning.ClassReports;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.learning.Reviews;
import org.factquiz.learning.SignInLimiter;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.store.Database;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.store.JdbcStore;
import org.factquiz.web.Services;
import org.factquiz.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factquiz serve}: the web quiz for a class, on SQLite in a data folder or on PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the verified quiz to learners' browsers, keeping every answer in a database.",
            "Binds 127.0.0.1 unless told otherwise; stops with Ctrl-C. Facts edited while it runs are used for new quizzes;",
            "rules are read once, at start. Exit 2: facts, rules or database unusable (one line per problem)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 takes a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for a class on the network).")
    String bind;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--retention", paramLabel = "R", defaultValue = "0.9",
            description = "Desired retention of spaced review: the chance of recall a review is scheduled at, for "
                    + "learners who chose none themselves (default: ${DEFAULT-VALUE}; one of 0.8, 0.85, 0.9, 0.93, 0.95, 0.97).")
    double retention;

    @Option(names = "--behind-proxy",
            description = "A proxy in front terminates TLS: cookies are marked Secure, X-Forwarded-For names the client.")
    boolean behindProxy;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535");
        }
        if (!Reviews.RETENTIONS.contains(retention)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--retention must be one of "
                    + Reviews.RETENTIONS + ", not " + retention);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Knowledge loaded = knowledge.load();
        // Checked at start, with the facts' own phrases, as validate checks them.
        PhraseBookLoader.load(knowledge.rules.resolve("language"), loaded.facts());
        var templates = QuestionTemplatesLoader.load(knowledge.rules.resolve("quiz").resolve("questions.yaml"));
        Database opened;
        try {
            opened = database.open();
        } catch (RuntimeException | IOException e) {
            err.println("factquiz serve: cannot open the database " + database.shown() + ": " + rootMessage(e));
            return ExitCodes.BAD_INPUT;
        }
        JdbcStore store = new JdbcStore(opened);
        Clock clock = Clock.systemUTC();
        SecureRandom seeds = new SecureRandom();
        Path language = knowledge.rules.resolve("language");
        QuizCatalog catalog = new QuizCatalog(knowledge.facts, loaded.facts(), loaded.rules(), RuleBase.read(knowledge.rules),
                facts -> PhraseBookLoader.load(language, facts), templates, store, clock);
        BrowserSessions sessions = new BrowserSessions(store, clock);
        Accounts accounts = new Accounts(store, clock, new SignInLimiter(5, 50, Duration.ofMinutes(15), clock));
        Reviews reviews = new Reviews(catalog, store, clock, retention);
        Services services = new Services(catalog, new Attempts(catalog, store, reviews, clock, seeds::nextLong), accounts,
                sessions, reviews,
                new ClassReports(catalog, store, reviews, clock, ZoneId.systemDefault(), FlagThresholds.DEFAULT), clock,
                ZoneId.systemDefault());
        WebServer server = new WebServer(services, new WebServer.Settings(bind, port, behindProxy));
        int listening;
        try {
            listening = server.start();
        } catch (RuntimeException e) {
            store.close();
            err.println("factquiz serve: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
            return ExitCodes.BAD_INPUT;
        }
        ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "factquiz-sessions");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(sessions::expire, 1, 60, TimeUnit.MINUTES);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            housekeeping.shutdownNow();
            server.close();
            store.close();
            stopped.countDown();
        }, "factquiz-stop"));

        boolean everywhere = isWildcard(bind);
        out.println("factquiz serve: http://" + (everywhere ? "127.0.0.1" : hostForUrl(bind)) + ":" + listening + "/"
                + (everywhere ? "  (and on every address of this machine)" : ""));
        out.println("  article: " + catalog.articles().stream().map(a -> a.title()).toList() + ", "
                + catalog.current().questions().size() + " verified questions");
        out.println("  data: " + (database.db != null ? opened.url()
                : database.data.toAbsolutePath().normalize().resolve("factquiz.db") + " (SQLite, WAL)"));
        out.println("  stop with Ctrl-C");
        out.flush();
        if (!isLoopback(bind)) {
            err.println("factquiz serve: warning: listening on " + bind + " over plain HTTP, without TLS: names, passwords"
                    + " and session cookies cross the network unencrypted. On anything but a trusted classroom network,"
                    + " put a TLS proxy in front and pass --behind-proxy.");
            err.flush();
        }
        stopped.await();
        return ExitCodes.OK;
    }

    private static boolean isWildcard(String address) {
        return address.equals("0.0.0.0") || address.equals("::") || address.equals("[::]");
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }

    private static String hostForUrl(String address) {
        return address.contains(":") && !address.startsWith("[") ? "[" + address + "]" : address;
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
