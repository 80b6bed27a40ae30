package org.factquiz.model;

/** How a quiz must attribute a statement: to whom, and whether only as a possibility. */
public final class Attribution {
    private Attribution() {
    }

    /** Whom a question about {@code s} must name as its source, or null when {@code s} is certain. */
    public static String sourceOf(Statement s) {
        return s.status().isCertain() ? null : s.provenance().accordingTo();
    }

    /** True when a question about {@code s} may only present it as possible. */
    public static boolean onlyPossible(Statement s) {
        return s.status() == Status.HEDGED || s.status() == Status.INTENDED;
    }
}
