package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factquiz.engine.Evidence;
import org.factquiz.load.InputException;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken fact base: beside the article's "Doubao has more users than Ernie Bot", a second
 * statement gives Ernie Bot more users than Doubao. Claims it touches are a CONFLICT that shows
 * both sides, never a silent pick; claims it does not touch keep their verdicts.
 */
class ConflictingFactsTest {
    private static final String ERNIE_BOT_AHEAD = """
            source: bytedance-ki
            topic: users
            statements:
              - id: ernie-bot-beats-doubao
                kind: comparison
                subject: ernie-bot
                measure: monthly-active-users
                comparator: more
                object: doubao
                sentence: 11
            """;

    @TempDir
    static Path dir;

    private static ShippedKnowledge broken;

    @BeforeAll
    static void giveErnieBotMoreUsers() throws InputException {
        broken = ShippedKnowledge.load(ShippedKnowledge.factsWith(dir, "ernie-bot-ahead.yaml", ERNIE_BOT_AHEAD));
    }

    @Test
    void comparisonBackedAndContradictedIsAConflictShowingBothSides() throws InputException {
        CheckResult result = broken.check("Doubao has more monthly active users than Ernie Bot");
        JudgedClaim judged = result.claims().get(0);

        assertThat(judged.label()).isEqualTo(VerdictLabel.CONFLICT);
        assertThat(judged.verdict().facts()).containsExactlyInAnyOrder(
                "exceeds(doubao, ernie-bot, monthly-active-users)", "exceeds(ernie-bot, doubao, monthly-active-users)");
        assertThat(judged.verdict().facts().stream().flatMap(id -> result.explainer().explain(id).stream())
                .flatMap(e -> e.leaves().stream()).map(Evidence::id))
                .containsExactlyInAnyOrder("doubao-beats-ernie-bot", "ernie-bot-beats-doubao");
        assertThat(judged.verdict().reasonEn()).contains("point both ways");
        assertThat(judged.verdict().reasonDe()).contains("für und gegen");
    }

    @Test
    void theOppositeClaimIsAConflictToo() throws InputException {
        assertThat(broken.judge("Ernie Bot hat mehr Nutzer als Doubao").label()).isEqualTo(VerdictLabel.CONFLICT);
    }

    @Test
    void conflictFailsTheCheckLikeARefutation() throws InputException {
        assertThat(broken.check("Doubao has more users than Ernie Bot").fails(false)).isTrue();
    }

    @Test
    void claimsTheContradictionDoesNotTouchKeepTheirVerdicts() throws InputException {
        CheckResult result = broken.check("Doubao has 60 million users", "Baidu makes Ernie Bot",
                "Doubao was launched in 2022");

        assertThat(result.claims()).extracting(JudgedClaim::label)
                .containsExactly(VerdictLabel.SUPPORTED, VerdictLabel.SUPPORTED, VerdictLabel.REFUTED);
    }
}
