package org.factquiz.engine;

import java.time.Duration;
import java.util.Objects;

/**
 * How far one rule session may go before it is stopped: a number of rule firings and a wall-clock
 * time. A rule that never comes to rest (a consequence that changes the fact it matched, for ever)
 * or that never returns would otherwise keep a run going without end.
 *
 * <p>Unless the user gives a number, the firing limit grows with the session: {@value #FIRINGS_PER_FACT}
 * firings per fact inserted, and at least {@value #MIN_FIRINGS}. Real sessions stay far below:
 * {@code validate} fires about one rule per fact (the shipped article: 187 firings for 184 facts;
 * 10,000 statements: 18,000 for 13,000 facts), quiz generation about 27 per fact at every size measured
 * (the shipped article: 1,092; 10,000 statements: 342,000; 20,000: 687,000). A rule that loops for
 * ever on the shipped article reaches the limit in seconds.
 *
 * @param maxFirings how many rules may fire in one session; {@link #SCALED} for the limit that grows with the facts
 * @param timeout    how long one session may run
 */
public record SessionLimits(long maxFirings, Duration timeout) {
    /** {@link #maxFirings()} for the default firing limit, which grows with the number of facts. */
    public static final long SCALED = 0;
    /** Firings per fact inserted that the default limit allows. */
    public static final int FIRINGS_PER_FACT = 200;
    /** The least firing limit by default, however few the facts. */
    public static final long MIN_FIRINGS = 100_000;
    /** The time limit unless the user gives one. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);
    public static final SessionLimits DEFAULT = new SessionLimits(SCALED, DEFAULT_TIMEOUT);

    public SessionLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (maxFirings < 0) {
            throw new IllegalArgumentException("the firing limit cannot be negative: " + maxFirings);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, not " + timeout);
        }
    }

    /** The firing limit of a session into which {@code facts} facts are inserted. */
    public long firingLimit(int facts) {
        return maxFirings != SCALED ? maxFirings : Math.max(MIN_FIRINGS, (long) FIRINGS_PER_FACT * facts);
    }

    /** The time limit as users write it: {@code 10m}, {@code 90s}, {@code 500ms}. */
    public String timeoutText() {
        return DurationText.format(timeout);
    }
}
