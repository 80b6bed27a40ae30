package org.factquiz.report;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.engine.Evidence;
import org.factquiz.engine.RuleInfo;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.VerdictLabel;

/**
 * A claim check as a CI report: one case per claim, failing when the claim fails the check (REFUTED
 * or CONFLICT; with --strict anything but SUPPORTED; or a verdict other than the claim's 'expect'),
 * placed at the claim's line in its file and at the facts its verdict rests on.
 */
public final class CheckReport {
    private CheckReport() {
    }

    public static Report of(CheckResult result, List<RuleInfo> ruleInfos, boolean strict, Language language) {
        List<RuleInfo> claimRules = ruleInfos.stream().filter(r -> r.packageName().equals("claims")).toList();
        List<ReportCase> cases = new ArrayList<>();
        for (JudgedClaim judged : result.claims()) {
            List<Location> places = new ArrayList<>();
            Location claimPlace = judged.claim().location();
            if (claimPlace != null && claimPlace.line() > 0) {
                places.add(claimPlace);
            }
            for (String id : judged.verdict().facts()) {
                for (Evidence evidence : result.explainer().explain(id)) {
                    for (Evidence leaf : evidence.leaves()) {
                        if (leaf.location() != null && leaf.location().line() > 0) {
                            places.add(leaf.location());
                        }
                    }
                }
            }
            String reason = judged.verdict().reason(language);
            String message = judged.label().label() + ": " + judged.claim().text().strip()
                    + (judged.unexpected() ? " (expected " + judged.expected().label() + ")" : "")
                    + (reason.isEmpty() ? "" : " - " + reason);
            ReportIssue.Level level = CheckResult.fails(judged, strict) ? ReportIssue.Level.ERROR
                    : judged.label() == VerdictLabel.SUPPORTED ? null : ReportIssue.Level.NOTE;
            List<ReportIssue> issues = level == null ? List.of()
                    : List.of(new ReportIssue(level, ReportRule.idOf("claims", judged.verdict().rule()), message,
                            places));
            cases.add(new ReportCase("claims", judged.claim().id() + ": " + judged.claim().text().strip(), claimPlace,
                    issues, message));
        }
        return new Report("factquiz check", ValidationReport.rules(claimRules), cases);
    }
}
