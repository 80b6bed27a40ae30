package org.factquiz.reliability;

import static org.factquiz.fixtures.UnusableInput.assertUnusable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.fixtures.RocketFacts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every case of the command-line catalogue starts from: in a folder of its own, the small fact
 * base of {@link RocketFacts} and the shipped quantity rules, which compile in a moment.
 */
abstract class CatalogueCase {
    @TempDir
    Path dir;
    Path facts;
    Path rules;

    @BeforeEach
    void smallKnowledge() {
        facts = RocketFacts.write(dir.resolve("facts"));
        rules = ShippedRules.quantityRules(dir.resolve("rules"));
    }

    /** {@code factquiz validate} with {@code options} keeps the promise for unusable input, with {@code expected} lines. */
    Cli.Run assertValidateRejects(List<String> expected, String... options) {
        List<String> args = new ArrayList<>(List.of("validate", "--facts", facts.toString(), "--rules",
                rules.toString()));
        args.addAll(List.of(options));
        return assertUnusable(dir, expected, args.toArray(String[]::new));
    }

    /** The same with one expected line. */
    Cli.Run assertValidateRejects(String expected, String... options) {
        return assertValidateRejects(List.of(expected), options);
    }
}
