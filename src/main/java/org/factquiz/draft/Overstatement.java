package org.factquiz.draft;

import java.util.List;
import java.util.Objects;
import org.factquiz.model.Status;
import org.factquiz.model.Statement;

/**
 * How the source words what a sentence states as certain: the source's own hedge ("möglicherweise")
 * or attribution (to whom), the statements that say it, and a wording for the draft that keeps the
 * source's hedge. {@code suggestionConfirmed} is true when the claim checker reads the suggested
 * wording and finds it SUPPORTED.
 *
 * @param accordingTo the entity the source attributes it to (id), or null
 * @param accordingToName that entity's name in the draft's language, or null
 * @param hedge the source's own hedging word, or null (an aim has none)
 */
public record Overstatement(Status status, String accordingTo, String accordingToName, String hedge,
                            List<Statement> sources, String suggestion, boolean suggestionConfirmed) {
    public Overstatement {
        Objects.requireNonNull(status, "status");
        sources = List.copyOf(sources);
    }

    Overstatement withSuggestion(String wording, boolean confirmed) {
        return new Overstatement(status, accordingTo, accordingToName, hedge, sources, wording, confirmed);
    }
}
