package org.factquiz.ruletest;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.factquiz.model.Finding;
import org.factquiz.model.Severity;

/** A finding a case expects: the rule's name, the ids of the facts involved (in any order), optionally its severity. */
public record ExpectedFinding(String rule, List<String> facts, Severity severity) {
    public ExpectedFinding {
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(new TreeSet<>(facts));
    }

    public static ExpectedFinding of(Finding finding) {
        return new ExpectedFinding(finding.rule(), finding.facts(), finding.severity());
    }

    public boolean matches(Finding finding) {
        return finding.rule().equals(rule) && List.copyOf(new TreeSet<>(finding.facts())).equals(facts)
                && (severity == null || severity == finding.severity());
    }

    /** One line for a diff: {@code rule: fact, fact [severity]}. */
    public String line() {
        return rule + ": " + String.join(", ", facts) + (severity == null ? "" : " [" + severity.label() + "]");
    }
}
