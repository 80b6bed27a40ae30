package org.factquiz.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.factquiz.engine.SessionFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web quiz's HTTP server: every route in one place, with the security headers, the CSRF check
 * and the error pages around them. Handlers are thin; the services behind them know no HTTP.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    /**
     * No script at all, styles only from our stylesheet, forms only to us, never in a frame.
     * The pages work without JavaScript; none is sent.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** Form bodies are a few hundred bytes; anything much larger is not from our pages. */
    private static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final Javalin app;

    /** Where the server listens and whether a proxy in front of it terminates TLS. */
    public record Settings(String host, int port, boolean behindProxy) {
    }

    public WebServer(Services services, Settings settings) {
        Visitors visitors = new Visitors(services.sessions(), services.accounts(), settings.behindProxy());
        Pages pages = new Pages(visitors);
        ReviewPages review = new ReviewPages(pages, services.reviews(), services.catalog(), services.clock());
        TeacherPages teacher = new TeacherPages(pages, services.reports(), services.catalog(), services.zone());
        QuizPages quiz = new QuizPages(pages, services.catalog(), services.attempts(), services.accounts(),
                services.sessions(), services.reviews(), review);
        AccountPages account = new AccountPages(pages, services.accounts(), services.sessions());
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=3600");
            });

            config.routes.before(WebServer::securityHeaders);
            config.routes.before(ctx -> checkForm(ctx, visitors, pages));

            config.routes.get("/", quiz::start);
            config.routes.get("/article", quiz::article);
            config.routes.get("/progress", quiz::progress);
            config.routes.post("/attempts", quiz::begin);
            config.routes.get("/attempts/{attempt}", quiz::resume);
            config.routes.get("/attempts/{attempt}/questions/{position}", quiz::question);
            config.routes.post("/attempts/{attempt}/questions/{position}", quiz::answer);
            config.routes.get("/attempts/{attempt}/questions/{position}/feedback", quiz::feedback);
            config.routes.get("/attempts/{attempt}/result", quiz::result);

            config.routes.get("/review", review::overview);
            // <question>, not {question}: a question's id may hold a slash (which-true-LIST/MEMBER).
            config.routes.get("/review/cards/<question>", review::card);
            config.routes.post("/review/cards/<question>/{reps}", review::answer);
            config.routes.get("/review/answers/{review}", review::feedback);
            config.routes.post("/review/notices", review::acknowledge);
            config.routes.post("/review/settings", review::settings);
            config.routes.post("/reviews/{review}/rating", review::rate);

            config.routes.before("/teacher", teacher::requireTeacher);
            config.routes.before("/teacher/*", teacher::requireTeacher);
            config.routes.get("/teacher", teacher::overview);
            config.routes.get("/teacher/questions", teacher::questions);
            config.routes.get("/teacher/learners/{learner}", teacher::learner);
            config.routes.get("/teacher/learners/{learner}/{table}", teacher::learnerCsv);
            config.routes.get("/teacher/export/{format}", teacher::export);
            config.routes.get("/teacher/{table}", teacher::csv);

            config.routes.get("/sign-in", account::signInPage);
            config.routes.post("/sign-in", account::signIn);
            config.routes.get("/sign-up", account::signUpPage);
            config.routes.post("/sign-up", account::signUp);
            config.routes.post("/guest", account::guest);
            config.routes.post("/sign-out", account::signOut);
            config.routes.get("/language/{language}", account::language);

            config.routes.exception(NotFound.class, (e, ctx) ->
                    pages.problem(ctx, HttpStatus.NOT_FOUND, "page.not-found", "page.not-found-text"));
            config.routes.exception(MalformedRequest.class, (e, ctx) -> {
                LOG.debug("malformed request to {}: {}", ctx.path(), e.getMessage());
                pages.problem(ctx, HttpStatus.BAD_REQUEST, "page.bad-request", "page.bad-request-text");
            });
            config.routes.exception(SessionFailure.class, (e, ctx) -> ruleFailed(e, ctx, pages));
            config.routes.exception(Exception.class, (e, ctx) -> failed(e, ctx, pages));
            config.routes.error(404, ctx -> {
                // An address no route knows gets Javalin's plain-text "Endpoint ... not found"; it gets our page,
                // like a NotFound thrown by a handler (whose page is already there).
                if (!Boolean.TRUE.equals(ctx.attribute(Pages.RENDERED))) {
                    pages.problem(ctx, HttpStatus.NOT_FOUND, "page.not-found", "page.not-found-text");
                }
            });
        });
    }

    /** Starts listening; returns the port (the one chosen, when 0 was asked for). */
    public int start() {
        app.start();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        if (!ctx.path().startsWith("/static/")) {
            // Pages show the state of an attempt: back and reload fetch it anew, never from a cache.
            ctx.header("Cache-Control", "no-store");
        }
    }

    /** Every POST carries the session's CSRF token; a form without it (or expired) gets 403 and changes nothing. */
    private static void checkForm(Context ctx, Visitors visitors, Pages pages) {
        if (!ctx.method().name().equals("POST")) {
            return;
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new MalformedRequest("not a form: " + type);
        }
        if (!visitors.csrfHolds(ctx)) {
            LOG.debug("POST {} without a valid CSRF token", ctx.path());
            pages.problem(ctx, HttpStatus.FORBIDDEN, "page.expired", "page.expired-text");
            ctx.skipRemainingHandlers();
        }
    }

    private static void failed(Exception e, Context ctx, Pages pages) {
        if (e instanceof io.javalin.http.HttpResponseException http && http.getStatus() < 500) {
            LOG.debug("{} {}: {}", http.getStatus(), ctx.path(), http.getMessage());
            pages.problem(ctx, HttpStatus.forStatus(http.getStatus()), "page.bad-request", "page.bad-request-text");
            return;
        }
        if (e instanceof IllegalArgumentException && isFormDecoding(e)) {
            LOG.debug("unreadable form to {}: {}", ctx.path(), e.getMessage());
            pages.problem(ctx, HttpStatus.BAD_REQUEST, "page.bad-request", "page.bad-request-text");
            return;
        }
        // Our failure, not the learner's: logged with its trace, never shown.
        LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
        try {
            pages.problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "page.error", "page.error-text");
        } catch (RuntimeException again) {
            ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).result("internal error");
        }
    }

    /**
     * A rule session that failed (a rule threw, or ran past the firing or time limit): the rules are
     * the server's, not the learner's, so 500, with the rule's own one-line problem on the page for
     * whoever runs the server, and in the log without a trace.
     */
    private static void ruleFailed(SessionFailure e, Context ctx, Pages pages) {
        LOG.error("request {} {}: the rules failed:\n{}", ctx.method(), ctx.path(), e.toString());
        pages.problem(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "page.rules-failed", "page.rules-failed-text",
                e.problems().stream().map(Object::toString).toList());
    }

    private static boolean isFormDecoding(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.contains("BadMessage") || name.contains("Utf8") || String.valueOf(t.getMessage()).contains("decod")) {
                return true;
            }
        }
        return false;
    }
}
