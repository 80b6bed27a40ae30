package org.factquiz.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factquiz.draft.DraftCheck;
import org.factquiz.draft.DraftCheckKind;
import org.factquiz.draft.SentenceResult;
import org.factquiz.engine.Evidence;
import org.factquiz.model.Language;
import org.factquiz.model.Location;

/**
 * A draft check as a CI report: one case per sentence read as a claim (class name: the draft),
 * and for each flag an issue at the sentence's line and column range, then at the facts it rests
 * on. Suppressed flags stay in the report, marked so: SARIF lists them with their suppression.
 */
public final class DraftReport {
    private DraftReport() {
    }

    public static Report of(DraftCheck check, boolean strict) {
        List<ReportRule> rules = Arrays.stream(DraftCheckKind.values())
                .map(k -> new ReportRule(ruleId(k), k.id(), k.description(), null)).toList();
        List<ReportCase> cases = new ArrayList<>();
        for (DraftCheck.DraftResult d : check.drafts()) {
            Language language = d.draft().language();
            for (SentenceResult r : d.sentences()) {
                if (!r.read()) {
                    continue;
                }
                List<ReportIssue> issues = new ArrayList<>();
                String message = r.judged().label().label() + ": " + r.sentence().text();
                if (r.flag() != null) {
                    message = message(r, check, language);
                    boolean failing = r.flag().isError() || strict;
                    ReportIssue.Level level = failing ? ReportIssue.Level.ERROR : ReportIssue.Level.WARNING;
                    ReportIssue.Suppressed suppressed = r.suppression() == null ? null
                            : new ReportIssue.Suppressed(r.suppression().inSource(), DraftWords.suppression(r.suppression()));
                    issues.add(new ReportIssue(level, ruleId(r.flag()), message, places(r, check), r.sentence().end(),
                            suppressed));
                }
                cases.add(new ReportCase(d.draft().file(), r.sentence().text(), r.sentence().start(), issues,
                        message));
            }
        }
        return new Report("factquiz check --text", rules, cases);
    }

    static String ruleId(DraftCheckKind kind) {
        return "draft/" + kind.id();
    }

    /** The sentence, then the written facts its verdict rests on. */
    private static List<Location> places(SentenceResult r, DraftCheck check) {
        List<Location> places = new ArrayList<>();
        places.add(r.sentence().start());
        for (String id : r.judged().verdict().facts()) {
            for (Evidence evidence : check.explainer().explain(id)) {
                for (Evidence leaf : evidence.leaves()) {
                    if (leaf.location() != null && leaf.location().line() > 0) {
                        places.add(leaf.location());
                    }
                }
            }
        }
        return places;
    }

    /**
     * One line for an annotation: "REFUTED: S - the facts: id (sentence 10: „...“)", or for an
     * overstatement the source's hedge, its sentence and the suggested wording.
     */
    static String message(SentenceResult r, DraftCheck check, Language language) {
        StringBuilder out = new StringBuilder(DraftWords.flag(r)).append(": ").append(r.sentence().text());
        if (r.overstatement() != null) {
            out.append(" - ").append(DraftWords.hedge(r.overstatement(), language));
            DraftWords.sourceSentences(r.overstatement(), language).forEach(s -> out.append("; ").append(s));
            if (r.overstatement().suggestion() != null) {
                out.append("; ").append(DraftWords.suggestion(r.overstatement(), language));
            }
            return out.toString();
        }
        String reason = r.judged().verdict().reason(language);
        if (!reason.isEmpty()) {
            out.append(" - ").append(reason);
        }
        List<String> facts = new ArrayList<>();
        for (String id : r.judged().verdict().facts()) {
            for (Evidence evidence : check.explainer().explain(id)) {
                for (Evidence leaf : evidence.leaves()) {
                    String line = leaf.id() + (leaf.source() == null ? "" : " ("
                            + (language == Language.DE ? "Satz " : "sentence ") + leaf.source().sentence() + ": „"
                            + leaf.source().sentenceText() + "“)");
                    if (!facts.contains(line)) {
                        facts.add(line);
                    }
                }
            }
        }
        if (!facts.isEmpty()) {
            out.append(language == Language.DE ? " - die Fakten: " : " - the facts: ").append(String.join("; ", facts));
        }
        return out.toString();
    }
}
