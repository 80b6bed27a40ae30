package org.factquiz.draft;

import java.util.Objects;
import org.factquiz.claims.JudgedClaim;

/**
 * What the check made of one sentence: not read (with the reader's reason), or read and judged;
 * the flag the verdict earns, how the source words an overstated sentence, and the suppression
 * that hides the flag, if any.
 */
public record SentenceResult(DraftSentence sentence, String notRead, JudgedClaim judged, DraftCheckKind flag,
                             Overstatement overstatement, Suppression suppression) {
    public SentenceResult {
        Objects.requireNonNull(sentence, "sentence");
        if ((notRead == null) == (judged == null)) {
            throw new IllegalArgumentException("a sentence is either read and judged or not read");
        }
    }

    public boolean read() {
        return judged != null;
    }

    /** Flagged and not suppressed: what counts for the exit code. */
    public boolean reported() {
        return flag != null && suppression == null;
    }

    public boolean isError() {
        return reported() && flag.isError();
    }

    public boolean isWarning() {
        return reported() && !flag.isError();
    }

    SentenceResult suppressedBy(Suppression by) {
        return new SentenceResult(sentence, notRead, judged, flag, overstatement, by);
    }
}
