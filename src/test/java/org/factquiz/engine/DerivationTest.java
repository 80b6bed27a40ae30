package org.factquiz.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.factquiz.fixtures.EditedFacts.placeOf;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.load.FactsLoader;
import org.factquiz.model.Exceeds;
import org.factquiz.model.FactBase;
import org.factquiz.model.Holds;
import org.factquiz.model.IsA;
import org.factquiz.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/derive: what the engine infers from the facts, and the provenance chain it keeps. */
class DerivationTest {
    static final String STATED = "A stated relation holds";
    static final String INVERSE = "A relation's inverse holds too";
    static final String SYMMETRIC = "A symmetric relation holds both ways";
    static final String TRANSITIVE_RELATION = "A transitive relation chains";
    static final String COMPARISON = "A comparison says who has more";
    static final String TRANSITIVE_COMPARISON = "Comparisons are transitive";
    static final String DECLARED_TYPE = "An entity is of its declared type";
    static final String PARENT_TYPE = "An entity of a type is also of its parent type";

    private static FactBase shipped;
    private static SessionResult session;

    @TempDir
    Path dir;

    @BeforeAll
    static void runShipped() throws Exception {
        shipped = FactsLoader.load(EditedFacts.SHIPPED);
        session = new Knowledge(shipped, Validation.shippedRules()).run();
    }

    private static Explainer explainer() {
        return new Explainer(shipped, session);
    }

    private static Knowledge knowledge(Path facts) throws Exception {
        return new Knowledge(FactsLoader.load(facts), Validation.shippedRules());
    }

    @Test
    void makerImpliesMadeBy() {
        assertThat(session.all(Holds.class))
                .contains(new Holds("doubao", "made-by", "bytedance", null, Status.ASSERTED, null, 1,
                        org.factquiz.model.Derivation.of(INVERSE, "holds(bytedance, makes, doubao)")));

        Evidence evidence = explainer().explain("holds(doubao, made-by, bytedance)").get(0);

        assertThat(evidence.rule()).isEqualTo(INVERSE);
        assertThat(evidence.premises()).singleElement().satisfies(stated -> {
            assertThat(stated.id()).isEqualTo("holds(bytedance, makes, doubao)");
            assertThat(stated.rule()).isEqualTo(STATED);
        });
        assertThat(evidence.leaves()).singleElement().satisfies(statement -> {
            assertThat(statement.id()).isEqualTo("bytedance-makes-doubao");
            assertThat(statement.location().toString())
                    .isEqualTo(placeOf(Path.of("facts/statements/products.yaml"), "bytedance-makes-doubao"));
            assertThat(statement.source().sentence()).isEqualTo(10);
            assertThat(statement.isDerived()).isFalse();
        });
    }

    @Test
    void inverseKeepsTheCertaintyOfWhatItInverts() {
        assertThat(session.derived("holds(nvidia, supplier-of, bytedance)")).isPresent();
        assertThat(session.all(Holds.class))
                .filteredOn(h -> h.predicate().equals("supplier-of"))
                .extracting(Holds::subject, Holds::object, Holds::status)
                .containsExactly(tuple("nvidia", "bytedance", Status.ASSERTED));
    }

    @Test
    void competitionHoldsBothWays() {
        Evidence evidence = explainer().explain("holds(ernie-bot, competes-with, doubao)").get(0);

        assertThat(evidence.rule()).isEqualTo(SYMMETRIC);
        assertThat(evidence.leaves()).extracting(Evidence::id)
                .containsExactly("doubao-competes-with-ernie-bot/ernie-bot");
        assertThat(session.derived("holds(alibaba, competes-with, bytedance)")).isPresent();
    }

    @Test
    void predicateWithoutInverseOrSymmetryIsNotTurnedAround() {
        assertThat(session.all(Holds.class))
                .noneMatch(h -> h.subject().equals("alibaba") && h.predicate().equals("hires-talent-from"));
    }

