package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.load.FactsLoader;
import org.factquiz.model.Document;
import org.factquiz.model.FactBase;
import org.factquiz.model.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShippedFactBaseTest {
    private static FactBase facts;

    @BeforeAll
    static void load() throws Exception {
        facts = FactsLoader.load(EditedFacts.SHIPPED);
    }

    @Test
    void shippedFactsValidateWithoutFindings() throws Exception {
        ValidationResult result = Validation.validate(EditedFacts.SHIPPED);

        assertThat(Validation.reported(result)).isEmpty();
        assertThat(result.isConsistent()).isTrue();
    }

    @Test
    void theArticleHasNineteenSentences() {
        assertThat(facts.documents()).singleElement()
                .satisfies(d -> assertThat(d.sentences()).hasSize(19))
                .satisfies(d -> assertThat(d.sentence(14)).isEqualTo("Trotz des Erfolgs birgt ByteDances KI-Strategie Risiken."));
    }

    @Test
    void everySentenceOfTheArticleIsCitedByAStatement() {
        Document article = facts.documents().get(0);
        Set<Integer> cited = facts.statements().stream()
                .map(Statement::source)
                .filter(s -> s.document().equals(article.id()))
                .map(s -> s.sentence())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(cited).containsExactlyElementsOf(
                IntStream.rangeClosed(1, article.sentences().size()).boxed().toList());
    }

    @Test
    void everyEntityIsMentionedByAStatement() {
        Set<String> mentioned = facts.statements().stream()
                .flatMap(s -> s.mentions().stream())
                .map(m -> m.entity())
                .collect(Collectors.toSet());
        facts.statements().forEach(s -> {
            if (s.provenance().accordingTo() != null) {
                mentioned.add(s.provenance().accordingTo());
            }
        });

        assertThat(facts.entities()).extracting(e -> e.id())
                .filteredOn(id -> !mentioned.contains(id))
                .as("entities no statement mentions")
                .isEmpty();
    }

    @Test
    void everyStatementQuotesItsSentence() {
        assertThat(facts.statements()).allSatisfy(s -> {
            assertThat(s.source().quote()).as("quote of %s", s.id()).isNotBlank();
            assertThat(s.source().sentenceText()).as("sentence of %s", s.id()).contains(s.source().quote());
        });
    }
}
