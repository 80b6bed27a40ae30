package org.factquiz.analysis;

import java.util.Objects;
import org.factquiz.model.Location;

/** Something an editor should know about a rule: what kind of problem, where the rule is, and what is wrong. */
public record RuleProblem(Kind kind, Location location, String rule, String message) {
    public RuleProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public enum Kind {
        /** A pattern whose constraints exclude each other: the rule never fires. */
        NEVER_SATISFIABLE,
        /** Conditions that contradict each other across patterns: the rule never fires. */
        CONTRADICTORY,
        /** Two rules with the same conditions. */
        REDUNDANT,
        /** A rule whose conditions include all of another rule's, so it only fires where the other does. */
        SUBSUMED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    @Override
    public String toString() {
        return location + ": " + kind.label() + ": " + message;
    }
}