    @Test
    void locationChainsThroughATransitivePredicate() throws Exception {
        Path facts = EditedFacts.shipped().append("statements/chips.yaml", """
                - id: malaysia-in-asia
                  kind: relation
                  subject: malaysia
                  predicate: located-in
                  object: asia
                  status: hedged
                  sentence: 7
                  quote: "Malaysia"
                """).writeTo(dir);
        Knowledge knowledge = knowledge(facts);
        SessionResult result = knowledge.run();

        String id = "holds(international-data-centres, located-in, asia)[hedged]";
        Evidence evidence = new Explainer(knowledge.facts(), result).explain(id).get(0);

        assertThat(evidence.rule()).isEqualTo(TRANSITIVE_RELATION);
        assertThat(evidence.status()).as("as uncertain as its weakest premise").isEqualTo(Status.HEDGED);
        assertThat(evidence.leaves()).extracting(Evidence::id)
                .containsExactly("data-centres-in-malaysia/malaysia", "malaysia-in-asia");
    }

    @Test
    void comparisonsChainWithTheRulesAndStatementsTheyRestOn() throws Exception {
        Path facts = EditedFacts.shipped().append("statements/users.yaml", """
                - id: cici-ai-has-fewer-than-ernie-bot
                  kind: comparison
                  subject: cici-ai
                  measure: monthly-active-users
                  comparator: less
                  object: ernie-bot
                  status: reported
                  according-to: industry-insiders
                  sentence: 13
                  quote: "Cici AI"
                """).writeTo(dir);
        Knowledge knowledge = knowledge(facts);
        SessionResult result = knowledge.run();

        assertThat(result.all(Exceeds.class))
                .extracting(Exceeds::subject, Exceeds::object, Exceeds::status, Exceeds::depth)
                .containsExactlyInAnyOrder(
                        tuple("doubao", "ernie-bot", Status.ASSERTED, 0),
                        tuple("ernie-bot", "cici-ai", Status.REPORTED, 0),
                        tuple("doubao", "cici-ai", Status.REPORTED, 1));

        Evidence chain = new Explainer(knowledge.facts(), result)
                .explain("exceeds(doubao, cici-ai, monthly-active-users)[reported]").get(0);

        assertThat(chain.rule()).isEqualTo(TRANSITIVE_COMPARISON);
        assertThat(chain.premises()).extracting(Evidence::id, Evidence::rule).containsExactly(
                tuple("exceeds(doubao, ernie-bot, monthly-active-users)", COMPARISON),
                tuple("exceeds(ernie-bot, cici-ai, monthly-active-users)[reported]", COMPARISON));
        assertThat(chain.leaves()).extracting(Evidence::id, e -> e.source().sentence()).containsExactly(
                tuple("doubao-beats-ernie-bot", 11), tuple("cici-ai-has-fewer-than-ernie-bot", 13));
    }

    @Test
    void chatbotIsAnAiApplicationIsAProductIsAThing() {
        assertThat(session.all(IsA.class)).filteredOn(i -> i.entity().equals("doubao"))
                .extracting(IsA::type, IsA::depth)
                .containsExactlyInAnyOrder(tuple("chatbot", 0), tuple("ai-application", 1), tuple("product", 2),
                        tuple("thing", 3));

        Evidence product = explainer().explain("is-a(doubao, product)").get(0);

        assertThat(product.rule()).isEqualTo(PARENT_TYPE);
        assertThat(product.premises()).extracting(Evidence::id)
                .containsExactly("is-a(doubao, ai-application)", "ai-application");
        Evidence declared = product.premises().get(0).premises().get(0);
        assertThat(declared.id()).isEqualTo("is-a(doubao, chatbot)");
        assertThat(declared.rule()).isEqualTo(DECLARED_TYPE);
        assertThat(declared.premises()).singleElement().satisfies(entity -> {
            assertThat(entity.id()).isEqualTo("doubao");
            assertThat(entity.location().toString()).isEqualTo(placeOf(Path.of("facts/entities.yaml"), "doubao"));
        });
    }

    @Test
    void companyIsNotAProduct() {
        assertThat(session.all(IsA.class)).filteredOn(i -> i.entity().equals("bytedance"))
                .extracting(IsA::type).containsExactlyInAnyOrder("company", "organisation", "thing");
    }

    @Test
    void shippedFactsDeriveNoCycleOfComparisons() {
        List<Exceeds> all = session.all(Exceeds.class);

        assertThat(all).extracting(Exceeds::id).containsExactly("exceeds(doubao, ernie-bot, monthly-active-users)");
    }
}
