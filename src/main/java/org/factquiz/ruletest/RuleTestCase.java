package org.factquiz.ruletest;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Location;

/**
 * One rule test: a name, the rule it is about (may be null), where it is written, its starting
 * facts, its patch, the findings it expects (all of them: any other finding fails the case) and
 * ids of derived facts it expects among those the rules derive.
 */
public record RuleTestCase(String name, String rule, Location location, Start start, FactsPatch patch,
                           List<ExpectedFinding> findings, List<String> derived) {
    public RuleTestCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(patch, "patch");
        findings = List.copyOf(findings);
        derived = List.copyOf(derived);
    }

    /** The file the case is written in. */
    public String file() {
        return location.file();
    }
}
