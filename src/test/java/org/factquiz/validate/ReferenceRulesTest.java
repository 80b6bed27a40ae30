package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.EditedFacts.placeOf;
import static org.factquiz.fixtures.Validation.Reported.error;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.factquiz.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/references.drl, on mutations of the shipped facts. */
class ReferenceRulesTest {
    static final String KNOWN_ENTITIES = "A statement refers only to known entities";
    static final String KNOWN_SOURCE = "A statement is attributed to a known entity";
    static final String KNOWN_PREDICATE = "A relation uses a known predicate";
    static final String QUANTITY_MEASURE = "A quantity uses a known measure";
    static final String COMPARISON_MEASURE = "A comparison uses a known measure";
    static final String KNOWN_TITLE = "A title statement uses a known title";
    static final String KNOWN_TYPE = "An entity has a known type";
    static final String LINK_FROM = "A link connects known statements";
    static final String LINK_TO = "A link leads to a known statement";
    static final String UNIQUE_ID = "An id names only one thing of its kind";
    static final String PARENT_TYPE = "A type's parent is a known type";
    static final String PREDICATE_TYPES = "A predicate names only known types";
    static final String MEASURE_TYPES = "A measure names only known types";
    static final String TITLE_TYPES = "A title names only known types";
    static final String MEASURE_UNIT = "A measure is counted in a known unit";
    static final String TITLE_MEASURE = "A title is decided by a known measure";
    static final String DECLARED_EVENT = "An event statement names a declared event";
    static final String CHAIN_PREDICATES = "A predicate's chains and super-predicates are known predicates";

    static final String COMPANY = "statements/company.yaml";
    static final String PRODUCTS = "statements/products.yaml";
    static final String USERS = "statements/users.yaml";
    static final String STRATEGY = "statements/strategy.yaml";
    static final String CHIPS = "statements/chips.yaml";
    static final String VOCABULARY = "vocabulary.yaml";

    @TempDir
    Path dir;

    private List<Finding> findings(EditedFacts facts) throws Exception {
        return Validation.validate(facts.writeTo(dir)).findings();
    }

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    @Test
    void misspeltEntityIsReportedWithTheClosestKnownName() throws Exception {
        var facts = EditedFacts.shipped().inEntry(COMPANY, "bytedance-owns-tiktok", "object: tiktok", "object: tik-tok");

        List<Finding> findings = findings(facts);

        assertThat(findings).extracting(Reported::of)
                .containsExactly(error(KNOWN_ENTITIES, "bytedance-owns-tiktok"));
        assertThat(findings.get(0).messageEn()).isEqualTo(
                "'bytedance-owns-tiktok' names unknown entity 'tik-tok' as its object (did you mean 'tiktok'?)");
        assertThat(findings.get(0).messageDe()).isEqualTo(
                "'bytedance-owns-tiktok' nennt die unbekannte Entität 'tik-tok' als Objekt (meinten Sie 'tiktok'?)");
    }

    @Test
    void unknownEntityInScopeOfATitleIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(COMPANY, "zhang-richest-in-china", "scope: china", "scope: chinaa");

