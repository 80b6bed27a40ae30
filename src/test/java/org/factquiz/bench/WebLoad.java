package org.factquiz.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load driver of bench/web: LEARNERS learners at once against a running {@code factquiz serve},
 * each signing in, starting a quiz of QUESTIONS and, per question, opening it, answering and
 * opening the feedback; then the same number of clients fetching the static stylesheet (the floor).
 * Prints p50/p95/p99 per page and requests per second. Bounded: every learner does a fixed number
 * of requests, with a timeout on each.
 *
 * <p>Usage: {@code WebLoad URL LEARNERS QUESTIONS}
 */
public final class WebLoad {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern INPUT = Pattern.compile("<input type=\"(radio|checkbox)\" id=\"[^\"]+\" name=\"choice\" value=\"([^\"]+)\"");
    private static final Pattern SELECT = Pattern.compile("<select id=\"[^\"]+\" name=\"((?:position|match)-[^\"]+)\"");
    private static final Pattern TEXT = Pattern.compile("name=\"(number|text)\"");

    private final String base;
    private final Map<String, List<Long>> times = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    private WebLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceAll("/$", "");
        int learners = Integer.parseInt(args[1]);
        int questions = Integer.parseInt(args[2]);
        WebLoad load = new WebLoad(base);
        load.signUpAll(learners);
        long start = System.nanoTime();
        load.run(learners, i -> load.learner(i, questions));
        double seconds = (System.nanoTime() - start) / 1e9;
        int quizRequests = load.requests.get();
        load.report("learners", learners, seconds, quizRequests);

        WebLoad floor = new WebLoad(base);
        long floorStart = System.nanoTime();
        floor.run(learners, i -> floor.statics(questions * 3 + 2));
        floor.report("static floor", learners, (System.nanoTime() - floorStart) / 1e9, floor.requests.get());
        if (!load.errors.isEmpty() || !floor.errors.isEmpty()) {
            System.out.println("errors: " + (load.errors.size() + floor.errors.size()) + ", first: "
                    + (load.errors.isEmpty() ? floor.errors.get(0) : load.errors.get(0)));
            System.exit(1);
        }
        System.out.println("errors: 0");
    }

    private interface Job {
        void run(int learner) throws Exception;
    }

    private void run(int learners, Job job) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(learners);
        for (int i = 0; i < learners; i++) {
            int learner = i;
            pool.submit(() -> {
                try {
                    job.run(learner);
                } catch (Exception e) {
                    errors.add(e.toString());
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(20, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            errors.add("timed out");
        }
    }

    private final Map<Integer, String> passwords = new ConcurrentHashMap<>();
    private final String runId = Long.toString(System.nanoTime(), 36);

    /** Accounts first, unmeasured: the run measures signing in, not the one-time sign-up. */
    private void signUpAll(int learners) throws InterruptedException {
        run(learners, i -> {
            Client c = new Client();
            String token = csrf(c.get("/sign-up", null));
            c.post("/sign-up", null, "csrf", token, "name", name(i), "password", "password " + i, "confirmation",
                    "password " + i);
            passwords.put(i, "password " + i);
        });
        errors.clear();
        times.clear();
        requests.set(0);
    }

    private String name(int i) {
        return "bench " + runId + " " + i;
    }

    private void learner(int i, int questions) throws Exception {
        Client c = new Client();
        String token = csrf(c.get("/sign-in", null));
        HttpResponse<String> signedIn = c.post("/sign-in", "sign-in", "csrf", token, "name", name(i), "password",
                passwords.get(i));
        expect(signedIn, 303, "sign-in");
        token = csrf(c.get("/", null));
        HttpResponse<String> started = c.post("/attempts", null, "csrf", token, "language", i % 2 == 0 ? "en" : "de",
                "count", String.valueOf(questions));
        expect(started, 303, "start");
        String question = started.headers().firstValue("Location").orElseThrow();
        for (int p = 1; p <= questions; p++) {
            String path = question.replaceAll("/questions/\\d+$", "/questions/" + p);
            HttpResponse<String> page = c.get(path, "question");
            expect(page, 200, "question");
            List<String> fields = answer(page.body());
            fields.addAll(0, List.of("csrf", csrf(page.body())));
            HttpResponse<String> answered = c.post(path, "answer", fields.toArray(String[]::new));
            expect(answered, 303, "answer");
            expect(c.get(answered.headers().firstValue("Location").orElseThrow(), "feedback"), 200, "feedback");
        }
    }

    private void statics(int count) throws Exception {
        Client c = new Client();
        for (int i = 0; i < count; i++) {
            expect(c.get("/static/site.css", "static"), 200, "static");
        }
    }

    /** A well-formed answer to whatever the page asks (right or not does not matter here). */
    private static List<String> answer(String html) {
        List<String> f = new ArrayList<>();
        Matcher choice = INPUT.matcher(html);
        if (choice.find()) {
            f.addAll(List.of("choice", choice.group(2)));
            return f;
        }
        Matcher select = SELECT.matcher(html);
        Set<String> names = new LinkedHashSet<>();
        while (select.find()) {
            names.add(select.group(1));
        }
        int place = 1;
        for (String name : names) {
            f.addAll(List.of(name, name.startsWith("position-") ? String.valueOf(place++) : "a"));
        }
        if (!names.isEmpty()) {
            return f;
        }
        Matcher text = TEXT.matcher(html);
        if (text.find()) {
            f.addAll(List.of(text.group(1), text.group(1).equals("number") ? "1" : "Wort"));
        }
        return f;
    }

    private static String csrf(HttpResponse<String> page) {
        return csrf(page.body());
    }

    private static String csrf(String body) {
        Matcher m = CSRF.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in the page");
        }
        return m.group(1);
    }

    private void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            errors.add(what + ": " + response.statusCode() + " " + response.uri());
        }
    }

    private void report(String title, int learners, double seconds, int count) {
        System.out.printf("%s: %d at once, %d requests in %.1f s = %.0f requests/s%n", title, learners, count, seconds,
                count / seconds);
        Map<String, List<Long>> sorted = new LinkedHashMap<>();
        for (String page : List.of("sign-in", "question", "answer", "feedback", "static")) {
            if (times.containsKey(page)) {
                sorted.put(page, times.get(page));
            }
        }
        sorted.forEach((page, list) -> {
            List<Long> ms = new ArrayList<>(list);
            Collections.sort(ms);
            System.out.printf("  %-9s n=%5d  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", page, ms.size(),
                    pct(ms, 50), pct(ms, 95), pct(ms, 99), ms.get(ms.size() - 1) / 1e6);
        });
    }

    private static double pct(List<Long> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    /** One learner's browser: its own cookies, redirects not followed. */
    private final class Client {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> get(String path, String measured) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), measured);
        }

        HttpResponse<String> post(String path, String measured, String... fields) throws Exception {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i + 1 < fields.length; i += 2) {
                body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
            }
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), measured);
        }

        private HttpResponse<String> send(HttpRequest.Builder request, String measured) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            requests.incrementAndGet();
            if (measured != null) {
                times.computeIfAbsent(measured, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
            }
            return response;
        }
    }
}
