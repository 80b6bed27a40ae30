package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;
import static org.factquiz.fixtures.Validation.Reported.warning;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/relations.drl, on mutations of the shipped facts. */
class RelationRulesTest {
    static final String ONE_SUBJECT = "A single-subject relation has one subject for each object";
    static final String COMPLETE_LIST = "A complete list names every object of its subject and predicate";
    static final String ONE_OBJECT = "A single-object relation has one object for each subject";
    static final String HEADQUARTERS = """
            source: bytedance-ki
            predicates:
              - {id: headquartered-in, domain: [company], range: [place], single-object: true}
            phrases:
              relations:
                - {predicate: headquartered-in, en: ["{subject} is headquartered in {object}"],
                   de: ["{subject} hat seinen Sitz in {object}"]}
            statements:
              - {id: bytedance-hq-china, kind: relation, subject: bytedance, predicate: headquartered-in,
                 object: china, sentence: 1}
            """;
    static final String PRODUCTS = "statements/products.yaml";
    static final String STRATEGY = "statements/strategy.yaml";

    @TempDir
    Path dir;

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    private static String baiduMakesDoubao(String extraLines) {
        return """
                - id: baidu-makes-doubao
                  kind: relation
                  subject: baidu
                  predicate: makes
                  object: doubao
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                %s""".formatted(extraLines.stripIndent().indent(2));
    }

    @Test
    void secondMakerOfAProductIsReported() throws Exception {
        var facts = EditedFacts.shipped().append(PRODUCTS, baiduMakesDoubao(""));

        assertThat(validate(facts)).containsExactly(error(ONE_SUBJECT, "baidu-makes-doubao", "bytedance-makes-doubao"));
    }

    @Test
    void hedgedSecondMakerIsAWarning() throws Exception {
        var facts = EditedFacts.shipped().append(PRODUCTS, baiduMakesDoubao("""
                status: hedged"""));

        assertThat(validate(facts)).containsExactly(
                warning(ONE_SUBJECT, "baidu-makes-doubao", "bytedance-makes-doubao"));
    }

    @Test
    void makersAtDisjointTimesDoNotClash() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(PRODUCTS, "bytedance-makes-doubao", "since: 2023")
                .append(PRODUCTS, baiduMakesDoubao("until: 2022"));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void sameMakerStatedTwiceIsOneMaker() throws Exception {
        var facts = EditedFacts.shipped().append(PRODUCTS, """
                - id: bytedance-makes-doubao-again
                  kind: relation
                  subject: bytedance
                  predicate: makes
                  object: doubao
                  sentence: 12
                  quote: "Der Erfolg von Doubao"
                """);

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void predicateWithoutSingleSubjectMayHaveMany() throws Exception {
        var facts = EditedFacts.shipped().append(PRODUCTS, """
                - id: baidu-invests-in-llms
                  kind: relation
                  subject: baidu
                  predicate: invests-in
                  object: large-language-models
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                """);

        assertThat(validate(facts)).isEmpty();
    }

    private static String dualStrategyTargets(String market) {
        return """
                - id: dual-strategy-targets-%s
                  kind: relation
                  subject: dual-strategy
                  predicate: targets
                  object: %s
                  sentence: 16
                  quote: "ByteDance hat eine Doppelstrategie entwickelt"
                """.formatted(market, market);
    }

    @Test
    void objectMissingFromACompleteListIsReported() throws Exception {
        var facts = EditedFacts.shipped().append(STRATEGY, dualStrategyTargets("usa"));

        assertThat(validate(facts)).containsExactly(
                error(COMPLETE_LIST, "dual-strategy-targets-markets", "dual-strategy-targets-usa"));
    }

    @Test
    void objectAlreadyInTheCompleteListIsFine() throws Exception {
        var facts = EditedFacts.shipped().append(STRATEGY, dualStrategyTargets("china"));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void openListLicensesNoConclusionAboutOtherObjects() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", """
                        - id: text-to-speech
                          type: service
                        """)
                .append(PRODUCTS, """
                        - id: doubao-offers-text-to-speech
                          kind: relation
                          subject: doubao
                          predicate: offers
                          object: text-to-speech
                          sentence: 12
                          quote: "vielseitigen Funktionalität"
                        """);

        assertThat(validate(facts)).isEmpty();
        assertThat(validate(facts.inEntry(PRODUCTS, "doubao-offers-services", "list: open", "list: complete")))
                .as("the same list, if it were complete")
                .containsExactly(error(COMPLETE_LIST, "doubao-offers-services", "doubao-offers-text-to-speech"));
    }

    @Test
    void sameObjectsUnderTheSamePredicateButAnotherSubjectAreUnrelated() throws Exception {
        var facts = EditedFacts.shipped().append(STRATEGY, dualStrategyTargets("usa")
                .replace("subject: dual-strategy", "subject: ai-strategy")
                .replace("dual-strategy-targets-usa", "ai-strategy-targets-usa"));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void secondHeadquartersOfACompanyIsReported() throws Exception {
        var facts = EditedFacts.shipped().write("headquarters.yaml", HEADQUARTERS + """
                  - {id: bytedance-hq-usa, kind: relation, subject: bytedance, predicate: headquartered-in,
                     object: usa, sentence: 1}
                """);

        assertThat(validate(facts)).containsExactly(error(ONE_OBJECT, "bytedance-hq-china", "bytedance-hq-usa"));
    }

    @Test
    void headquartersAndTheRegionAroundItAreOneHeadquarters() throws Exception {
        var facts = EditedFacts.shipped().write("headquarters.yaml", HEADQUARTERS + """
                  - {id: bytedance-hq-asia, kind: relation, subject: bytedance, predicate: headquartered-in,
                     object: asia, sentence: 1}
                  - {id: china-in-asia, kind: relation, subject: china, predicate: located-in, object: asia,
                     sentence: 1}
                """);

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void makerInsideTheOtherMakerIsNoSecondMaker() throws Exception {
        var facts = EditedFacts.shipped().write("team.yaml", """
                source: bytedance-ki
                predicates:
                  - {id: part-of, domain: [organisation], range: [organisation], containment: true}
                phrases:
                  relations:
                    - {predicate: part-of, en: ["{subject} is part of {object}"], de: ["{subject} gehört zu {object}"]}
                entities:
                  - {id: doubao-team, type: company, name: {en: Doubao team, de: Doubao-Team}}
                statements:
                  - {id: doubao-team-makes-doubao, kind: relation, subject: doubao-team, predicate: makes,
                     object: doubao, sentence: 10}
                  - {id: doubao-team-part-of-bytedance, kind: relation, subject: doubao-team, predicate: part-of,
                     object: bytedance, sentence: 10}
                """);

        assertThat(validate(facts)).isEmpty();
        assertThat(validate(facts.replace("team.yaml", "predicate: part-of,\n", "predicate: competes-with,\n")))
                .as("without the containment")
                .containsExactly(error(ONE_SUBJECT, "bytedance-makes-doubao", "doubao-team-makes-doubao"));
    }
}
