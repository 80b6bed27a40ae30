package org.factquiz.report;

import org.factquiz.model.Finding;
import org.factquiz.ruletest.RuleTestResult;
import org.factquiz.ruletest.RuleTestRun;

/** The human-readable result of {@code factquiz test}: PASS or FAIL per case, a diff for each failure. */
public final class RuleTestText {
    private RuleTestText() {
    }

    public static String render(RuleTestRun run) {
        StringBuilder out = new StringBuilder();
        for (RuleTestResult result : run.results()) {
            out.append(result.passed() ? "PASS  " : "FAIL  ").append(result.testCase().location()).append("  ")
                    .append(result.testCase().name()).append('\n');
            if (!result.passed()) {
                out.append(details(result).indent(6));
            }
        }
        out.append(run.passed()).append(" passed, ").append(run.failed()).append(" failed\n");
        return out.toString();
    }

    /** What went wrong in a failed case: the diff of expected (-) and actual (+) findings, then the unexpected findings' messages. */
    public static String details(RuleTestResult result) {
        StringBuilder out = new StringBuilder();
        out.append("expected findings (-) against the findings the rules made (+):\n");
        result.diff().forEach(line -> out.append(line).append('\n'));
        for (Finding finding : result.unexpected()) {
            out.append("unexpected ").append(finding.severity().label()).append(" from \"").append(finding.rule())
                    .append("\": ").append(finding.messageEn()).append('\n');
        }
        return out.toString();
    }
}
