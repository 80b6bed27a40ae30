package org.factquiz.model;

import java.util.Objects;

/** Why the facts cannot settle a claim: what is missing, in English and German. */
public record ClaimGap(String claim, String noteEn, String noteDe, String fact) {
    public ClaimGap {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(noteEn, "noteEn");
        Objects.requireNonNull(noteDe, "noteDe");
    }
}
