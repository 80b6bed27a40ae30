package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands an editor starts and finishes an article with: init, sentences, test and rules on any base, migrate. */
class EditorCommandsTest {
    static final Path LIBRARY = Path.of("src/test/resources/second-domain/facts");
    static final String ARTICLE = """
            Das Stadtmuseum wurde am 14. März 2019 eröffnet. Es zeigt rund 4.000 Objekte.
            Betrieben wird es von der Stadt Harwick.
            """;

    @TempDir
    Path dir;

    private Path article() throws IOException {
        Path text = dir.resolve("stadtmuseum.txt");
        Files.writeString(text, ARTICLE);
        return text;
    }

    @Test
    void initMakesAFactBaseThatValidatesAsItIs() throws IOException {
        Path base = dir.resolve("museum");

        Cli.Run init = Cli.run("init", base.toString(), "--source", article().toString(), "--title", "Das Stadtmuseum");
        Cli.Run validate = Cli.run("validate", "--facts", base.toString());

        assertThat(init.code()).as(init.toString()).isZero();
        assertThat(init.out()).startsWith("Made a fact base for source 'stadtmuseum' (3 sentences) in " + base + ":\n")
                .contains("  sources/stadtmuseum.txt\n", "  statements/stadtmuseum.yaml\n", "  phrases.yaml\n");
        assertThat(Files.readString(base.resolve("statements/stadtmuseum.yaml")))
                .contains("#    1  Das Stadtmuseum wurde am 14. März 2019 eröffnet.\n", "#    3  Betrieben wird es von der Stadt Harwick.\n",
                        "source: stadtmuseum\n", "statements: []\n");
        assertThat(Files.readString(base.resolve("sources.yaml"))).contains("title: \"Das Stadtmuseum\"", "language: de");
        assertThat(validate.code()).as(validate.toString()).isZero();
        assertThat(validate.out()).isEqualTo("Consistent: 0 errors, 0 warnings; 0 statements checked by "
                + org.factquiz.fixtures.Validation.shippedRules().rules().size() + " rules.\n");
    }

