package org.factquiz.ruletest;

import java.nio.file.Path;

/** The facts a case starts from, before its patch. */
public sealed interface Start {
    /** Every shipped fact. */
    record Shipped() implements Start {
    }

    /** The shipped sources and vocabulary (types, predicates, measures, units, titles), no entities or statements. */
    record Definitions() implements Start {
    }

    /** The facts of another folder. */
    record Folder(Path folder) implements Start {
    }
}
