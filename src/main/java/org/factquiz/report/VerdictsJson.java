package org.factquiz.report;

import java.util.List;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.JudgedClaim;

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

    private static ClaimEntry entry(JudgedClaim c, CheckResult result) {
        boolean placed = c.claim().location() != null && c.claim().location().line() > 0
                && !c.claim().location().file().startsWith("claim ");
        return new ClaimEntry(c.claim().id(), c.claim().text().strip(), c.label().label(),
                c.expected() == null ? null : c.expected().label(), c.verdict().rule(),
                c.verdict().reasonEn(), c.verdict().reasonDe(),
                placed ? c.claim().location().file() : null, placed ? c.claim().location().line() : null,
                c.verdict().facts().stream().flatMap(id -> result.explainer().explain(id).stream())
                        .map(FindingsJson::fact).toList(),
                c.gaps().stream().map(g -> g.noteEn()).toList());
    }
}
