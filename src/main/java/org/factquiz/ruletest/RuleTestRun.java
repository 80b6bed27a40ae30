package org.factquiz.ruletest;

import java.util.List;
import org.factquiz.engine.RuleFirings;

/** The results of every case, in order, and how often each rule fired across all of them. */
public record RuleTestRun(List<RuleTestResult> results, RuleFirings firings) {
    public RuleTestRun {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(RuleTestResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }
}
