package org.factquiz.analysis;

import java.util.List;
import java.util.Map;

/** One condition of a rule's when-part: a pattern (maybe negated) or something compared as text. */
sealed interface Condition {
    int line();

    boolean negated();

    /** {@code $x : Type( constraints )} or {@code not Type( constraints )}. */
    record Match(boolean negated, String type, String variable, List<Constraint> constraints, int line)
            implements Condition {
        public Match {
            constraints = List.copyOf(constraints);
        }

        @Override
        public String toString() {
            String body = type + "( " + String.join(", ", constraints.stream().map(Object::toString).toList()) + " )";
            return (negated ? "not " : "") + (variable == null ? "" : variable + " : ") + body;
        }
    }

    /** An accumulate, from, or, exists, eval ...: equal only to the same text with the same variables. */
    record Other(boolean negated, String text, int line) implements Condition {
        Other renamed(Map<String, String> names) {
            return new Other(negated, Constraint.rename(text, names), line);
        }

        @Override
        public String toString() {
            return (negated ? "not " : "") + text;
        }
    }
}
