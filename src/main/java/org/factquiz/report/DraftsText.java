package org.factquiz.report;

import org.factquiz.draft.Draft;
import org.factquiz.draft.DraftCheck;
import org.factquiz.draft.SentenceResult;
import org.factquiz.model.Language;

/**
 * A draft check for people, the way a compiler reports: {@code draft.md:12:5: error: REFUTED: ...}
 * with the evidence below it, one summary line per draft. {@code verbose} also lists every other
 * sentence as a note: not read (and why), NOT ENOUGH INFO, SUPPORTED, suppressed, and unused
 * suppressions.
 */
public final class DraftsText {
    private DraftsText() {
    }

    public static String render(DraftCheck check, boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (DraftCheck.DraftResult d : check.drafts()) {
            Language language = d.draft().language();
            for (SentenceResult r : d.sentences()) {
                if (r.reported()) {
                    out.append(r.sentence().start()).append(": ").append(r.flag().isError() ? "error" : "warning")
                            .append(": ").append(DraftWords.flag(r)).append(": ").append(r.sentence().text())
                            .append('\n');
                    details(out, r, check, language);
                } else if (verbose) {
                    out.append(r.sentence().start()).append(": note: ").append(note(r, language)).append('\n');
                }
            }
            if (verbose) {
                for (DraftCheck.SuppressionUse use : check.suppressions()) {
                    if (use.covered().isEmpty() && d.draft().file().equals(use.file())) {
                        out.append(use.suppression().at()).append(": note: unused suppression '")
                                .append(use.suppression().directive()).append("': it covers no sentence\n");
                    }
                }
            }
            out.append(d.draft().file()).append(": ").append(DraftWords.summary(d));
            if (verbose) {
                out.append(" [").append(language.code()).append(", ").append(source(d.draft())).append(']');
            }
            out.append('\n');
        }
        for (DraftCheck.Skipped skipped : check.skipped()) {
            out.append(skipped.file()).append(": skipped by ").append(skipped.by().location())
                    .append(skipped.by().reason().isEmpty() ? "" : " (" + skipped.by().reason() + ")").append('\n');
        }
        if (verbose) {
            for (DraftCheck.SuppressionUse use : check.suppressions()) {
                if (use.covered().isEmpty() && use.file() == null) {
                    out.append(use.suppression().at()).append(": note: unused ignore entry: it covers no sentence\n");
                }
            }
        }
        return out.toString();
    }

    private static String source(Draft draft) {
        return switch (draft.languageSource()) {
            case OPTION -> "from --lang";
            case FRONT_MATTER -> "from the front matter";
            case DETECTED -> "detected";
        };
    }

    private static void details(StringBuilder out, SentenceResult r, DraftCheck check, Language language) {
        if (r.overstatement() != null) {
            out.append("  ").append(DraftWords.hedge(r.overstatement(), language)).append('\n');
        } else {
            String reason = r.judged().verdict().reason(language);
            if (!reason.isEmpty()) {
                out.append("  ").append(reason).append('\n');
            }
        }
        EvidenceText.append(out, r.judged().verdict().facts().stream()
                .flatMap(id -> check.explainer().explain(id).stream()).toList(), "  ", language);
        if (r.overstatement() != null && r.overstatement().suggestion() != null) {
            out.append("  ").append(DraftWords.suggestion(r.overstatement(), language)).append('\n');
        }
    }

    private static String note(SentenceResult r, Language language) {
        String what;
        if (!r.read()) {
            what = "not read: " + r.notRead();
        } else {
            String reason = r.judged().verdict().reason(language);
            what = r.judged().label().label() + ": " + r.sentence().text() + (reason.isEmpty() ? "" : " - " + reason);
        }
        return r.suppression() == null ? what : "suppressed by " + DraftWords.suppression(r.suppression()) + ": "
                + (r.flag() != null ? DraftWords.flag(r) + ": " + r.sentence().text() : what);
    }
}
