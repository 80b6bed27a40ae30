package org.factquiz.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.Claim;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Overstated sentence in, wording that keeps the source's hedge out: the draft's own words, the
 * attribution in front, the hedge where each language puts it.
 */
class RewordingTest {
    static Rewording rewording;

    @BeforeAll
    static void shippedFactsAndPhrases() throws InputException {
        FactBase facts = FactsLoader.load(Path.of("facts"));
        rewording = new Rewording(facts, PhraseBookLoader.load(Path.of("rules/language")));
    }

    private static Claim about(String subject, String accordingTo, boolean possibly) {
        return new RelationClaim("c", subject, "p", "o", null, null, accordingTo, possibly, "", Location.UNKNOWN);
    }

    private static Overstatement source(Status status, String accordingTo, String name) {
        return new Overstatement(status, accordingTo, name, null, List.of(), null, false);
    }

    @Test
    void englishPutsTheHedgeAfterAnAuxiliaryOrBeforeTheVerbAndTheSourceInFront() {
        Overstatement hedgedByInsiders = source(Status.HEDGED, "industry-insiders", "industry insiders");

        assertThat(rewording.reword("ByteDance is Nvidia's largest customer in Asia.", about("bytedance", null, false),
                hedgedByInsiders, Language.EN))
                .isEqualTo("According to industry insiders, ByteDance is possibly Nvidia's largest customer in Asia.");
        assertThat(rewording.reword("The United States controls ByteDance geopolitically.", about("usa", null, false),
                source(Status.HEDGED, null, null), Language.EN))
                .isEqualTo("The United States possibly controls ByteDance geopolitically.");
        assertThat(rewording.reword("ByteDance failed in gaming", about("bytedance", null, false),
                source(Status.REPORTED, "critics", "critics"), Language.EN))
                .isEqualTo("According to critics, ByteDance failed in gaming.");
    }

    @Test
    void germanPutsTheVerbSecondAfterTheSourceAndTheHedgeAfterVerbAndSubject() {
        Overstatement hedgedByInsiders = source(Status.HEDGED, "industry-insiders", "Brancheninsidern");

        assertThat(rewording.reword("ByteDance ist Nvidias größter Kunde in Asien.", about("bytedance", null, false),
                hedgedByInsiders, Language.DE))
                .isEqualTo("Laut Brancheninsidern ist ByteDance möglicherweise Nvidias größter Kunde in Asien.");
        assertThat(rewording.reword("Laut Brancheninsidern ist ByteDance Nvidias größter Kunde in Asien.",
                about("bytedance", "industry-insiders", false), hedgedByInsiders, Language.DE))
                .isEqualTo("Laut Brancheninsidern ist ByteDance möglicherweise Nvidias größter Kunde in Asien.");
        assertThat(rewording.reword("Seit 2021 kontrollieren die USA ByteDance", about("usa", null, false),
                source(Status.HEDGED, null, null), Language.DE))
                .isEqualTo("Seit 2021 kontrollieren die USA möglicherweise ByteDance.");
    }

    @Test
    void anAimIsFramedAsOneAndAnUnknownSubjectGetsNoSuggestion() {
        assertThat(rewording.reword("ByteDance depends less on Nvidia.", about("bytedance", null, false),
                source(Status.INTENDED, null, null), Language.EN)).isEqualTo("The aim: ByteDance depends less on Nvidia.");
        assertThat(rewording.reword("Das Unternehmen wird unabhängiger.", about("bytedance", null, false),
                source(Status.HEDGED, null, null), Language.DE)).isNull();
    }

    @Test
    void theSourcesNameIsTakenAsTheSourceSentenceWritesItAfterLaut() {
        assertThat(rewording.sourceName("industry-insiders", "Laut Brancheninsidern ist ByteDance ...", Language.DE))
                .isEqualTo("Brancheninsidern");
        assertThat(rewording.sourceName("industry-insiders", "Laut Brancheninsidern ist ByteDance ...", Language.EN))
                .isEqualTo("industry insiders");
    }
}
