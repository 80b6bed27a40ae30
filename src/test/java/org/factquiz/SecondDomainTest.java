package org.factquiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;
import static org.factquiz.fixtures.Validation.Reported.warning;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.factquiz.cli.ExitCodes;
import org.factquiz.cli.FactquizCommand;
import org.factquiz.engine.Explainer;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.SessionResult;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.factquiz.load.FactsLoader;
import org.factquiz.model.FactBase;
import org.factquiz.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A second fact base, about a fictional city library, with its own source text, vocabulary,
 * phrases and one rule of its domain (src/test/resources/second-domain/facts, rules/ inside it):
 * the same code and the shipped rules load, derive and validate it.
 */
class SecondDomainTest {
    static final Path HOME = Path.of("src/test/resources/second-domain");
    static final Path FACTS = HOME.resolve("facts");
    static final Path RULES = Validation.SHIPPED_RULES;
    static final String BRANCHES = "statements/branches.yaml";
    static final String OPENING_HOURS = "Opening hours fit in a week";

    private static RuleBase rules;

    @TempDir
    Path dir;

    @BeforeAll
    static void compileRules() throws Exception {
        rules = RuleBase.compile(RULES, Knowledge.domainRules(FACTS));
    }

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir), rules));
    }

    @Test
    void libraryFactsValidateCleanWithTheShippedRulesAndTheirOwn() throws Exception {
        assertThat(Validation.reported(Validation.validate(FACTS, rules))).isEmpty();
        assertThat(rules.rules()).extracting(r -> r.location().file())
                .contains("src/test/resources/second-domain/facts/rules/consistency/library.drl");
    }

    @Test
    void libraryFactsAlsoValidateCleanWithTheShippedRulesAlone() throws Exception {
        assertThat(Validation.reported(Validation.validate(FACTS, Validation.shippedRules()))).isEmpty();
    }

    @Test
    void everySentenceOfTheLibraryTextIsCited() throws Exception {
        FactBase facts = FactsLoader.load(FACTS);

        assertThat(facts.documents()).singleElement().satisfies(d -> assertThat(d.sentences()).hasSize(8));
        assertThat(facts.statements()).extracting(s -> s.source().sentence()).containsAll(
                IntStream.rangeClosed(1, 8).boxed().toList());
    }

    @Test
    void branchOpenLongerThanAWeekBreaksTheDomainRule() throws Exception {
        var facts = EditedFacts.of(FACTS).inEntry(BRANCHES, "northgate-open-60-hours", "value: 60", "value: 170");

        assertThat(validate(facts)).containsExactly(error(OPENING_HOURS, "northgate-open-60-hours"));
    }

    @Test
    void branchOpenDayAndNightIsPossible() throws Exception {
        var facts = EditedFacts.of(FACTS).inEntry(BRANCHES, "northgate-open-60-hours", "value: 60", "value: 168");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void genericRulesFindABranchThatLendsMoreThanTheOneSaidToBeBusier() throws Exception {
        var facts = EditedFacts.of(FACTS).append(BRANCHES, """
                - id: eastbrook-loans
                  kind: quantity
                  subject: eastbrook
                  measure: loans-per-year
                  value: 150
                  scale: thousand
                  unit: loans
                  sentence: 3
                  quote: "lends fewer books than Northgate"
                """);

        assertThat(validate(facts)).containsExactly(
                error("A comparison must agree with the quantities it compares",
                        "exceeds(northgate, eastbrook, loans-per-year)", "northgate-loans", "eastbrook-loans"),
                warning("A superlative is not beaten by a count in its scope", "northgate-busiest-in-harwick",
                        "northgate-loans", "eastbrook-loans", "holds(eastbrook, located-in, harwick)"));
    }

    @Test
    void factAboutABranchBeforeItOpenedIsReported() throws Exception {
        var facts = EditedFacts.of(FACTS).addToEntry(BRANCHES, "eastbrook-in-harwick", "since: 2019");

        assertThat(validate(facts)).containsExactly(error("Nothing happens to a subject before the event that starts it",
                "eastbrook-in-harwick", "eastbrook-opened"));
        assertThat(validate(EditedFacts.of(FACTS).addToEntry(BRANCHES, "eastbrook-in-harwick", "since: 2021")))
                .as("in the year of the opening").isEmpty();
    }

    @Test
    void derivationWorksOnTheLibraryVocabulary() throws Exception {
        FactBase facts = FactsLoader.load(FACTS);
        SessionResult session = new Knowledge(facts, rules).run();
        Explainer explainer = new Explainer(facts, session);

        assertThat(session.derived("holds(northgate, run-by, harwick-library)")).isPresent();
        assertThat(explainer.explain("holds(harbour-branch, located-in, harwick)[intended]")).singleElement()
                .satisfies(e -> {
                    assertThat(e.rule()).isEqualTo("A transitive relation chains");
                    assertThat(e.status()).isEqualTo(Status.INTENDED);
                    assertThat(e.leaves()).extracting(l -> l.id())
                            .containsExactly("harbour-branch-in-harbour-district", "harbour-district-in-harwick");
                });
        assertThat(explainer.explain("is-a(mobile-library-bus, facility)")).singleElement()
                .satisfies(e -> assertThat(e.rule()).isEqualTo("An entity of a type is also of its parent type"));
    }

    @Test
    void validateCommandRunsOnTheLibraryFolders() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = FactquizCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));

        int exitCode = cli.execute("validate", "--facts", FACTS.toString());

        assertThat(exitCode).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).startsWith("Consistent: 0 errors, 0 warnings; 25 statements checked by ");
        assertThat(err.toString()).isEmpty();
    }
}
