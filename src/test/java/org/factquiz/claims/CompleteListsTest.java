package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factquiz.load.InputException;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A complete list excludes what it leaves out, an open one does not. The article's lists of rivals
 * are open ("wie"), so the shipped facts get one more chatbot whose rivals are listed completely.
 */
class CompleteListsTest {
    private static final String KIMI_AND_ITS_ONLY_RIVAL = """
            source: bytedance-ki
            topic: products
            entities:
              - id: kimi
                type: chatbot
                name: {en: Kimi, de: Kimi}
            statements:
              - id: kimi-competes-only-with-ernie-bot
                kind: relation
                subject: kimi
                predicate: competes-with
                objects: [ernie-bot]
                list: complete
                sentence: 11
            """;

    @TempDir
    static Path dir;

    private static ShippedKnowledge withKimi;

    @BeforeAll
    static void addKimi() throws InputException {
        withKimi = ShippedKnowledge.load(ShippedKnowledge.factsWith(dir, "kimi.yaml", KIMI_AND_ITS_ONLY_RIVAL));
    }

    @Test
    void memberOfACompleteListIsSupported() throws InputException {
        assertThat(withKimi.judge("Kimi competes with Ernie Bot").label()).isEqualTo(VerdictLabel.SUPPORTED);
    }

    @Test
    void completeListRefutesWhatItLeavesOut() throws InputException {
        JudgedClaim judged = withKimi.judge("Kimi competes with Doubao");

        assertThat(judged.label()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(judged.verdict().facts()).containsExactly("kimi-competes-only-with-ernie-bot");
    }

    @Test
    void completeListOfASymmetricRelationRefutesTheOtherWayRoundToo() throws InputException {
        JudgedClaim judged = withKimi.judge("Doubao konkurriert mit Kimi");

        assertThat(judged.label()).isEqualTo(VerdictLabel.REFUTED);
        assertThat(judged.verdict().facts()).containsExactly("kimi-competes-only-with-ernie-bot");
    }

    @Test
    void openListStillRefutesNothing() throws InputException {
        assertThat(withKimi.judge("Doubao competes with Cici AI").label()).isEqualTo(VerdictLabel.NOT_ENOUGH_INFO);
    }
}
