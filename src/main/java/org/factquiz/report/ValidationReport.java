package org.factquiz.report;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.engine.Evidence;
import org.factquiz.engine.Explainer;
import org.factquiz.engine.RuleInfo;
import org.factquiz.model.Finding;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.Severity;
import org.factquiz.validate.ValidationResult;

/**
 * A validation as a CI report: one case per rule (it fails when the rule found an error), one issue
 * per finding, placed at the written facts it rests on.
 */
public final class ValidationReport {
    private ValidationReport() {
    }

    public static Report of(ValidationResult result, Language language) {
        Explainer explainer = result.explainer();
        List<ReportRule> rules = rules(result.knowledge().rules().rules());
        List<ReportCase> cases = new ArrayList<>();
        for (RuleInfo rule : result.knowledge().rules().rules()) {
            String id = ReportRule.idOf(rule.packageName(), rule.name());
            List<ReportIssue> issues = new ArrayList<>();
            StringBuilder details = new StringBuilder();
            for (Finding finding : result.findings()) {
                if (!finding.rule().equals(rule.name())) {
                    continue;
                }
                issues.add(new ReportIssue(finding.severity() == Severity.ERROR ? ReportIssue.Level.ERROR
                        : ReportIssue.Level.WARNING, id, finding.message(language), places(finding, explainer)));
                FindingsText.append(details, finding, explainer, language);
            }
            cases.add(new ReportCase(rule.packageName(), rule.name(), rule.location(), issues, details.toString()));
        }
        return new Report("factquiz validate", rules, cases);
    }

    static List<ReportRule> rules(List<RuleInfo> infos) {
        return infos.stream()
                .map(r -> new ReportRule(ReportRule.idOf(r.packageName(), r.name()), r.name(), r.description(),
                        r.location()))
                .toList();
    }

    /** Where the written facts behind a finding are, in the order the finding names them. */
    static List<Location> places(Finding finding, Explainer explainer) {
        List<Location> places = new ArrayList<>();
        for (String id : finding.facts()) {
            for (Evidence evidence : explainer.explain(id)) {
                for (Evidence leaf : evidence.leaves()) {
                    if (leaf.location() != null && leaf.location().line() > 0 && !places.contains(leaf.location())) {
                        places.add(leaf.location());
                    }
                }
            }
        }
        return places;
    }
}
