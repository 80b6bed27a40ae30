package org.factquiz.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.factquiz.learning.Accounts;
import org.factquiz.learning.BrowserSessions;
import org.factquiz.model.Language;
import org.factquiz.store.BrowserSession;

/**
 * Sessions over HTTP: finds or opens the browser's session from its cookie, checks the CSRF token
 * of every POST, and sets the session cookie (HttpOnly, SameSite=Lax; Secure under TLS or behind a
 * proxy that terminates it).
 */
final class Visitors {
    static final String COOKIE = "factquiz_session";
    static final String CSRF_FIELD = "csrf";
    private static final String VISIT = "factquiz.visit";

    private final BrowserSessions sessions;
    private final Accounts accounts;
    private final boolean behindProxy;

    Visitors(BrowserSessions sessions, Accounts accounts, boolean behindProxy) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.behindProxy = behindProxy;
    }

    /** The visit of this request, opening a session for a browser that has none. */
    Visit visit(Context ctx) {
        Visit known = ctx.attribute(VISIT);
        if (known != null) {
            return known;
        }
        Optional<BrowserSession> found = sessions.find(ctx.cookie(COOKIE));
        BrowserSession session;
        if (found.isPresent()) {
            session = found.get();
        } else {
            BrowserSessions.Opened opened = sessions.open(preferred(ctx));
            setCookie(ctx, opened.token());
            session = opened.session();
        }
        Visit visit = new Visit(session, accounts.user(session.userId()));
        ctx.attribute(VISIT, visit);
        return visit;
    }

    /** After signing in, up or out: a new session, and its token in the cookie. */
    Visit replace(Context ctx, BrowserSessions.Opened opened) {
        setCookie(ctx, opened.token());
        Visit visit = new Visit(opened.session(), accounts.user(opened.session().userId()));
        ctx.attribute(VISIT, visit);
        return visit;
    }

    void changed(Context ctx, BrowserSession session) {
        ctx.attribute(VISIT, new Visit(session, accounts.user(session.userId())));
    }

    /** True when the POST carries this session's CSRF token (compared in constant time). */
    boolean csrfHolds(Context ctx) {
        String sent = ctx.formParam(CSRF_FIELD);
        if (sent == null) {
            return false;
        }
        return MessageDigest.isEqual(visit(ctx).session().csrfToken().getBytes(StandardCharsets.UTF_8),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The address failed sign-ins are counted for: the proxy's forwarded client when behind one. */
    String client(Context ctx) {
        if (behindProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].strip();
            }
        }
        return ctx.ip();
    }

    boolean secure(Context ctx) {
        return behindProxy || "https".equalsIgnoreCase(ctx.scheme());
    }

    private void setCookie(Context ctx, String token) {
        // No Max-Age: the cookie lasts for the browser session; the server ends idle sessions itself.
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, secure(ctx), true, null, SameSite.LAX));
    }

    /** The language a new browser gets: German when it asks for German before English, else English. */
    private static Language preferred(Context ctx) {
        String accept = ctx.header("Accept-Language");
        if (accept == null) {
            return Language.EN;
        }
        for (String part : accept.toLowerCase(Locale.ROOT).split(",")) {
            String tag = part.strip();
            if (tag.startsWith("de")) {
                return Language.DE;
            }
            if (tag.startsWith("en")) {
                return Language.EN;
            }
        }
        return Language.EN;
    }
}
