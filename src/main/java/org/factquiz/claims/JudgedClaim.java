package org.factquiz.claims;

import java.util.List;
import org.factquiz.model.Claim;
import org.factquiz.model.ClaimEvidence;
import org.factquiz.model.ClaimGap;
import org.factquiz.model.Verdict;
import org.factquiz.model.VerdictLabel;

/** A claim with its verdict, all the evidence the rules gathered, and the verdict its author expected. */
public record JudgedClaim(Claim claim, Verdict verdict, List<ClaimEvidence> evidence, List<ClaimGap> gaps,
                          VerdictLabel expected) {
    public JudgedClaim {
        evidence = List.copyOf(evidence);
        gaps = List.copyOf(gaps);
    }

    public VerdictLabel label() {
        return verdict.label();
    }

    /** True when the author gave an expected verdict and the engine disagrees. */
    public boolean unexpected() {
        return expected != null && expected != verdict.label();
    }
}
