package org.factquiz.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.draft.DraftCheck;
import org.factquiz.draft.DraftSentence;
import org.factquiz.draft.Overstatement;
import org.factquiz.draft.SentenceResult;
import org.factquiz.draft.Suppression;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.VerdictLabel;

/** A draft check for machines (documented in docs/formats.md): every sentence, its verdict, flag and place. */
public final class DraftsJson {
    private DraftsJson() {
    }

    record Report(String tool, String format, boolean passed, long errors, long warnings, List<DraftEntry> drafts,
                  List<SuppressionEntry> suppressions, List<SkippedEntry> skipped) {
    }

    record DraftEntry(String file, String language, String languageFrom, int sentences, long checked, long notRead,
                      long errors, long warnings, long suppressed, Map<String, Long> verdicts,
                      List<SentenceEntry> results) {
    }

    record SentenceEntry(int index, String text, int line, int column, int endLine, int endColumn, String verdict,
                         String flag, String severity, String message, String decidedBy, String reason,
                         String notRead, List<FindingsJson.FactEntry> evidence, List<String> missing,
                         OverstatedEntry overstated, SuppressionRef suppressedBy) {
    }

    record OverstatedEntry(String sourceStatus, String hedge, String accordingTo, String accordingToName,
                           List<SourceEntry> sources, String suggestion, Boolean suggestionConfirmed) {
    }

    record SourceEntry(String fact, String file, int line, int sentence, String sentenceText) {
    }

    record SuppressionRef(String by, String directive, String at, String reason) {
    }

    record SuppressionEntry(String by, String directive, String at, String reason, String file, boolean used,
                            List<Covered> covered) {
    }

    record Covered(String file, int line, int column, String text, String verdict, String flag) {
    }

    record SkippedEntry(String file, String by, String reason) {
    }

    public static String render(DraftCheck check, boolean strict) {
        List<DraftEntry> drafts = new ArrayList<>();
        long errors = 0;
        long warnings = 0;
        for (DraftCheck.DraftResult d : check.drafts()) {
            Language language = d.draft().language();
            Map<String, Long> verdicts = new LinkedHashMap<>();
            for (VerdictLabel label : VerdictLabel.values()) {
                verdicts.put(label.label(), d.count(label));
            }
            List<SentenceEntry> results = d.sentences().stream().map(r -> sentence(r, check, language)).toList();
            drafts.add(new DraftEntry(d.draft().file(), language.code(), d.draft().languageSource().label(),
                    d.sentences().size(), d.checked(), d.sentences().size() - d.checked(), d.errors(), d.warnings(),
                    d.suppressed(), verdicts, results));
            errors += d.errors();
            warnings += d.warnings();
        }
        List<SuppressionEntry> suppressions = check.suppressions().stream().map(DraftsJson::suppression).toList();
        List<SkippedEntry> skipped = check.skipped().stream()
                .map(s -> new SkippedEntry(s.file(), s.by().location().toString(), s.by().reason())).toList();
        return FindingsJson.Json.write(new Report("factquiz check --text", "factquiz-draft-check/1",
                !check.fails(strict), errors, warnings, drafts, suppressions, skipped));
    }

    private static SentenceEntry sentence(SentenceResult r, DraftCheck check, Language language) {
        DraftSentence s = r.sentence();
        if (!r.read()) {
            return new SentenceEntry(s.index(), s.text(), s.start().line(), s.start().column(), s.end().line(),
                    s.end().column(), null, null, null, null, null, null, r.notRead(), List.of(), List.of(), null,
                    ref(r.suppression()));
        }
        var verdict = r.judged().verdict();
        boolean settled = r.judged().label() == VerdictLabel.SUPPORTED || r.judged().label() == VerdictLabel.REFUTED
                || r.judged().label() == VerdictLabel.CONFLICT;
        String severity = r.flag() == null ? null : r.flag().isError() ? "error" : "warning";
        return new SentenceEntry(s.index(), s.text(), s.start().line(), s.start().column(), s.end().line(),
                s.end().column(), r.judged().label().label(), r.flag() == null ? null : r.flag().id(), severity,
                r.flag() == null ? null : DraftReport.message(r, check, language), verdict.rule(),
                verdict.reason(language), null,
                verdict.facts().stream().flatMap(id -> check.explainer().explain(id).stream())
                        .map(FindingsJson::fact).toList(),
                settled ? List.of() : r.judged().gaps().stream().map(g -> language == Language.DE ? g.noteDe()
                        : g.noteEn()).toList(),
                overstated(r.overstatement()), ref(r.suppression()));
    }

    private static OverstatedEntry overstated(Overstatement how) {
        if (how == null) {
            return null;
        }
        List<SourceEntry> sources = how.sources().stream().map(s -> new SourceEntry(s.id(), s.location().file(),
                s.location().line(), s.source().sentence(), s.source().sentenceText())).toList();
        return new OverstatedEntry(how.status().label(), how.hedge(), how.accordingTo(), how.accordingToName(), sources,
                how.suggestion(), how.suggestion() == null ? null : how.suggestionConfirmed());
    }

    private static SuppressionRef ref(Suppression s) {
        return s == null ? null : new SuppressionRef(s.by(), s.directive(), s.at().toString(),
                s.reason().isEmpty() ? null : s.reason());
    }

    private static SuppressionEntry suppression(DraftCheck.SuppressionUse use) {
        Suppression s = use.suppression();
        List<Covered> covered = use.covered().stream().map(r -> {
            Location at = r.sentence().start();
            return new Covered(at.file(), at.line(), at.column(), r.sentence().text(),
                    r.read() ? r.judged().label().label() : null, r.flag() == null ? null : r.flag().id());
        }).toList();
        return new SuppressionEntry(s.by(), s.directive(), s.at().toString(), s.reason().isEmpty() ? null : s.reason(),
                use.file(), !covered.isEmpty(), covered);
    }
}
