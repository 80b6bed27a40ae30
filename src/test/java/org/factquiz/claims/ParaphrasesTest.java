package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The paraphrase table (src/test/resources/claims/paraphrases.yaml): claims about the shipped
 * article as readers write them, each with the verdict the article warrants. The reader's share of
 * claims read and judged right is measured here (and reported in docs/claims.md); it may rise,
 * and the floor below rises with it, but it may not fall.
 */
class ParaphrasesTest {
    static final Path TABLE = Path.of("src/test/resources/claims/paraphrases.yaml");
    private static final double READ_AT_LEAST = 0.99;
    private static final double RIGHT_AT_LEAST = 0.98;

    private static ShippedKnowledge shipped;
    private static ParaphraseScore score;

    @BeforeAll
    static void readAndJudgeTheTable() throws Exception {
        shipped = ShippedKnowledge.shared();
        score = ParaphraseScore.of(TABLE, shipped.knowledge(), shipped.parser());
        System.out.println("paraphrases: " + score.summary());
        score.misses().forEach(m -> System.out.println("  " + m));
    }

    @Test
    void theTableHasAtLeast300ClaimsInBothLanguages() {
        assertThat(score.claims()).isGreaterThanOrEqualTo(300);
        for (Language l : Language.values()) {
            assertThat(score.rows().stream().filter(r -> r.language() == l).count()).as(l.code())
                    .isGreaterThanOrEqualTo(100);
        }
    }

    @Test
    void everyPredicateMeasureTitleAndEventOfTheArticleIsInTheTable() {
        FactBase facts = shipped.knowledge().facts();
        Set<String> about = score.rows().stream().flatMap(r -> r.about().stream()).collect(Collectors.toSet());
        List<String> entries = Stream.of(facts.predicates().stream().map(p -> p.id()),
                facts.measures().stream().map(m -> m.id()), facts.titles().stream().map(t -> t.id()),
                facts.events().stream().map(e -> e.id())).flatMap(s -> s).toList();
        Set<String> missing = new HashSet<>(entries);
        missing.removeAll(about);
        assertThat(missing).as("vocabulary entries no claim of the table is about").isEmpty();
    }

    @Test
    void theReaderReadsAndJudgesAtLeastTheShareMeasured() {
        assertThat((double) score.read() / score.claims()).as(score.summary()).isGreaterThanOrEqualTo(READ_AT_LEAST);
        assertThat((double) score.right() / score.claims()).as(score.summary()).isGreaterThanOrEqualTo(RIGHT_AT_LEAST);
    }
}
