package org.factquiz.model;

import java.util.Objects;

/**
 * Words of a claim that name nothing the facts know ("speech recognition", "Beijing"): the claim
 * is read, and the rules say that no fact mentions them. {@code hint} is the closest known name,
 * or null.
 */
public record UnknownTerm(String claim, String text, String hint) {
    public UnknownTerm {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(text, "text");
    }

    /** " (did you mean 'Ernie Bot'?)", or "". */
    public String hintEn() {
        return hint == null ? "" : " (did you mean '" + hint + "'?)";
    }

    /** " (meinten Sie 'Ernie Bot'?)", or "". */
    public String hintDe() {
        return hint == null ? "" : " (meinten Sie '" + hint + "'?)";
    }
}
