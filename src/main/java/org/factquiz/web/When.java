package org.factquiz.web;

import java.time.Duration;
import java.time.Instant;

/** How far ahead a time is, in the reader's words: "in 10 minutes", "in 3 days". */
final class When {
    private When() {
    }

    static String from(Instant now, Instant then, Messages t) {
        long minutes = Math.max(0, Duration.between(now, then).toMinutes());
        if (minutes == 0) {
            return t.get("when.now");
        }
        if (minutes < 60) {
            return t.format("when.minutes", minutes);
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return t.format("when.hours", hours);
        }
        long days = Math.round(minutes / 1440.0);
        if (days < 60) {
            return t.format("when.days", days);
        }
        if (days < 730) {
            return t.format("when.months", Math.round(days / 30.4));
        }
        return t.format("when.years", Math.round(days / 365.25));
    }
}
