package org.factquiz.ruletest;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.model.Finding;

/**
 * Expected and actual findings as a unified diff of sorted lines ({@code rule: fact, fact}), then
 * the expected derived facts ({@code derived: id}) the rules did derive. An actual finding that an
 * expectation matches is written like the expectation, so a severity the case does not ask about
 * never shows up as a difference.
 */
final class FindingsDiff {
    private FindingsDiff() {
    }

    static List<String> unified(RuleTestCase testCase, List<Finding> actual, List<String> missingDerived) {
        List<ExpectedFinding> expected = testCase.findings();
        List<String> before = new ArrayList<>(expected.stream().map(ExpectedFinding::line).sorted().toList());
        testCase.derived().forEach(id -> before.add("derived: " + id));
        List<ExpectedFinding> unmatched = new ArrayList<>(expected);
        List<String> after = new ArrayList<>();
        for (Finding finding : actual) {
            ExpectedFinding match = unmatched.stream().filter(e -> e.matches(finding)).findFirst().orElse(null);
            if (match != null) {
                unmatched.remove(match);
                after.add(match.line());
            } else {
                after.add(ExpectedFinding.of(finding).line());
            }
        }
        after.sort(null);
        testCase.derived().stream().filter(id -> !missingDerived.contains(id)).forEach(id -> after.add("derived: " + id));
        Patch<String> patch = DiffUtils.diff(before, after);
        int context = Math.max(before.size(), after.size());
        return UnifiedDiffUtils.generateUnifiedDiff("expected", "actual", before, patch, context);
    }
}
