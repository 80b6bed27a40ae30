package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.engine.Evidence;
import org.factquiz.load.InputException;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chained comparisons, on the shipped facts plus two more chatbots: Ernie Bot has more users than
 * Kimi, Kimi more than Yuanbao. With the article's "Doubao has more users than Ernie Bot", Doubao
 * has more than both, and the evidence shows how.
 */
class TransitiveComparisonsTest {
    private static final String TWO_MORE_CHATBOTS = """
            source: bytedance-ki
            topic: users
            entities:
              - id: kimi
                type: chatbot
                name: {en: Kimi, de: Kimi}
              - id: yuanbao
                type: chatbot
                name: {en: Yuanbao, de: Yuanbao}
            statements:
              - id: ernie-bot-beats-kimi
                kind: comparison
                subject: ernie-bot
                measure: monthly-active-users
                comparator: more
                object: kimi
                sentence: 11
              - id: kimi-beats-yuanbao
                kind: comparison
                subject: kimi
                measure: monthly-active-users
                comparator: more
                object: yuanbao
                sentence: 11
            """;

    @TempDir
    static Path dir;

    private static ShippedKnowledge chained;

    @BeforeAll
    static void addTwoChatbots() throws InputException {
        chained = ShippedKnowledge.load(ShippedKnowledge.factsWith(dir, "more-chatbots.yaml", TWO_MORE_CHATBOTS));
    }

    @Test
    void comparisonThroughOneIntermediateIsSupportedWithItsChain() throws InputException {
        CheckResult result = chained.check("Doubao has more users than Kimi");
        JudgedClaim judged = result.claims().get(0);

        assertThat(judged.label()).isEqualTo(VerdictLabel.SUPPORTED);
        assertThat(judged.verdict().facts()).containsExactly("exceeds(doubao, kimi, monthly-active-users)");
        Evidence chain = result.explainer().explain("exceeds(doubao, kimi, monthly-active-users)").get(0);
        assertThat(chain.rule()).isEqualTo("Comparisons are transitive");
        assertThat(chain.premises()).extracting(Evidence::id).containsExactly(
                "exceeds(doubao, ernie-bot, monthly-active-users)", "exceeds(ernie-bot, kimi, monthly-active-users)");
        assertThat(chain.premises()).extracting(Evidence::rule).containsOnly("A comparison says who has more");
        assertThat(chain.leaves()).extracting(Evidence::id)
                .containsExactly("doubao-beats-ernie-bot", "ernie-bot-beats-kimi");
        assertThat(chain.leaves().get(0).source().sentence()).isEqualTo(11);
    }

    @Test
    void comparisonThroughTwoIntermediatesRestsOnAllThreeStatements() throws InputException {
        CheckResult result = chained.check("Doubao hat mehr Nutzer als Yuanbao");
        JudgedClaim judged = result.claims().get(0);

        assertThat(judged.label()).isEqualTo(VerdictLabel.SUPPORTED);
        Evidence chain = result.explainer().explain(judged.verdict().facts().get(0)).get(0);
        assertThat(chain.rule()).isEqualTo("Comparisons are transitive");
        assertThat(chain.leaves()).extracting(Evidence::id)
                .containsExactlyInAnyOrder("doubao-beats-ernie-bot", "ernie-bot-beats-kimi", "kimi-beats-yuanbao");
    }

    @Test
    void chainedComparisonTheOtherWayIsRefuted() throws InputException {
        CheckResult result = chained.check("Yuanbao has more users than Doubao", "Kimi ist beliebter als Doubao",
                "Doubao is less popular than Kimi");

        assertThat(result.claims()).extracting(JudgedClaim::label).containsOnly(VerdictLabel.REFUTED);
        assertThat(result.claims().get(1).verdict().facts())
                .containsExactly("exceeds(doubao, kimi, monthly-active-users)");
    }

    @Test
    void chainedComparisonToAnUncomparedProductIsNotEnoughInfo() throws InputException {
        assertThat(chained.judge("Kimi has more users than Cici AI").label()).isEqualTo(VerdictLabel.NOT_ENOUGH_INFO);
    }

    @Test
    void countOfAProductBelowDoubaoInTheChainIsCappedByDoubaosCount() throws InputException {
        CheckResult result = chained.check("Yuanbao has 70 million users", "Yuanbao has fewer than 60 million users");

        assertThat(result.claims()).extracting(JudgedClaim::label)
                .containsExactly(VerdictLabel.REFUTED, VerdictLabel.SUPPORTED);
        assertThat(result.claims().get(0).verdict().facts())
                .containsExactly("exceeds(doubao, yuanbao, monthly-active-users)", "doubao-60-million-users");
    }

    @Test
    void theArticlesOwnComparisonIsUnchangedByTheChain() throws InputException {
        List<JudgedClaim> judged = chained.check("Doubao has more users than Ernie Bot",
                "Ernie Bot has more users than Kimi").claims();

        assertThat(judged).extracting(JudgedClaim::label).containsOnly(VerdictLabel.SUPPORTED);
    }
}
