package org.factquiz.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.factquiz.model.Language;
import org.factquiz.store.BrowserSession;
import org.factquiz.store.Store;

/**
 * Browser sessions, kept in the store so that a restart signs nobody out. The browser holds a
 * random token; the store only its hash. A session unused for {@link #IDLE} ends.
 */
public final class BrowserSessions {
    public static final Duration IDLE = Duration.ofHours(12);
    /** How often a session's last use is written: not on every request. */
    private static final Duration TOUCH = Duration.ofMinutes(5);

    private final Store store;
    private final Clock clock;

    public BrowserSessions(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A session and the token the browser keeps for it. */
    public record Opened(String token, BrowserSession session) {
    }

    /** The session of a token, if it exists and is not idle too long. */
    public Optional<BrowserSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<BrowserSession> found = store.session(Ids.sha256(token));
        if (found.isEmpty()) {
            return found;
        }
        BrowserSession s = found.get();
        Instant now = clock.instant();
        if (s.lastSeenAt().plus(IDLE).isBefore(now)) {
            store.deleteSession(s.tokenHash());
            return Optional.empty();
        }
        if (s.lastSeenAt().plus(TOUCH).isBefore(now)) {
            s = new BrowserSession(s.tokenHash(), s.userId(), s.csrfToken(), s.language(), s.createdAt(), now);
            store.updateSession(s);
        }
        return Optional.of(s);
    }

    public Opened open(Language language) {
        return open(language, null);
    }

    /**
     * A new session for {@code userId}, replacing {@code old}: signing in or up always changes the
     * token, so a token planted before sign-in (session fixation) is worth nothing after.
     */
    public Opened signIn(BrowserSession old, String userId) {
        store.deleteSession(old.tokenHash());
        return open(old.language(), userId);
    }

    public void signOut(BrowserSession session) {
        store.deleteSession(session.tokenHash());
    }

    public BrowserSession withLanguage(BrowserSession s, Language language) {
        BrowserSession changed = new BrowserSession(s.tokenHash(), s.userId(), s.csrfToken(), language, s.createdAt(),
                clock.instant());
        store.updateSession(changed);
        return changed;
    }

    /** Ends sessions idle for longer than {@link #IDLE}, and the guests nothing leads to any more. */
    public int expire() {
        return store.deleteSessionsIdleSince(clock.instant().minus(IDLE));
    }

    private Opened open(Language language, String userId) {
        String token = Ids.token();
        Instant now = clock.instant();
        BrowserSession s = new BrowserSession(Ids.sha256(token), userId, Ids.token(), language, now, now);
        store.addSession(s);
        return new Opened(token, s);
    }
}
