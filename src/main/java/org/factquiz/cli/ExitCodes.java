package org.factquiz.cli;

/** Every exit code factquiz uses, in one place (documented in the README). */
public final class ExitCodes {
    /** Done; the facts are consistent, the claims hold, the tests pass. */
    public static final int OK = 0;
    /** Done, and what was checked failed: inconsistencies, refuted claims, failing tests. */
    public static final int CHECK_FAILED = 1;
    /** The input could not be used: a malformed file, an unknown name, a rule that does not compile. */
    public static final int BAD_INPUT = 2;
    /** A bug in factquiz itself. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
