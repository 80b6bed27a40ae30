package org.factquiz.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.factquiz.model.Enumeration;
import org.factquiz.model.FactBase;
import org.factquiz.model.Quantity;
import org.factquiz.model.Relation;
import org.factquiz.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed facts: every problem is one line naming file:line:column and what is wrong. The facts
 * are a tiny folder written here, so the line numbers in the assertions can be read off the YAML.
 */
class FactsLoaderTest {
    static final String SOURCES = """
            sources:
              - id: rockets
                file: rockets.txt
                language: en
            """;
    static final String TEXT = "Acme makes rockets, among them the Roadrunner. Acme was founded in 1990. "
            + "According to analysts, Acme may be the largest rocket maker.";

    /** Line 4 is the first statement's "- id", line 5 its kind. */
    static final String HEADER = """
            # Rockets.
            source: rockets
            statements:
            """;

    @TempDir
    Path dir;

    private Path folder(String statements) throws IOException {
        Path facts = dir.resolve("facts");
        Files.createDirectories(facts);
        Files.writeString(facts.resolve("sources.yaml"), SOURCES);
        Files.writeString(facts.resolve("rockets.txt"), TEXT);
        Files.writeString(facts.resolve("statements.yaml"), HEADER + statements.stripIndent());
        return facts;
    }

    private FactBase load(String statements) throws IOException, InputException {
        return FactsLoader.load(folder(statements));
    }

