package org.factquiz.draft;

import java.util.List;
import java.util.Objects;
import org.factquiz.engine.Explainer;
import org.factquiz.model.VerdictLabel;

/**
 * The outcome of checking drafts: each draft's sentences with their verdicts and flags, the drafts
 * the configuration leaves out, every suppression with what it hid, and the explainer that turns
 * the verdicts' fact ids into evidence.
 */
public record DraftCheck(List<DraftResult> drafts, List<Skipped> skipped, List<SuppressionUse> suppressions,
                         Explainer explainer) {
    public DraftCheck {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
        suppressions = List.copyOf(suppressions);
    }

    /** One draft's results, in the order of its sentences. */
    public record DraftResult(Draft draft, List<SentenceResult> sentences) {
        public DraftResult {
            Objects.requireNonNull(draft, "draft");
            sentences = List.copyOf(sentences);
        }

        public long checked() {
            return sentences.stream().filter(SentenceResult::read).count();
        }

        public long count(VerdictLabel label) {
            return sentences.stream().filter(s -> s.read() && s.judged().label() == label).count();
        }

        public long errors() {
            return sentences.stream().filter(SentenceResult::isError).count();
        }

        public long warnings() {
            return sentences.stream().filter(SentenceResult::isWarning).count();
        }

        public long suppressed() {
            return sentences.stream().filter(s -> s.suppression() != null).count();
        }
    }

    /** A draft the configuration leaves out, and the entry that does. */
    public record Skipped(String file, DraftConfig.Entry by) {
    }

    /** A suppression (directive or configuration entry) and the sentences it covers; none: it is unused. */
    public record SuppressionUse(Suppression suppression, String file, List<SentenceResult> covered) {
        public SuppressionUse {
            covered = List.copyOf(covered);
        }
    }

    /** True when the run fails: an error, or with {@code strict} a warning too. */
    public boolean fails(boolean strict) {
        return drafts.stream().anyMatch(d -> d.errors() > 0 || (strict && d.warnings() > 0));
    }
}
