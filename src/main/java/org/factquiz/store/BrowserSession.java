package org.factquiz.store;

import java.time.Instant;
import java.util.Objects;
import org.factquiz.model.Language;

/**
 * One browser's session, found by the hash of the token in its cookie (the token itself is never
 * stored). {@code userId} is empty until the browser signs in, signs up or starts as a guest.
 */
public record BrowserSession(String tokenHash, String userId, String csrfToken, Language language, Instant createdAt,
                             Instant lastSeenAt) {
    public BrowserSession {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(language, "language");
    }

    public boolean signedIn() {
        return userId != null;
    }
}
