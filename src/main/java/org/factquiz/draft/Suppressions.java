package org.factquiz.draft;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.engine.Evidence;
import org.factquiz.engine.Explainer;

/**
 * Applies what editors asked to leave alone: the directives in each draft first, then the entries
 * of the configuration file. A suppressed sentence keeps its verdict (reports show what was
 * hidden) but its flag no longer counts; every suppression is listed with what it covers.
 */
final class Suppressions {
    private Suppressions() {
    }

    static DraftCheck apply(List<DraftCheck.DraftResult> results, List<DraftCheck.Skipped> skipped,
                            DraftConfig config, Explainer explainer) {
        List<DraftCheck.SuppressionUse> uses = new ArrayList<>();
        Map<DraftConfig.Entry, List<SentenceResult>> byEntry = new LinkedHashMap<>();
        config.ignore().stream().filter(e -> !e.skipsWholeDrafts()).forEach(e -> byEntry.put(e, new ArrayList<>()));
        List<DraftCheck.DraftResult> out = new ArrayList<>();
        for (DraftCheck.DraftResult result : results) {
            Draft draft = result.draft();
            List<SentenceResult> sentences = new ArrayList<>(result.sentences());
            for (Directive directive : draft.directives()) {
                if (directive.kind() == Directive.Kind.ON) {
                    continue;
                }
                Suppression by = new Suppression("inline", directive.kind().keyword(), directive.location(),
                        directive.reason());
                List<SentenceResult> covered = new ArrayList<>();
                for (int i : covered(draft, directive)) {
                    if (sentences.get(i).suppression() == null) {
                        sentences.set(i, sentences.get(i).suppressedBy(by));
                        covered.add(sentences.get(i));
                    }
                }
                uses.add(new DraftCheck.SuppressionUse(by, draft.file(), covered));
            }
            for (Map.Entry<DraftConfig.Entry, List<SentenceResult>> entry : byEntry.entrySet()) {
                DraftConfig.Entry e = entry.getKey();
                if (!config.matches(e.paths(), Path.of(draft.file()))) {
                    continue;
                }
                Suppression by = new Suppression("config", "ignore", e.location(), e.reason());
                for (int i = 0; i < sentences.size(); i++) {
                    SentenceResult s = sentences.get(i);
                    if (s.suppression() == null && matches(e, s, explainer)) {
                        sentences.set(i, s.suppressedBy(by));
                        entry.getValue().add(sentences.get(i));
                    }
                }
            }
            out.add(new DraftCheck.DraftResult(draft, sentences));
        }
        byEntry.forEach((e, covered) -> uses.add(new DraftCheck.SuppressionUse(
                new Suppression("config", "ignore", e.location(), e.reason()), null, covered)));
        return new DraftCheck(out, skipped, uses, explainer);
    }

    private static boolean matches(DraftConfig.Entry e, SentenceResult s, Explainer explainer) {
        if (e.sentence() != null && !e.sentence().matcher(s.sentence().text()).find()) {
            return false;
        }
        if (!e.checks().isEmpty() && (s.flag() == null || !e.checks().contains(s.flag()))) {
            return false;
        }
        if (!e.facts().isEmpty()) {
            if (s.flag() == null) {
                return false;
            }
            boolean rests = false;
            for (String fact : s.judged().verdict().facts()) {
                for (Evidence evidence : explainer.explain(fact)) {
                    rests |= e.facts().contains(evidence.id())
                            || evidence.leaves().stream().anyMatch(l -> e.facts().contains(l.id()));
                }
            }
            return rests;
        }
        return true;
    }

    /** The indexes of the sentences a directive covers. */
    static List<Integer> covered(Draft draft, Directive d) {
        List<DraftSentence> sentences = draft.sentences();
        List<Integer> covered = new ArrayList<>();
        switch (d.kind()) {
            case IGNORE -> {
                int target = -1;
                for (int i = 0; i < sentences.size() && target < 0; i++) {
                    DraftSentence s = sentences.get(i);
                    if (s.startOffset() < d.offset() && d.offset() < s.endOffset()) {
                        target = i;
                    }
                }
                for (int i = sentences.size() - 1; i >= 0 && target < 0 && d.block() >= 0; i--) {
                    DraftSentence s = sentences.get(i);
                    if (s.block() == d.block() && s.endOffset() <= d.offset()) {
                        target = i;
                    }
                }
                for (int i = 0; i < sentences.size() && target < 0; i++) {
                    if (sentences.get(i).startOffset() >= d.end()) {
                        target = i;
                    }
                }
                if (target >= 0) {
                    covered.add(target);
                }
            }
            case IGNORE_NEXT_LINE -> {
                int next = draft.text().lineOf(Math.max(d.offset(), d.end() - 1)) + 2;
                for (int i = 0; i < sentences.size(); i++) {
                    if (sentences.get(i).touchesLine(next)) {
                        covered.add(i);
                    }
                }
            }
            case OFF -> {
                int until = draft.directives().stream()
                        .filter(o -> o.kind() == Directive.Kind.ON && o.offset() > d.offset())
                        .mapToInt(Directive::offset).min().orElse(Integer.MAX_VALUE);
                for (int i = 0; i < sentences.size(); i++) {
                    int start = sentences.get(i).startOffset();
                    if (start > d.offset() && start < until) {
                        covered.add(i);
                    }
                }
            }
            case ON -> {
            }
        }
        return covered;
    }
}
