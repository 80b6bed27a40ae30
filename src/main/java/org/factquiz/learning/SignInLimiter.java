package org.factquiz.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: at most {@code perName} failures for one name and {@code perClient} from
 * one address within {@code window}; beyond that, sign-in waits until the oldest failure leaves
 * the window. Kept in memory: a restart forgets, which costs a guesser a restart per few tries.
 */
public final class SignInLimiter {
    private final int perName;
    private final int perClient;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public SignInLimiter(int perName, int perClient, Duration window, Clock clock) {
        this.perName = perName;
        this.perClient = perClient;
        this.window = window;
        this.clock = clock;
    }

    /** How long this name or client must wait before trying again; empty when it may try now. */
    public Optional<Duration> retryAfter(String nameKey, String client) {
        Instant now = clock.instant();
        Optional<Duration> byName = retryAfter("name:" + nameKey, perName, now);
        Optional<Duration> byClient = retryAfter("client:" + client, perClient, now);
        if (byName.isPresent() && byClient.isPresent()) {
            return Optional.of(byName.get().compareTo(byClient.get()) > 0 ? byName.get() : byClient.get());
        }
        return byName.isPresent() ? byName : byClient;
    }

    public void failed(String nameKey, String client) {
        Instant now = clock.instant();
        add("name:" + nameKey, now);
        add("client:" + client, now);
    }

    public void succeeded(String nameKey) {
        failures.remove("name:" + nameKey);
    }

    private Optional<Duration> retryAfter(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(window)));
        }
    }

    private void add(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