    @Test
    void initNeverWritesOverAFactBase() throws IOException {
        Path base = Files.createDirectories(dir.resolve("museum"));
        Files.writeString(base.resolve("notes.yaml"), "entities: []\n");

        Cli.Run init = Cli.run("init", base.toString(), "--source", article().toString());

        assertThat(init.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(init.err()).contains("already exists and is not empty");
        assertThat(Files.readString(base.resolve("notes.yaml"))).isEqualTo("entities: []\n");
    }

    @Test
    void sentencesListsEachSentenceWithTheStatementsCitingIt() throws IOException {
        Path base = dir.resolve("museum");
        Cli.run("init", base.toString(), "--source", article().toString());

        Cli.Run library = Cli.run("sentences", "--facts", LIBRARY.toString(), "--source", "harwick-library");
        Cli.Run fresh = Cli.run("sentences", "--facts", base.toString());

        assertThat(library.code()).as(library.toString()).isZero();
        assertThat(library.out()).startsWith("harwick-library: sources/harwick-library.txt, 8 sentences, 0 cited by no statement\n"
                + "    1  The Harwick City Library opened its first branch, Northgate, in March 2019.\n"
                + "       cited by library-runs-northgate, northgate-opened\n");
        assertThat(fresh.out()).isEqualTo("""
                stadtmuseum: sources/stadtmuseum.txt, 3 sentences, 3 cited by no statement
                -   1  Das Stadtmuseum wurde am 14. März 2019 eröffnet.
                -   2  Es zeigt rund 4.000 Objekte.
                -   3  Betrieben wird es von der Stadt Harwick.
                """);
    }

    @Test
    void sentencesNamesAnUnknownSource() {
        Cli.Run run = Cli.run("sentences", "--facts", LIBRARY.toString(), "--source", "harwick-libary");

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("no source 'harwick-libary' in the facts (did you mean 'harwick-library'?)");
    }

    @Test
    void theShippedRuleTestsPassOnAnotherBaseAndABaseWithoutTestsIsNoError() throws IOException {
        Cli.Run onLibrary = Cli.run("test", "--facts", LIBRARY.toString());
        Path rules = ShippedRules.quantityRules(dir.resolve("rules"));
        Cli.Run none = Cli.run("test", "--facts", LIBRARY.toString(), "--rules", rules.toString());

        assertThat(onLibrary.code()).as(onLibrary.toString()).isZero();
        assertThat(onLibrary.out()).endsWith(" passed, 0 failed\n").doesNotContain("FAIL");
        assertThat(none.code()).as(none.toString()).isZero();
        assertThat(none.out()).startsWith("No rule tests: neither ").endsWith("0 passed, 0 failed\n");
    }

    @Test
    void rulesSaysWhichFactsItCountedTheFiringsOn() throws IOException {
        Path rules = ShippedRules.quantityRules(dir.resolve("rules"));

        Cli.Run run = Cli.run("rules", "--facts", LIBRARY.toString(), "--rules", rules.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).contains("fired 0 times on src/test/resources/second-domain/facts/ (25 statements)")
                .contains("(firings counted on src/test/resources/second-domain/facts/ (25 statements)); no rule tests found.");
    }

    @Test
    void aFactBaseOfTheOldLayoutStillLoadsAndMigrateMovesItsPhrasesBesideTheVocabulary() throws IOException {
        Path facts = dir.resolve("facts");
        Path rules = dir.resolve("rules");
        ShippedRules.copy(LIBRARY, facts);
        ShippedRules.copy(ShippedRules.RULES, rules);
        // The old layout: the domain's phrases in the rules folder's language file, beside the words.
        String phrases = Files.readString(facts.resolve("phrases.yaml")).replace("phrases:\n", "")
                .replaceAll("(?m)^  ", "");
        Files.delete(facts.resolve("phrases.yaml"));
        Files.delete(facts.resolve("events.yaml"));
        Files.writeString(rules.resolve("language/phrases.yaml"), phrases);

        Cli.Run before = Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString());
        Cli.Run migrate = Cli.run("migrate", "--facts", facts.toString(), "--rules", rules.toString());
        Cli.Run after = Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString());
        Cli.Run again = Cli.run("migrate", "--facts", facts.toString(), "--rules", rules.toString());

        assertThat(before.code()).as(before.toString()).isZero();
        assertThat(before.err()).contains("note: " + rules.resolve("language/phrases.yaml") + " holds ")
                .contains("phrases of the vocabulary; they belong in the facts folder and are still read from here.");
        assertThat(before.out()).doesNotContain("phrasing of its own")
                .contains("records event 'opening', which the vocabulary does not declare");
        assertThat(migrate.out()).contains(rules.resolve("language/phrases.yaml") + ": moved the phrases of the vocabulary"
                        + " (relations, quantities, comparisons, titles, events) to " + facts.resolve("phrases.yaml")
                        + "; nothing else was in the file, so it is removed")
                .contains(facts.resolve("events.yaml") + ": declared the events the statements record (opening,"
                        + " visitor-growth, longer-opening-hours)");
        assertThat(rules.resolve("language/phrases.yaml")).as("a language file with nothing left in it").doesNotExist();
        assertThat(rules.resolve("language/words.yaml")).exists();
        assertThat(Files.readString(facts.resolve("phrases.yaml"))).startsWith("# Moved here from the rules folder")
                .contains("\nphrases:\n  relations:\n    - predicate: runs\n");
        assertThat(after.code()).as(after.toString()).isZero();
        assertThat(after.err()).isEmpty();
        assertThat(after.out()).doesNotContain("does not declare", "phrasing of its own");
        assertThat(again.out()).startsWith("Nothing to migrate: ");
    }
}