    /** The problems as the user sees them, with the temp folder shown as "facts". */
    private List<String> problems(String statements) throws IOException {
        Path facts = folder(statements);
        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));
        assertThat(e).as("an input problem").isNotNull();
        return e.problems().stream().map(p -> p.toString().replace(facts.toString(), "facts")).toList();
    }

    private static final String MAKES = """
              - id: acme-makes-rockets
                kind: relation
                subject: acme
                predicate: makes
                object: rockets
                sentence: 1
                quote: "Acme makes rockets"
            """;

    @Test
    void wellFormedStatementLoadsWithItsPlaceAndSentence() throws Exception {
        FactBase facts = load(MAKES);

        assertThat(facts.statements()).singleElement().isInstanceOfSatisfying(Relation.class, r -> {
            assertThat(r.location().toString()).endsWith("facts/statements.yaml:4:5");
            assertThat(r.source().sentence()).isEqualTo(1);
            assertThat(r.source().sentenceText()).isEqualTo("Acme makes rockets, among them the Roadrunner.");
            assertThat(r.status()).isEqualTo(Status.ASSERTED);
        });
    }

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() throws Exception {
        assertThat(problems("""
                  - id: acme-makes-rockets
                    kind: relation
                   subject: acme
                    predicate: makes
                """)).containsExactly("facts/statements.yaml:6:4: malformed YAML: expected <block end>, but found"
                + " '<block mapping start>' (while parsing a block collection from line 4)");
    }

    @Test
    void tabIndentationIsPlacedAtTheTab() throws Exception {
        assertThat(problems(MAKES.replace("    subject: acme", "\tsubject: acme"))).containsExactly(
                "facts/statements.yaml:6:1: malformed YAML: found character '\\t(TAB)' that cannot start any token."
                        + " (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void unterminatedQuoteNamesTheLineWhereItStarts() throws Exception {
        assertThat(problems(MAKES.replace("quote: \"Acme makes rockets\"", "quote: \"Acme makes rockets")))
                .containsExactly("facts/statements.yaml:11:1: malformed YAML: found unexpected end of stream"
                        + " (while scanning a quoted scalar from line 10)");
    }

    @Test
    void fieldWrittenTwiceIsRejected() throws Exception {
        assertThat(problems(MAKES + "    object: roadrunner\n")).containsExactly(
                "facts/statements.yaml:11:5: field 'object' is written twice");
    }

    @Test
    void unknownFieldIsNamedWithTheClosestKnownField() throws Exception {
        assertThat(problems(MAKES + "    qoute: \"Acme\"\n")).containsExactly(
                "facts/statements.yaml:11:5: unknown field 'qoute' (did you mean 'quote'?)");
    }

    @Test
    void wrongTypeNamesTheFieldAndWhatWasExpected() throws Exception {
        assertThat(problems("""
                  - id: acme-rockets-per-year
                    kind: quantity
                    subject: acme
                    measure: rockets-built
                    value: "sixty"
                    unit: rockets
                    sentence: 1
                    quote: "Acme makes rockets"
                """)).containsExactly("facts/statements.yaml:8:12: field 'statements[0].value': 'sixty' is not a number");
    }

    @Test
    void missingRequiredFieldIsNamed() throws Exception {
        assertThat(problems(MAKES.replace("    predicate: makes\n", ""))).containsExactly(
                "facts/statements.yaml:4:5: missing field 'predicate'");
    }

    @Test
    void unknownKindIsNamedWithTheClosestKnownKind() throws Exception {
        assertThat(problems(MAKES.replace("kind: relation", "kind: relaton"))).containsExactly(
                "facts/statements.yaml:5:11: unknown kind 'relaton' (did you mean 'relation'?); expected one of:"
                        + " comparison, event, link, quantity, relation, title");
    }

    @Test
    void fieldOfAnotherKindIsNamed() throws Exception {
        assertThat(problems(MAKES + "    comparator: more\n")).containsExactly(
                "facts/statements.yaml:11:17: field 'comparator' does not belong to a relation statement");
    }

    @Test
    void badDateSaysHowToWriteOne() throws Exception {
        assertThat(problems(MAKES + "    since: August 1990\n")).containsExactly(
                "facts/statements.yaml:11:12: 'August 1990' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(problems(MAKES + "    since: 1990-13\n")).containsExactly(
                "facts/statements.yaml:11:12: '1990-13' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
    }

    @Test
    void sentenceOutOfRangeSaysHowManyThereAre() throws Exception {
        assertThat(problems(MAKES.replace("sentence: 1", "sentence: 4"))).containsExactly(
                "facts/statements.yaml:9:15: sentence 4 does not exist: 'rockets' has 3 sentences");
        assertThat(problems(MAKES.replace("sentence: 1", "sentence: 0"))).containsExactly(
                "facts/statements.yaml:9:15: sentence 0 does not exist: 'rockets' has 3 sentences");
    }

    @Test
    void quoteNotInTheCitedSentenceShowsTheSentence() throws Exception {
        assertThat(problems(MAKES.replace("sentence: 1", "sentence: 2"))).containsExactly(
                "facts/statements.yaml:10:12: quote \"Acme makes rockets\" is not in sentence 2, which reads:"
                        + " \"Acme was founded in 1990.\"");
    }

    @Test
    void quoteMayBreakLinesDifferentlyFromTheSource() throws Exception {
        FactBase facts = load(MAKES.replace("quote: \"Acme makes rockets\"", "quote: \"Acme   makes\\n rockets\""));

        assertThat(facts.statements()).hasSize(1);
    }

    @Test
    void reportedStatementWithoutAccordingToIsRejected() throws Exception {
        assertThat(problems(MAKES + "    status: reported\n")).containsExactly(
                "facts/statements.yaml:11:13: a reported statement needs 'according-to': who reports it");
    }

    @Test
    void attributedStatementCannotBeAsserted() throws Exception {
        assertThat(problems(MAKES + "    according-to: analysts\n")).containsExactly(
                "facts/statements.yaml:11:19: 'according-to' attributes the statement to someone: mark it"
                        + " 'status: reported' (or 'hedged')");
    }

    @Test
    void hedgeWordOnAStatementNotMarkedHedgedIsRejected() throws Exception {
        assertThat(problems(MAKES + "    hedge: may\n")).containsExactly(
                "facts/statements.yaml:11:12: 'hedge' names the word that makes the statement uncertain:"
                        + " mark it 'status: hedged'");
    }

    @Test
    void reportedAndHedgedStatementsKeepWhoAndHow() throws Exception {
        FactBase facts = load("""
                  - id: acme-may-be-largest
                    kind: relation
                    subject: acme
                    predicate: is
                    object: largest-rocket-maker
                    status: hedged
                    according-to: analysts
                    hedge: may
                    sentence: 3
                    quote: "Acme may be the largest rocket maker"
                """);

        assertThat(facts.statements()).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Status.HEDGED);
            assertThat(s.provenance().accordingTo()).isEqualTo("analysts");
            assertThat(s.provenance().hedge()).isEqualTo("may");
        });
    }

    @Test
    void unknownStatusListsTheKnownOnes() throws Exception {
        assertThat(problems(MAKES + "    status: rumoured\n")).containsExactly(
                "facts/statements.yaml:11:13: 'rumoured' is not a valid status; expected one of: asserted, reported,"
                        + " intended, hedged");
    }

    @Test
    void listWithoutOpenOrCompleteIsRejected() throws Exception {
        assertThat(problems(MAKES.replace("object: rockets", "objects: [rockets, roadrunner]"))).containsExactly(
                "facts/statements.yaml:4:5: a list of 'objects' needs 'list: open' (the source says \"darunter\","
                        + " \"wie\", \"unter anderem\") or 'list: complete'");
    }

    @Test
    void openListBecomesAnEnumerationAndOneRelationPerMember() throws Exception {
        FactBase facts = load(MAKES.replace("object: rockets", "objects: [rockets, roadrunner]\n    list: open"));

        assertThat(facts.statements()).extracting(s -> s.id()).containsExactly(
                "acme-makes-rockets", "acme-makes-rockets/rockets", "acme-makes-rockets/roadrunner");
        assertThat(facts.statements().get(0)).isInstanceOfSatisfying(Enumeration.class,
                e -> assertThat(e.complete()).isFalse());
    }

    @Test
    void memberListedTwiceIsRejected() throws Exception {
        assertThat(problems(MAKES.replace("object: rockets", "objects: [rockets, rockets]\n    list: open")))
                .containsExactly("facts/statements.yaml:8:24: 'objects' lists 'rockets' twice");
    }

    @Test
    void scaleMultipliesTheValue() throws Exception {
        FactBase facts = load("""
                  - id: acme-staff
                    kind: quantity
                    subject: acme
                    measure: staff
                    value: 1.5
                    scale: thousand
                    unit: people
                    sentence: 2
                    quote: "Acme"
                """);

        assertThat(facts.statements()).singleElement().isInstanceOfSatisfying(Quantity.class,
                q -> assertThat(q.value()).isEqualTo(1500.0));
    }

    @Test
    void statementWithoutSentenceIsRejected() throws Exception {
        assertThat(problems(MAKES.replace("    sentence: 1\n", ""))).containsExactly(
                "facts/statements.yaml:4:5: statement 'acme-makes-rockets' has no 'sentence': every fact cites"
                        + " the sentence it comes from");
    }

    @Test
    void unknownSourceDocumentIsNamed() throws Exception {
        assertThat(problems(MAKES + "    source: rocket\n")).containsExactly(
                "facts/statements.yaml:11:13: unknown source document 'rocket' (did you mean 'rockets'?)");
    }

    @Test
    void anUnknownSourceOfAWholeFileIsReportedOnceNotForEveryStatement() throws Exception {
        Path facts = folder(MAKES + MAKES.replace("acme-makes-rockets", "acme-makes-more-rockets"));
        Path file = facts.resolve("statements.yaml");
        Files.writeString(file, Files.readString(file).replace("source: rockets", "source: rocket"));

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .endsWith("statements.yaml:2:9: unknown source document 'rocket' (did you mean 'rockets'?)"));
    }

    @Test
    void missingSourceTextIsNamed() throws Exception {
        Path facts = folder(MAKES);
        Files.delete(facts.resolve("rockets.txt"));

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));

        assertThat(e.problems()).extracting(p -> p.toString().replace(facts.toString(), "facts")).containsExactly(
                "facts/sources.yaml:3:11: source text 'facts/rockets.txt' does not exist");
    }

    @Test
    void everyProblemOfEveryFileIsReportedAtOnceInFileOrder() throws Exception {
        Path facts = folder(MAKES.replace("sentence: 1", "sentence: 9") + "    status: maybe\n");
        Files.writeString(facts.resolve("entities.yaml"), "entities:\n  - id: acme\n    typ: company\n");

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));

        assertThat(e.problems()).extracting(p -> p.toString().replace(facts.toString(), "facts")).containsExactly(
                "facts/entities.yaml:3:5: unknown field 'typ' (did you mean 'type'?)",
                "facts/statements.yaml:9:15: sentence 9 does not exist: 'rockets' has 3 sentences",
                "facts/statements.yaml:11:13: 'maybe' is not a valid status; expected one of: asserted, reported,"
                        + " intended, hedged");
    }

    @Test
    void emptyFileIsNamed() throws Exception {
        Path facts = folder(MAKES);
        Files.writeString(facts.resolve("empty.yaml"), "\n");

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));

        assertThat(e.problems()).extracting(p -> p.toString().replace(facts.toString(), "facts"))
                .containsExactly("facts/empty.yaml:1:1: file is empty");
    }

    @Test
    void jsonFactsAreReadLikeYaml() throws Exception {
        Path facts = folder("");
        Files.writeString(facts.resolve("statements.yaml"), "");
        Files.delete(facts.resolve("statements.yaml"));
        Files.writeString(facts.resolve("statements.json"), """
                {"source": "rockets",
                 "statements": [
                   {"id": "acme-makes-rockets", "kind": "relation", "subject": "acme", "predicate": "makes",
                    "object": "rockets", "sentence": "one", "quote": "Acme makes rockets"}]}
                """);

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));

        assertThat(e.problems()).extracting(p -> p.toString().replace(facts.toString(), "facts"))
                .containsExactly("facts/statements.json:4:38: field 'statements[0].sentence': 'one' is not a number");
    }

    @Test
    void folderWithoutFactsFilesIsNotAnEmptyFactBase() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not facts");

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(empty));

        assertThat(e.problems()).extracting(InputProblem::toString)
                .containsExactly(empty + ": no .yaml, .yml or .json facts files in folder");
    }

    @Test
    void jsonSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path facts = folder(MAKES);
        Files.writeString(facts.resolve("more.json"), """
                {"statements": [
                   {"id": "acme-founded" "kind": "event"}]}
                """);

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(facts));

        assertThat(e.problems()).extracting(p -> p.toString().replace(facts.toString(), "facts"))
                .containsExactly("facts/more.json:2:26: malformed JSON: a comma is missing before this");
    }

    @Test
    void missingFactsFolderIsNamed() {
        Path missing = dir.resolve("no-such-facts");

        InputException e = catchThrowableOfType(InputException.class, () -> FactsLoader.load(missing));

        assertThat(e.problems()).extracting(InputProblem::toString)
                .containsExactly(missing + ": facts folder not found");
    }
}
