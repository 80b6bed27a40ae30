package org.factquiz.load;

import java.util.Objects;
import org.factquiz.model.Location;

/** One reason an input cannot be used, at the place an editor must fix it. */
public record InputProblem(Location location, String message) implements Comparable<InputProblem> {
    public InputProblem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
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
