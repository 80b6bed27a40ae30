package org.factquiz.load;

import java.util.Objects;
import org.factquiz.model.Location;

/**
 * One reason an input cannot be used, at the place an editor must fix it. A message that quotes
 * long input is cut to its start and end, so that no problem fills a CI log (quoted input should
 * already be an {@link Excerpt}; this holds for every message, whoever writes it).
 */
public record InputProblem(Location location, String message) implements Comparable<InputProblem> {
    /** The longest message kept whole. */
    public static final int MAX_MESSAGE_CHARS = 2000;

    public InputProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        if (message.length() > MAX_MESSAGE_CHARS) {
            message = message.substring(0, 1500) + " … (" + (message.length() - 1800) + " characters left out) … "
                    + message.substring(message.length() - 300);
        }
    }

    @Override
    public int compareTo(InputProblem other) {
        return location.compareTo(other.location);
    }

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
