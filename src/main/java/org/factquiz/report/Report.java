package org.factquiz.report;

import java.util.List;
import java.util.Objects;

/**
 * What a command checked, in a form every CI report can be written from: the rules that did the
 * checking and one case per thing checked (a rule over the facts for {@code validate}, a rule-test
 * case for {@code test}, a claim for {@code check}).
 *
 * @param tool  the command that made it, e.g. {@code factquiz validate}
 * @param rules the rules results may refer to, in a fixed order
 * @param cases the things checked, in a fixed order
 */
public record Report(String tool, List<ReportRule> rules, List<ReportCase> cases) {
    public Report {
        Objects.requireNonNull(tool, "tool");
        rules = List.copyOf(rules);
        cases = List.copyOf(cases);
    }

    public long failures() {
        return cases.stream().filter(c -> !c.passed()).count();
    }
}
