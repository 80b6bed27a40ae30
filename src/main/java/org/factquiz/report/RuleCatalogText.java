package org.factquiz.report;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.analysis.RuleProblem;
import org.factquiz.engine.RuleInfo;

/** The rule listing of {@code factquiz rules} and the findings of {@code --verify}, as text and JSON. */
public final class RuleCatalogText {
    private RuleCatalogText() {
    }

    /**
     * A rule and how much it is used: firings on the facts the listing names (the base
     * {@code --facts} gives), in all test cases, and the number of test cases it fired in (both -1
     * when there are no rule tests).
     */
    public record RuleUse(RuleInfo rule, int shippedFirings, int testFirings, int testCases) {
        public boolean untested() {
            return testCases == 0;
        }
    }

    /**
     * The listing; {@code facts} names the fact base the firings were counted on, as the user
     * gave it ("facts/ (72 statements)").
     */
    public static String text(List<RuleUse> uses, int cases, String facts) {
        StringBuilder out = new StringBuilder();
        String pkg = null;
        for (RuleUse use : uses) {
            RuleInfo rule = use.rule();
            if (!rule.packageName().equals(pkg)) {
                pkg = rule.packageName();
                out.append(pkg).append('\n');
            }
            out.append(use.untested() ? "! " : "  ").append(rule.location()).append("  ").append(rule.name()).append('\n');
            if (!rule.description().isEmpty()) {
                out.append("      ").append(rule.description()).append('\n');
            }
            out.append("      fired ").append(times(use.shippedFirings())).append(" on ").append(facts);
            if (use.testCases() >= 0) {
                out.append(", ").append(times(use.testFirings())).append(" in ").append(use.testCases())
                        .append(" of ").append(cases).append(" test cases");
            }
            out.append(use.untested() ? "  <- fires in no test case" : "").append('\n');
        }
        List<String> untested = uses.stream().filter(RuleUse::untested).map(u -> "\"" + u.rule().name() + "\"").toList();
        out.append('\n').append(uses.size()).append(uses.size() == 1 ? " rule" : " rules")
                .append(" (firings counted on ").append(facts).append(")");
        if (cases < 0) {
            out.append("; no rule tests found.\n");
        } else if (untested.isEmpty()) {
            out.append(", each fired in at least one of ").append(cases).append(" test cases.\n");
        } else if (untested.size() <= 5) {
            out.append("; ").append(untested.size()).append(" fire in no test case: ")
                    .append(String.join(", ", untested)).append(".\n");
        } else {
            out.append("; ").append(untested.size()).append(" fire in no test case (marked !).\n");
        }
        return out.toString();
    }

    record RuleJson(String name, String packageName, String location, String description, int shippedFirings,
                    Integer testFirings, Integer testCases, boolean firesInNoTestCase) {
    }

    public static String json(List<RuleUse> uses, int cases, String facts) {
        List<RuleJson> rules = new ArrayList<>();
        for (RuleUse use : uses) {
            RuleInfo rule = use.rule();
            rules.add(new RuleJson(rule.name(), rule.packageName(), rule.location().toString(), rule.description(),
                    use.shippedFirings(), use.testCases() < 0 ? null : use.testFirings(),
                    use.testCases() < 0 ? null : use.testCases(), use.untested()));
        }
        return FindingsJson.Json.write(new Catalog(facts, cases < 0 ? null : cases, rules));
    }

    /** {@code firingsCountedOn}: the fact base the {@code shippedFirings} counts come from. */
    record Catalog(String firingsCountedOn, Integer testCases, List<RuleJson> rules) {
    }

    public static String verifyText(List<RuleProblem> problems, int ruleCount) {
        StringBuilder out = new StringBuilder();
        problems.forEach(p -> out.append(p).append('\n'));
        if (problems.isEmpty()) {
            out.append("No redundant, subsumed, contradictory or never-satisfiable rules among ").append(ruleCount)
                    .append(" rules.\n");
        } else {
            out.append('\n').append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                    .append(" among ").append(ruleCount).append(" rules.\n");
        }
        return out.toString();
    }

    record ProblemJson(String kind, String location, String rule, String message) {
    }

    record Verification(int rules, List<ProblemJson> problems) {
    }

    public static String verifyJson(List<RuleProblem> problems, int ruleCount) {
        return FindingsJson.Json.write(new Verification(ruleCount, problems.stream()
                .map(p -> new ProblemJson(p.kind().label(), p.location().toString(), p.rule(), p.message()))
                .toList()));
    }

    private static String times(int n) {
        return n == 1 ? "once" : n + " times";
    }
}
