package org.factquiz.claims;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factquiz.engine.Explainer;
import org.factquiz.model.VerdictLabel;

/** The verdicts of one check run, in the order the claims were given. */
public record CheckResult(List<JudgedClaim> claims, Explainer explainer) {
    private static final Set<VerdictLabel> FAILING = EnumSet.of(VerdictLabel.REFUTED, VerdictLabel.CONFLICT);
    private static final Set<VerdictLabel> FAILING_STRICTLY = EnumSet.of(VerdictLabel.REFUTED, VerdictLabel.CONFLICT,
            VerdictLabel.NOT_ENOUGH_INFO, VerdictLabel.HEDGED, VerdictLabel.REPORTED);

    public CheckResult {
        claims = List.copyOf(claims);
    }

    /**
     * True when a claim fails: REFUTED or CONFLICT; when strict, anything short of SUPPORTED; and
     * always when an author's expected verdict is not met.
     */
    public boolean fails(boolean strict) {
        return claims.stream().anyMatch(c -> fails(c, strict));
    }

    /** True when this one claim fails, by the same measure as {@link #fails(boolean)}. */
    public static boolean fails(JudgedClaim claim, boolean strict) {
        Set<VerdictLabel> failing = strict ? FAILING_STRICTLY : FAILING;
        return claim.unexpected() || (claim.expected() == null && failing.contains(claim.label()));
    }

    public long count(VerdictLabel label) {
        return claims.stream().filter(c -> c.label() == label).count();
    }
}
