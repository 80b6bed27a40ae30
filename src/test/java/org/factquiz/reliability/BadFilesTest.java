package org.factquiz.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.RocketFacts.SOURCES;
import static org.factquiz.fixtures.RocketFacts.STATEMENTS;
import static org.factquiz.fixtures.UnusableInput.assertUnusable;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factquiz.Cli;
import org.factquiz.fixtures.DirectRun;
import org.factquiz.load.InputFile;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of bad input files, one test per kind, each run from the command line: exit 2,
 * the exact {@code file:line:column: problem}, nothing on standard output, the previous report
 * untouched ({@link org.factquiz.fixtures.UnusableInput}). Also the kinds that are fine, and must
 * stay fine: a byte order mark, Windows line ends, a facts file past SnakeYAML's 3 MB. The facts
 * are {@link RocketFacts}, whose lines and columns can be read off its text.
 */
class BadFilesTest extends CatalogueCase {
    private void statements(String text) throws IOException {
        Files.writeString(facts.resolve("statements.yaml"), text);
    }

    private Cli.Run validate() {
        return Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString());
    }

    @Test
    void factsFileThatIsNotUtf8NamesLineAndColumnOfTheFirstBadByte() throws IOException {
        Files.write(facts.resolve("statements.yaml"), (STATEMENTS.replace("subject: acme", "subject: acm\u00e9")
                .getBytes(StandardCharsets.ISO_8859_1)));

        assertValidateRejects("facts/statements.yaml:6:17: file is not UTF-8 text: byte 0xE9 here cannot be read"
                + " as UTF-8; save it as UTF-8");
    }

    @Test
    void ruleFileThatIsNotUtf8NamesLineAndColumnOfTheFirstBadByte() throws IOException {
        Files.write(rules.resolve("consistency/extra.drl"), "package consistency;\n// caf\u00e9\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertValidateRejects("rules/consistency/extra.drl:2:7: file is not UTF-8 text: byte 0xE9 here cannot be"
                + " read as UTF-8; save it as UTF-8");
    }

    @Test
    void binaryFileIsNotText() throws IOException {
        Files.write(facts.resolve("image.yaml"), new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2});

        assertValidateRejects("facts/image.yaml:1:7: file is a binary file, not text: it holds a NUL byte here");
    }

    @Test
    void sourceOutsideTheFactsFolderIsRefusedWithoutBeingRead() throws IOException {
        Files.writeString(facts.resolve("sources.yaml"), SOURCES.replace("rockets.txt", "../../../../../etc/passwd"));

        Cli.Run run = assertValidateRejects("facts/sources.yaml:3:11: source text '../../../../../etc/passwd' is"
                + " outside the facts folder (after following symbolic links); only files inside it are read");

        assertThat(run.err()).doesNotContain("root:");
    }

    @Test
    void sourceLinkedToAFileOutsideIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("secret.txt"), "Secret text. It is not part of the facts.");
        Files.delete(facts.resolve("rockets.txt"));
        Files.createSymbolicLink(facts.resolve("rockets.txt"), outside);

        Cli.Run run = assertValidateRejects("facts/sources.yaml:3:11: source text 'rockets.txt' is outside the"
                + " facts folder (after following symbolic links); only files inside it are read");

        assertThat(run.err()).doesNotContain("Secret");
    }

    @Test
    void factsFileLinkedToAFileOutsideIsRefused() throws IOException {
        Path outside = Files.writeString(dir.resolve("elsewhere.yaml"), "entities: [{id: secret, type: thing}]\n");
        Files.createSymbolicLink(facts.resolve("linked.yaml"), outside);

        assertValidateRejects("facts/linked.yaml: file is outside the facts folder (after following symbolic"
                + " links); only files inside it are read");
    }

    @Test
    void namedPipeAsSourceIsRefusedWithoutWaitingForIt() throws Exception {
        Files.delete(facts.resolve("rockets.txt"));
        Process mkfifo = new ProcessBuilder("mkfifo", facts.resolve("rockets.txt").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertValidateRejects("facts/sources.yaml:3:11: source text 'facts/rockets.txt' is a named pipe, not a"
                + " regular file");
    }

    @Test
    void deviceAsSourceIsRefused() throws IOException {
        Files.delete(facts.resolve("rockets.txt"));
        Files.createSymbolicLink(facts.resolve("rockets.txt"), Path.of("/dev/zero"));

        assertValidateRejects("facts/sources.yaml:3:11: source text 'rockets.txt' is outside the facts folder (after"
                + " following symbolic links); only files inside it are read");
    }

    @Test
    void deviceNamedLikeAFactsFileIsRefused() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", facts.resolve("more.yaml").toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        assertValidateRejects("facts/more.yaml: file is a named pipe, not a regular file");
    }

    @Test
    void loopOfSymbolicLinksIsNamed() throws IOException {
        Files.createSymbolicLink(facts.resolve("a.yaml"), Path.of("b.yaml"));
        Files.createSymbolicLink(facts.resolve("b.yaml"), Path.of("a.yaml"));

        assertValidateRejects(List.of("facts/a.yaml: file is a loop of symbolic links",
                "facts/b.yaml: file is a loop of symbolic links"));
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnreadWithTheLimitAndHowToRaiseIt() throws IOException {
        try (RandomAccessFile big = new RandomAccessFile(facts.resolve("big.yaml").toFile(), "rw")) {
            // A sparse file: its size is checked before anything is read.
            big.setLength(InputFile.maxBytes() + 3 * 1024 * 1024);
        }

        assertValidateRejects("facts/big.yaml: file is 67 MB, more than 64 MB, the limit for one input file"
                + " (FACTQUIZ_MAX_FILE_MB raises it)");
    }

    @Test
    void sizeLimitIsSetInTheEnvironment() throws IOException {
        try (RandomAccessFile big = new RandomAccessFile(facts.resolve("big.yaml").toFile(), "rw")) {
            big.setLength(2 * 1024 * 1024);
        }

        Cli.Run run = DirectRun.factquiz(dir, Map.of(InputFile.MAX_SIZE_VARIABLE, "1"), "validate", "--facts", "facts",
                "--rules", "rules");

        assertThat(run).isEqualTo(new Cli.Run(2, "", "facts/big.yaml: file is 2 MB, more than 1 MB, the limit for one"
                + " input file (FACTQUIZ_MAX_FILE_MB raises it)\n"));
    }

    @Test
    void factsFileLargerThanThreeMegabytesIsRead() throws IOException {
        StringBuilder big = new StringBuilder(STATEMENTS);
        String comment = "# " + "a newsroom's notes on the facts above ".repeat(3) + "\n";
        while (big.length() < 4 * 1024 * 1024) {
            big.append(comment);
        }
        statements(big.toString());

        Cli.Run run = validate();

        assertThat(run.code()).as(run.toString()).isZero();
    }

    @Test
    void valueTooLargeToBeFiniteIsAnErrorAtItsLine() throws IOException {
        statements(STATEMENTS.replace("value: 12", "value: 1e400"));

        assertValidateRejects("facts/statements.yaml:8:12: field 'statements[0].value': '1e400' is not a finite"
                + " number: write a number such as 60, with 'scale' (million, billion) for large ones");
    }

    @Test
    void notANumberInYamlIsAnErrorAtItsLine() throws IOException {
        statements(STATEMENTS.replace("value: 12", "value: .nan"));

        assertValidateRejects("facts/statements.yaml:8:12: field 'statements[0].value': '.nan' is not a finite"
                + " number: write a number such as 60, with 'scale' (million, billion) for large ones");
    }

    /** The statements as JSON instead of YAML; the statement's last line is line 3, its value at 3:44. */
    private void jsonStatements(String value, String end) throws IOException {
        Files.delete(facts.resolve("statements.yaml"));
        Files.writeString(facts.resolve("statements.json"), """
                {"source": "rockets", "statements": [
                  {"id": "acme-rockets-per-year", "kind": "quantity", "subject": "acme",
                   "measure": "rockets-per-year", "value": %s, "unit": "rockets", "sentence": 1}%s
                """.formatted(value, end));
    }

    @Test
    void notANumberInJsonIsAnErrorAtItsLine() throws IOException {
        jsonStatements("NaN", "]}");

        assertValidateRejects("facts/statements.json:3:44: malformed JSON: NaN is not a number JSON allows; write a"
                + " finite number");
    }

    @Test
    void valueThatOverflowsWithItsScaleIsAnErrorAtItsLine() throws IOException {
        statements(STATEMENTS.replace("value: 12", "value: 1e300\n    scale: trillion"));

        assertValidateRejects("facts/statements.yaml:8:12: '1.0E300' trillion is too large a number: it has no"
                + " finite value");
    }

    @Test
    void wholeNumberOutOfRangeIsAnErrorAtItsLine() throws IOException {
        statements(STATEMENTS.replace("sentence: 1", "sentence: 99999999999"));

        assertValidateRejects("facts/statements.yaml:10:15: the number 99999999999 is too large here: it must be a"
                + " whole number up to 2147483647");
    }

    @Test
    void jsonWithATrailingCommaIsMalformedJson() throws IOException {
        jsonStatements("12", ",\n]}");

        assertValidateRejects("facts/statements.json:3:81: malformed JSON: a comma before ']': JSON allows no comma"
                + " after the last entry");
    }

    @Test
    void yamlAliasIsRefusedAtItsLineNotReadAsTheAnchorsName() throws IOException {
        statements(STATEMENTS.replace("subject: acme", "subject: &maker acme") + """
                  - id: acme-rockets-per-year-again
                    kind: quantity
                    subject: *maker
                    measure: rockets-per-year
                    value: 12
                    unit: rockets
                    sentence: 1
                """);

        assertValidateRejects("facts/statements.yaml:13:14: *maker is a YAML alias: factquiz does not resolve"
                + " aliases; write the value out here");
    }

    @Test
    void javaTypeTagIsRefused() throws IOException {
        statements(STATEMENTS.replace("subject: acme", "subject: !!java.net.URL http://acme.example"));

        assertValidateRejects("facts/statements.yaml:6:14: the YAML tag '!!java.net.URL' is not supported: facts are"
                + " plain text, numbers, lists and mappings");
    }

    @Test
    void fileEndingInsideAnUnclosedBracketNamesWhereItWasOpened() throws IOException {
        statements(STATEMENTS + """
                  - id: acme-makes-rockets
                    kind: [relation
                """);

        assertValidateRejects("facts/statements.yaml:12:11: the file ends inside the '[' opened here: it is never"
                + " closed with ']'");
    }

    @Test
    void fileEndingInsideAnUnclosedBraceNamesWhereItWasOpened() throws IOException {
        statements(STATEMENTS + "  - {id: acme-makes-rockets, kind: relation\n");

        assertValidateRejects("facts/statements.yaml:11:5: the file ends inside the '{' opened here: it is never"
                + " closed with '}'");
    }

    @Test
    void fileHoldingOnlyCommentsIsEmpty() throws IOException {
        Files.writeString(facts.resolve("later.yaml"), "# Facts on the launch go here.\n");

        assertValidateRejects("facts/later.yaml:1:1: file is empty: it holds only comments");
    }

    @Test
    void emptyFileIsEmpty() throws IOException {
        Files.writeString(facts.resolve("later.yaml"), "\n");

        assertValidateRejects("facts/later.yaml:1:1: file is empty");
    }

    @Test
    void nestingThousandsOfLevelsDeepNamesTheLimitInPlainWords() throws IOException {
        statements("statements: " + "[".repeat(10_000) + "\n");

        assertValidateRejects("facts/statements.yaml:1:1013: lists and mappings are nested more than 1000 levels"
                + " deep here; facts files need a few levels");
    }

    @Test
    void nestingInARuleTestsAddedFactsNamesTheLimitInPlainWords() throws IOException {
        Path tests = Files.writeString(dir.resolve("deep.yaml"), """
                cases:
                  - name: deep
                    patch:
                      add:
                        statements: %s
                """.formatted("[".repeat(2_000)));

        assertUnusable(dir, List.of("deep.yaml:5:1017: lists and mappings are nested more than 1000 levels deep"
                + " here; facts files need a few levels"),
                "test", "--tests", tests.toString(), "--facts", facts.toString(), "--rules", rules.toString());
    }

    @Test
    void tabIndentationIsNamed() throws IOException {
        statements(STATEMENTS.replace("    kind: quantity", "\tkind: quantity"));

        assertValidateRejects("facts/statements.yaml:5:1: malformed YAML: found character '\\t(TAB)' that cannot"
                + " start any token. (Do not use \\t(TAB) for indentation)");
    }

    @Test
    void keyWrittenTwiceIsNamed() throws IOException {
        statements(STATEMENTS + "    value: 13\n");

        assertValidateRejects("facts/statements.yaml:11:5: field 'value' is written twice");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsReadAsPlainUtf8() throws IOException {
        statements("\uFEFF" + STATEMENTS.replace("\n", "\r\n"));

        assertThat(validate().code()).isZero();
        statements("\uFEFF" + STATEMENTS.replace("value: 12", "value: 1e400").replace("\n", "\r\n"));
        assertValidateRejects("facts/statements.yaml:8:12: field 'statements[0].value': '1e400' is not a finite"
                + " number: write a number such as 60, with 'scale' (million, billion) for large ones");
    }

    @Test
    void longQuoteIsShownAsAShortExcerpt() throws IOException {
        statements(STATEMENTS + "    quote: \"" + "Roadrunner ".repeat(10_000) + "\"\n");

        Cli.Run run = assertValidateRejects("facts/statements.yaml:11:12: quote \"Roadrunner Roadrunner Roadrunner"
                + " Roadrunner Roadrunner Roadrunner Roadrunner … Roadrunner (110000 characters)\" is not in sentence 1,"
                + " which reads: \"Acme makes rockets, among them the Roadrunner.\"");

        assertThat(run.err().length()).isLessThan(400);
    }
}
