package org.factquiz.ruletest;

import java.nio.file.Path;

/** The facts a case starts from, before its patch. */
public sealed interface Start {
    /** Every fact of the base the run tests against ({@code --facts}). */
    record Shipped() implements Start {
    }

    /**
     * The sources and vocabulary (types, predicates, measures, units, titles, events, phrases) of a
     * base, no entities or statements: of {@code folder}, or of the run's base when it is null.
     */
    record Definitions(Path folder) implements Start {
        public Definitions() {
            this(null);
        }
    }

    /** The facts of another folder. */
    record Folder(Path folder) implements Start {
    }
}
