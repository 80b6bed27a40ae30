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

    /**
     * True for the id a claim gives words no fact mentions ("?speech recognition"): it names no
     * entity, so no list of entities can leave it out.
     */
    public static boolean isUnknown(String id) {
        return id != null && id.startsWith("?");
    }

    /** The id a claim gives {@code words} no fact mentions. */
    public static String idOf(String words) {
        return "?" + words;
    }

    /** " (did you mean 'Askbot'?)", or "". */
    public String hintEn() {
        return hint == null ? "" : " (did you mean '" + hint + "'?)";
    }

    /** " (meinten Sie 'Askbot'?)", or "". */
    public String hintDe() {
        return hint == null ? "" : " (meinten Sie '" + hint + "'?)";
    }
}
