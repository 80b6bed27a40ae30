package org.factquiz.draft;

import java.util.Objects;
import org.factquiz.model.Location;

/**
 * One sentence of a draft's prose, as the claim reader gets it (white space collapsed), and where
 * it stands in the file: from {@code start} to {@code end} (the place just after its last
 * character, exclusive, as SARIF counts), and the same as offsets into the draft's text.
 *
 * @param index the sentence's number in its draft, from 1
 * @param block the prose block it belongs to, numbered from 0
 */
public record DraftSentence(int index, String text, Location start, Location end, int startOffset, int endOffset,
                            int block) {
    public DraftSentence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** True when the sentence covers any part of the 1-based {@code line}. */
    public boolean touchesLine(int line) {
        return start.line() <= line && line <= end.line() && !(end.line() == line && end.column() == 1
                && start.line() < line);
    }
}
