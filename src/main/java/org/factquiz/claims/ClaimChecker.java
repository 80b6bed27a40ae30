package org.factquiz.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factquiz.engine.Explainer;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.SessionResult;
import org.factquiz.model.Claim;
import org.factquiz.model.ClaimEvidence;
import org.factquiz.model.ClaimGap;
import org.factquiz.model.Verdict;

/** Judges claims by inserting them into the rule session beside the facts; the claim rules decide. */
public final class ClaimChecker {
    private ClaimChecker() {
    }

    public static CheckResult check(Knowledge knowledge, List<ClaimsReader.ReadClaim> claims) {
        SessionResult session = knowledge.run(inserted(claims));
        return collect(knowledge, session, claims);
    }

    /**
     * What goes into the session for {@code claims}: each claim with the claims it is made of (a
     * negation's affirmation, an order's two parts) and the words in it no fact mentions.
     */
    public static List<Object> inserted(List<ClaimsReader.ReadClaim> claims) {
        List<Object> inserted = new ArrayList<>();
        for (ClaimsReader.ReadClaim read : claims) {
            addWithParts(read.claim(), inserted);
            inserted.addAll(read.unknowns());
        }
        return inserted;
    }

    private static void addWithParts(Claim claim, List<Object> inserted) {
        inserted.add(claim);
        for (Claim part : claim.parts()) {
            addWithParts(part, inserted);
        }
    }

    /** Gathers verdicts for {@code claims} from a session they were inserted into. */
    public static CheckResult collect(Knowledge knowledge, SessionResult session, List<ClaimsReader.ReadClaim> claims) {
        Map<String, List<Verdict>> verdicts = session.all(Verdict.class).stream()
                .collect(Collectors.groupingBy(Verdict::claim));
        Map<String, List<ClaimEvidence>> evidence = session.all(ClaimEvidence.class).stream()
                .collect(Collectors.groupingBy(ClaimEvidence::claim));
        Map<String, List<ClaimGap>> gaps = session.all(ClaimGap.class).stream()
                .collect(Collectors.groupingBy(ClaimGap::claim));
        List<JudgedClaim> judged = new ArrayList<>();
        for (ClaimsReader.ReadClaim read : claims) {
            String id = read.claim().id();
            List<Verdict> found = verdicts.getOrDefault(id, List.of());
            if (found.size() != 1) {
                throw new IllegalStateException("the claim rules gave " + found.size() + " verdicts for claim '" + id
                        + "' instead of one: check rules/claims/verdicts.drl");
            }
            judged.add(new JudgedClaim(read.claim(), found.get(0),
                    sorted(evidence.getOrDefault(id, List.of()), e -> (e.supports() ? "0" : "1") + e.rule() + e.facts()),
                    sorted(gaps.getOrDefault(id, List.of()), ClaimGap::noteEn), read.expected()));
        }
        return new CheckResult(judged, new Explainer(knowledge.facts(), session));
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }
}
