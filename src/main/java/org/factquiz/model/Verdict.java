package org.factquiz.model;

import java.util.List;
import java.util.Objects;

/** The engine's judgement of one claim: label, the deciding rule, the facts it rests on, and why. */
public record Verdict(String claim, VerdictLabel label, String rule, List<String> facts, String reasonEn,
                      String reasonDe) {
    public Verdict {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(rule, "rule");
        facts = List.copyOf(facts);
        reasonEn = reasonEn == null ? "" : reasonEn;
        reasonDe = reasonDe == null ? "" : reasonDe;
    }

    public String reason(Language language) {
        return language == Language.DE ? reasonDe : reasonEn;
    }
}
