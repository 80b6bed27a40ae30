package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.Verdict;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a check run fails: what the exit code of {@code factquiz check} is decided on. */
class CheckResultTest {
    private static JudgedClaim judged(VerdictLabel label, VerdictLabel expected) {
        RelationClaim claim = new RelationClaim("c", "bytedance", "owns", "tiktok", null, null, null, false,
                "ByteDance owns TikTok", null);
        return new JudgedClaim(claim, new Verdict("c", label, "rule", List.of(), "", ""), List.of(), List.of(),
                expected);
    }

    private static CheckResult result(JudgedClaim... claims) {
        return new CheckResult(List.of(claims), null);
    }

    @ParameterizedTest(name = "{0}: fails {1}, with --strict {2}")
    @CsvSource({
        "SUPPORTED,       false, false",
        "REFUTED,         true,  true",
        "CONFLICT,        true,  true",
        "NOT_ENOUGH_INFO, false, true",
        "REPORTED,        false, true",
        "HEDGED,          false, true"})
    void onlyRefutedAndConflictFailUnlessStrict(VerdictLabel label, boolean fails, boolean failsStrictly) {
        CheckResult result = result(judged(VerdictLabel.SUPPORTED, null), judged(label, null));

        assertThat(result.fails(false)).isEqualTo(fails);
        assertThat(result.fails(true)).isEqualTo(failsStrictly);
    }

    @Test
    void claimWithTheVerdictItExpectsNeverFailsEvenWhenRefuted() {
        CheckResult result = result(judged(VerdictLabel.REFUTED, VerdictLabel.REFUTED),
                judged(VerdictLabel.NOT_ENOUGH_INFO, VerdictLabel.NOT_ENOUGH_INFO));

        assertThat(result.fails(false)).isFalse();
        assertThat(result.fails(true)).isFalse();
    }

    @Test
    void claimWithAnotherVerdictThanExpectedFailsEvenWhenSupported() {
        CheckResult result = result(judged(VerdictLabel.SUPPORTED, VerdictLabel.REFUTED));

        assertThat(result.fails(false)).isTrue();
    }
}
