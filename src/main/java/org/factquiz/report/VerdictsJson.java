package org.factquiz.report;

import java.util.List;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.model.VerdictLabel;

/** The machine-readable report of a check run (documented in docs/formats.md). */
public final class VerdictsJson {
    private VerdictsJson() {
    }

    record Report(String tool, int claims, List<ClaimEntry> verdicts) {
    }

    record ClaimEntry(String id, String claim, String verdict, String expected, String decidedBy, String reason,
                      String reasonDe, String file, Integer line, List<FindingsJson.FactEntry> evidence,
                      List<String> missing) {
    }

    public static String render(CheckResult result) {
        List<ClaimEntry> entries = result.claims().stream().map(c -> entry(c, result)).toList();
        return FindingsJson.Json.write(new Report("factquiz check", entries.size(), entries));
    }

    /** A settled claim lacks nothing, whatever side remarks the rules made on the way. */
    private static boolean settled(JudgedClaim c) {
        return c.label() == VerdictLabel.SUPPORTED || c.label() == VerdictLabel.REFUTED
                || c.label() == VerdictLabel.CONFLICT;
    }

    private static ClaimEntry entry(JudgedClaim c, CheckResult result) {
        boolean placed = c.claim().location() != null && c.claim().location().line() > 0;
        return new ClaimEntry(c.claim().id(), c.claim().text().strip(), c.label().label(),
                c.expected() == null ? null : c.expected().label(), c.verdict().rule(),
                c.verdict().reasonEn(), c.verdict().reasonDe(),
                placed ? c.claim().location().file() : null, placed ? c.claim().location().line() : null,
                c.verdict().facts().stream().flatMap(id -> result.explainer().explain(id).stream())
                        .map(FindingsJson::fact).toList(),
                settled(c) ? List.of() : c.gaps().stream().map(g -> g.noteEn()).toList());
    }
}
