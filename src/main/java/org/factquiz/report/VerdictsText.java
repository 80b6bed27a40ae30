package org.factquiz.report;

import java.util.stream.Collectors;
import java.util.Arrays;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.model.Language;
import org.factquiz.model.VerdictLabel;

/** The human-readable report of a check run: each claim, its verdict, why, and the evidence with sources. */
public final class VerdictsText {
    private VerdictsText() {
    }

    public static String render(CheckResult result, Language language) {
        StringBuilder out = new StringBuilder();
        for (JudgedClaim judged : result.claims()) {
            out.append(judged.label().label()).append("  ").append(judged.claim().text().strip());
            if (judged.claim().location() != null && judged.claim().location().line() > 0) {
                out.append("  [").append(judged.claim().location()).append(']');
            }
            if (judged.unexpected()) {
                out.append(language == Language.DE ? "  (erwartet: " : "  (expected: ")
                        .append(judged.expected().label()).append(')');
            }
            out.append('\n');
            String reason = judged.verdict().reason(language);
            if (!reason.isEmpty()) {
                out.append("  ").append(reason).append('\n');
            }
            EvidenceText.append(out, judged.verdict().facts().stream()
                    .flatMap(id -> result.explainer().explain(id).stream()).toList(), "  ", language);
            out.append('\n');
        }
        String counts = Arrays.stream(VerdictLabel.values())
                .filter(l -> result.count(l) > 0)
                .map(l -> result.count(l) + " " + l.label())
                .collect(Collectors.joining(", "));
        int n = result.claims().size();
        out.append(n).append(language == Language.DE ? (n == 1 ? " Aussage: " : " Aussagen: ")
                : (n == 1 ? " claim: " : " claims: ")).append(counts).append('\n');
        long unexpected = result.claims().stream().filter(JudgedClaim::unexpected).count();
        if (unexpected > 0) {
            out.append(unexpected).append(language == Language.DE ? " mit unerwartetem Urteil\n"
                    : " with a verdict other than expected\n");
        }
        return out.toString();
    }
}
