package org.factquiz.ruletest;

import java.util.List;
import java.util.Map;
import org.factquiz.model.Finding;

/**
 * How one case went: the findings it expected but did not get, those it got but did not expect,
 * every finding the rules made, the expected derived facts the rules did not derive, and how
 * often each rule fired.
 */
public record RuleTestResult(RuleTestCase testCase, List<ExpectedFinding> missing, List<Finding> unexpected,
                             List<Finding> actual, List<String> missingDerived, Map<String, Integer> firings) {
    public RuleTestResult {
        missingDerived = List.copyOf(missingDerived);
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
        actual = List.copyOf(actual);
        firings = Map.copyOf(firings);
    }

    public boolean passed() {
        return missing.isEmpty() && unexpected.isEmpty() && missingDerived.isEmpty();
    }

    /** Expected against actual findings as a unified diff ({@code -} expected only, {@code +} actual only); empty when passed. */
    public List<String> diff() {
        return passed() ? List.of() : FindingsDiff.unified(testCase, actual, missingDerived);
    }

    /** A one-line summary of what went wrong, for reports; empty when passed. */
    public String summary() {
        if (passed()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (!missing.isEmpty()) {
            text.append(missing.size()).append(missing.size() == 1 ? " expected finding missing" : " expected findings missing");
        }
        if (!unexpected.isEmpty()) {
            text.append(text.length() == 0 ? "" : ", ").append(unexpected.size())
                    .append(unexpected.size() == 1 ? " unexpected finding" : " unexpected findings");
        }
        if (!missingDerived.isEmpty()) {
            text.append(text.length() == 0 ? "" : ", ").append(missingDerived.size())
                    .append(missingDerived.size() == 1 ? " expected derived fact missing" : " expected derived facts missing");
        }
        return text.toString();
    }
}
