package org.factquiz.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser without a browser: cookies kept, redirects not followed (tests see the 303), pages parsed by jsoup. */
final class WebClient {
    private final HttpClient http;
    private final Function<String, String> url;
    private String csrf = "";

    WebClient(Function<String, String> url) {
        this.url = url;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    record Page(int status, HttpResponse<String> response, Document html) {
        String location() {
            return response.headers().firstValue("Location").orElse("");
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        String text() {
            return html.text();
        }
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url.apply(path))).GET());
    }

    /** GETs and follows redirects, as a browser would. */
    Page open(String path) {
        Page page = get(path);
        for (int i = 0; i < 5 && page.status() == 303; i++) {
            page = get(page.location());
        }
        return page;
    }

    /** POSTs a form with the CSRF token of the last page seen; {@code fields} alternate name, value. */
    Page post(String path, String... fields) {
        List<String> all = new ArrayList<>(List.of("csrf", csrf));
        all.addAll(List.of(fields));
        return postRaw(path, all.toArray(String[]::new));
    }

    /** POSTs exactly these fields (no token added). */
    Page postRaw(String path, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return postBody(path, "application/x-www-form-urlencoded", body.toString());
    }

    Page postBody(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url.apply(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Signs up a new learner (reading the token from the sign-up page first). */
    Page signUp(String name, String password) {
        get("/sign-up");
        return post("/sign-up", "name", name, "password", password, "confirmation", password);
    }

    /** Signs in (reading the token from the sign-in page first), as a learner coming back another day. */
    Page signIn(String name, String password) {
        get("/sign-in");
        return post("/sign-in", "name", name, "password", password);
    }

    /** Starts a quiz; returns the address of its first question. */
    String startQuiz(String language, int count, String... topicsAndSkills) {
        get("/");
        List<String> fields = new ArrayList<>(List.of("language", language, "count", String.valueOf(count)));
        fields.addAll(List.of(topicsAndSkills));
        Page started = post("/attempts", fields.toArray(String[]::new));
        if (started.status() != 303) {
            throw new AssertionError("quiz did not start: " + started.status() + " " + started.text());
        }
        return started.location();
    }

    String csrf() {
        return csrf;
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Document html = Jsoup.parse(response.body());
            String token = html.select("input[name=csrf]").attr("value");
            if (!token.isEmpty()) {
                csrf = token;
            }
            return new Page(response.statusCode(), response, html);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
