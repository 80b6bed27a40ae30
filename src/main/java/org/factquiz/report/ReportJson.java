package org.factquiz.report;

import java.util.List;

/** A report as JSON: the cases with their issues and places, and the rules (documented in docs/ci.md). */
public final class ReportJson {
    private ReportJson() {
    }

    record Json(String tool, int cases, long passed, long failed, List<CaseJson> results, List<RuleJson> rules) {
    }

    record CaseJson(String classname, String name, String location, boolean passed, List<IssueJson> issues,
                    String details) {
    }

    record IssueJson(String level, String rule, String message, List<String> locations) {
    }

    record RuleJson(String id, String name, String description, String definedAt) {
    }

    public static String render(Report report) {
        List<CaseJson> cases = report.cases().stream()
                .map(c -> new CaseJson(c.classname(), c.name(), c.location().line() > 0 ? c.location().toString() : null,
                        c.passed(), c.issues().stream().map(i -> new IssueJson(i.level().label(), i.ruleId(), i.message(),
                        i.locations().stream().map(Object::toString).toList())).toList(),
                        c.details().isEmpty() ? null : c.details()))
                .toList();
        List<RuleJson> rules = report.rules().stream()
                .map(r -> new RuleJson(r.id(), r.name(), r.description(),
                        r.definedAt().line() > 0 ? r.definedAt().toString() : null))
                .toList();
        long failed = report.failures();
        return FindingsJson.Json.write(new Json(report.tool(), report.cases().size(), report.cases().size() - failed,
                failed, cases, rules));
    }
}
