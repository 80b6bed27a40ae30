package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.factquiz.load.InputException;
import org.factquiz.model.ConjunctionClaim;
import org.factquiz.model.NegatedClaim;
import org.factquiz.model.OrderClaim;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The claim kinds the reader builds beyond single facts, judged by the generic rules of
 * rules/claims/negation.drl, order.drl, conjunction.drl and the unknown-term rule of gaps.drl, on
 * the shipped facts: each rule with a claim it decides and a near miss it must not.
 */
class ClaimKindsTest {
    private static ShippedKnowledge shipped;

    @BeforeAll
    static void load() throws InputException {
        shipped = ShippedKnowledge.shared();
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Alibaba does not make Doubao                         | SUPPORTED
            ByteDance does not own TikTok                        | REFUTED
            Doubao bietet keine Bildgenerierung an               | REFUTED
            Doubao does not compete with Cici AI                 | NOT_ENOUGH_INFO
            Doubao does not offer video generation               | NOT_ENOUGH_INFO
            Alibaba is not Nvidia's largest customer in China    | REPORTED
            ByteDance is not Nvidia's largest customer in China  | NOT_ENOUGH_INFO
            """)
    void aNegationTakesItsAffirmationsEvidenceTheOtherWayRound(String sentence, VerdictLabel verdict)
            throws InputException {
        JudgedClaim judged = shipped.judge(sentence);

        assertThat(judged.claim()).isInstanceOf(NegatedClaim.class);
        assertThat(judged.label()).isEqualTo(verdict);
    }

    @Test
    void aNegationNeverTurnsNotEnoughInfoIntoAVerdictAndSaysWhatIsMissing() throws InputException {
        JudgedClaim judged = shipped.judge("Doubao does not compete with Cici AI");

        assertThat(judged.verdict().reasonEn()).contains("is open", "neither includes nor excludes 'cici-ai'");
        assertThat(judged.verdict().rule()).isEqualTo("A claim nothing settles or backs has NOT ENOUGH INFO");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ByteDance began hiring AI engineers before it launched Doubao          | SUPPORTED
            Doubao was launched after ByteDance began hiring AI engineers          | SUPPORTED
            ByteDance launched Doubao before it began to hire AI engineers         | REFUTED
            Nach der Einführung von Doubao begann ByteDance, KI-Ingenieure abzuwerben | REFUTED
            ByteDance built up teams for language models before Cici AI was launched | NOT_ENOUGH_INFO
            ByteDance hired AI engineers before it launched Ernie Bot              | NOT_ENOUGH_INFO
            """)
    void anOrderIsJudgedByTheDatesOfTheFactsThatStateItsParts(String sentence, VerdictLabel verdict)
            throws InputException {
        JudgedClaim judged = shipped.judge(sentence);

        assertThat(judged.claim()).isInstanceOf(OrderClaim.class);
        assertThat(judged.label()).isEqualTo(verdict);
    }

    @Test
    void anOrderClaimRestsOnTheDatedFacts() throws InputException {
        JudgedClaim judged = shipped.judge("ByteDance began hiring AI engineers before it launched Doubao");

        assertThat(judged.verdict().facts()).containsExactlyInAnyOrder("bytedance-hires-ai-engineers-since-2021",
                "doubao-launched-august-2023");
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Doubao offers search, translation and image generation     | SUPPORTED
            Douyin und TikTok sind in vielen Märkten gesättigt          | SUPPORTED
            The dual strategy targets China and Malaysia               | REFUTED
            Doubao offers search and music generation                  | NOT_ENOUGH_INFO
            """)
    void aClaimOfSeveralThingsHoldsWhenEachHolds(String sentence, VerdictLabel verdict) throws InputException {
        JudgedClaim judged = shipped.judge(sentence);

        assertThat(judged.claim()).isInstanceOf(ConjunctionClaim.class);
        assertThat(judged.label()).isEqualTo(verdict);
    }

    @Test
    void aClearClaimAboutSomethingUnknownIsNotEnoughInfoAndSaysWhat() throws InputException {
        JudgedClaim speech = shipped.judge("Doubao offers speech recognition");
        JudgedClaim typo = shipped.judge("Doubao has more users than Ernie Bto");

        assertThat(speech.label()).isEqualTo(VerdictLabel.NOT_ENOUGH_INFO);
        assertThat(speech.verdict().reasonEn()).startsWith("no fact mentions 'speech recognition'");
        assertThat(typo.label()).isEqualTo(VerdictLabel.NOT_ENOUGH_INFO);
        assertThat(typo.verdict().reasonEn()).contains("no fact mentions 'Ernie Bto' (did you mean 'Ernie Bot'?)");
        assertThat(typo.verdict().reasonDe()).contains("kein Fakt erwähnt 'Ernie Bto' (meinten Sie 'Ernie Bot'?)");
    }

    @Test
    void aCompleteListNeverRefutesWordsNoFactMentionsForTheyMayNameAMember() throws InputException {
        // "Mars" is no member, but words the facts do not know may be another name of one ("the
        // Chinese market"): a complete list refutes only entities it leaves out.
        var mars = shipped.judge("The dual strategy targets Mars");
        assertThat(mars.label()).isEqualTo(VerdictLabel.NOT_ENOUGH_INFO);
        assertThat(mars.verdict().reasonEn()).contains("no fact mentions 'Mars'");
        assertThat(shipped.judge("The dual strategy targets the USA").label()).isEqualTo(VerdictLabel.REFUTED);
    }
}