        assertThat(validate(facts)).containsExactly(error(KNOWN_ENTITIES, "zhang-richest-in-china"));
    }

    @Test
    void reportedStatementAttributedToAnUnknownEntityIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(CHIPS, "bytedance-largest-nvidia-customer-china", "according-to: industry-insiders",
                        "according-to: industry-insiderz");

        List<Finding> findings = findings(facts);

        assertThat(findings).extracting(Reported::of).containsExactly(error(KNOWN_SOURCE, "bytedance-largest-nvidia-customer-china"));
        assertThat(findings.get(0).messageEn()).isEqualTo("'bytedance-largest-nvidia-customer-china' is attributed to"
                + " unknown entity 'industry-insiderz' (did you mean 'industry-insiders'?)");
    }

    @Test
    void unknownPredicateIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(COMPANY, "bytedance-owns-tiktok", "predicate: owns", "predicate: own");

        List<Finding> findings = findings(facts);

        assertThat(findings).extracting(Reported::of).containsExactly(error(KNOWN_PREDICATE, "bytedance-owns-tiktok"));
        assertThat(findings.get(0).messageEn()).endsWith("(did you mean 'owns'?)");
    }

    @Test
    void quantityOfAnUnknownMeasureIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(USERS, "doubao-60-million-users",
                "measure: monthly-active-users", "measure: monthly-users");

        assertThat(validate(facts)).containsExactly(error(QUANTITY_MEASURE, "doubao-60-million-users"));
    }

    @Test
    void comparisonOfAnUnknownMeasureIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(USERS, "doubao-beats-ernie-bot",
                "measure: monthly-active-users", "measure: monthly-active-user");

        assertThat(validate(facts)).containsExactly(error(COMPARISON_MEASURE, "doubao-beats-ernie-bot"));
    }

    @Test
    void unknownTitleIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(COMPANY, "zhang-richest-in-china", "title: richest-person", "title: richest-man");

        assertThat(validate(facts)).containsExactly(error(KNOWN_TITLE, "zhang-richest-in-china"));
    }

    @Test
    void entityOfAnUnknownTypeIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry("entities.yaml", "ai-products", "type: product", "type: produkt");

        assertThat(validate(facts)).containsExactly(error(KNOWN_TYPE, "ai-products"));
    }

    @Test
    void linkFromAnUnknownStatementIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(STRATEGY, "saturation-drives-need-for-growth",
                "tiktok-saturated]", "tiktok-saturatd]");

        assertThat(validate(facts)).containsExactly(error(LINK_FROM, "saturation-drives-need-for-growth"));
    }

    @Test
    void linkToAnUnknownStatementIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(STRATEGY, "saturation-drives-need-for-growth",
                "to: bytedance-needs-growth-engines", "to: bytedance-needs-growth");

        assertThat(validate(facts)).containsExactly(error(LINK_TO, "saturation-drives-need-for-growth"));
    }

    @Test
    void statementIdUsedTwiceIsReportedWithBothPlaces() throws Exception {
        var facts = EditedFacts.shipped().append(PRODUCTS, """
                - id: bytedance-owns-tiktok
                  kind: relation
                  subject: bytedance
                  predicate: owns
                  object: tiktok
                  sentence: 1
                  quote: "Der TikTok-Eigentümer ByteDance"
                """);

        List<Finding> findings = findings(facts);

        Path written = dir.resolve("facts/statements");
        assertThat(findings).extracting(Reported::of).containsExactly(error(UNIQUE_ID, "bytedance-owns-tiktok"));
        assertThat(findings.get(0).messageEn()).isEqualTo("the statement id 'bytedance-owns-tiktok' is used twice: at "
                + placeOf(written.resolve("company.yaml"), "bytedance-owns-tiktok") + " and at "
                + placeOf(written.resolve("products.yaml"), "bytedance-owns-tiktok"));
    }

    @Test
    void entityIdUsedTwiceIsReported() throws Exception {
        var facts = EditedFacts.shipped().append("entities.yaml", """
                - id: doubao
                  type: chatbot
                  name: {en: Doubao, de: Doubao}
                """);

        assertThat(validate(facts)).containsExactly(error(UNIQUE_ID, "doubao"));
    }

    @Test
    void statementMayShareItsIdWithAnEntity() throws Exception {
        var facts = EditedFacts.shipped().inEntry(PRODUCTS, "bytedance-makes-doubao",
                "- id: bytedance-makes-doubao", "- id: doubao");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void typeWithAnUnknownParentIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry("types.yaml", "chatbot", "parent: ai-application",
                "parent: ai-app");

        assertThat(validate(facts)).containsExactly(error(PARENT_TYPE, "chatbot"));
    }

    @Test
    void predicateRequiringAnUnknownTypeIsReportedOnceNotAtEveryUse() throws Exception {
        var facts = EditedFacts.shipped().inEntry(VOCABULARY, "makes", "range: [product]", "range: [prodcut]");

        List<Finding> findings = findings(facts);

        assertThat(findings).extracting(Reported::of).containsExactly(error(PREDICATE_TYPES, "makes"));
        assertThat(findings.get(0).messageEn())
                .isEqualTo("predicate 'makes' names unknown type 'prodcut' (did you mean 'product'?)");
    }

    @Test
    void measureForAnUnknownTypeIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(VOCABULARY, "monthly-active-users", "subject: [product]",
                "subject: [products]");

        assertThat(validate(facts)).containsExactly(error(MEASURE_TYPES, "monthly-active-users"));
    }

    @Test
    void titleForAnUnknownTypeIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(VOCABULARY, "richest-person", "holder: [person]",
                "holder: [persons]");

        assertThat(validate(facts)).containsExactly(error(TITLE_TYPES, "richest-person"));
    }

    @Test
    void measureInAnUnknownUnitIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(VOCABULARY, "outlook", "unit: years", "unit: year")
                .inEntry(STRATEGY, "zhang-outlook-five-years", "unit: years", "unit: year");

        assertThat(validate(facts)).containsExactly(error(MEASURE_UNIT, "outlook"));
    }

    @Test
    void titleDecidedByAnUnknownMeasureIsReported() throws Exception {
        var facts = EditedFacts.shipped().inEntry(VOCABULARY, "most-popular-ai-application",
                "measure: monthly-active-users", "measure: users");

        assertThat(validate(facts)).containsExactly(error(TITLE_MEASURE, "most-popular-ai-application"));
    }

    @Test
    void eventTheVocabularyDoesNotDeclareIsAWarningAtItsFirstUse() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(PRODUCTS, "doubao-launched-august-2023", "event: launch", "event: release");

        assertThat(validate(facts)).containsExactly(
                org.factquiz.fixtures.Validation.Reported.warning(DECLARED_EVENT, "doubao-launched-august-2023"));
    }

    @Test
    void chainThroughAMisspeltPredicateIsReported() throws Exception {
        var facts = EditedFacts.shipped().write("facilities.yaml", """
                predicates:
                  - {id: has-facilities-in, domain: [company], range: [place], chains: [[operates, loacted-in]],
                     sub-property-of: [invests-in]}
                phrases:
                  relations:
                    - {predicate: has-facilities-in, en: ["{subject} has facilities in {object}"],
                       de: ["{subject} hat Einrichtungen in {object}"]}
                """);

        assertThat(validate(facts)).containsExactly(error(CHAIN_PREDICATES, "has-facilities-in"));
        assertThat(validate(facts.replace("facilities.yaml", "loacted-in", "located-in"))).isEmpty();
    }
}
