package org.factquiz.report;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.engine.RuleInfo;
import org.factquiz.ruletest.ExpectedFinding;
import org.factquiz.ruletest.RuleTestCase;
import org.factquiz.ruletest.RuleTestResult;
import org.factquiz.ruletest.RuleTestRun;

/** A rule-test run as a CI report: one case per rule-test case, failing ones placed at the case in its file. */
public final class RuleTestReport {
    private RuleTestReport() {
    }

    public static Report of(RuleTestRun run, List<RuleInfo> rules) {
        List<ReportCase> cases = new ArrayList<>();
        for (RuleTestResult result : run.results()) {
            RuleTestCase testCase = result.testCase();
            List<ReportIssue> issues = new ArrayList<>();
            String ruleId = testCase.rule() == null ? null : rules.stream()
                    .filter(r -> r.name().equals(testCase.rule()))
                    .map(r -> ReportRule.idOf(r.packageName(), r.name()))
                    .findFirst().orElse(null);
            if (!result.passed()) {
                issues.add(new ReportIssue(ReportIssue.Level.ERROR, ruleId, message(result),
                        List.of(testCase.location())));
            }
            cases.add(new ReportCase(testCase.file(), testCase.name(), testCase.location(), issues,
                    result.passed() ? "" : RuleTestText.details(result)));
        }
        return new Report("factquiz test", ValidationReport.rules(rules), cases);
    }

    /** One line saying what went wrong, with the findings in question, for annotations and SARIF results. */
    private static String message(RuleTestResult result) {
        StringBuilder text = new StringBuilder("rule test '").append(result.testCase().name()).append("' failed: ")
                .append(result.summary());
        if (!result.missing().isEmpty()) {
            text.append("; missing: ").append(String.join(" | ",
                    result.missing().stream().map(ExpectedFinding::line).toList()));
        }
        if (!result.unexpected().isEmpty()) {
            text.append("; unexpected: ").append(String.join(" | ",
                    result.unexpected().stream().map(f -> ExpectedFinding.of(f).line()).toList()));
        }
        if (!result.missingDerived().isEmpty()) {
            text.append("; not derived: ").append(String.join(" | ", result.missingDerived()));
        }
        return text.toString();
    }
}
