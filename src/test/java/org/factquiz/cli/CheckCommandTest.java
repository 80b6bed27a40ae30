package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code factquiz check} from the outside: arguments in, exit code and output out. */
class CheckCommandTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private static Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--facts", "facts", "--rules", "rules"));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = FactquizCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    @Test
    void exitsZeroWhenNoClaimIsRefutedEvenIfSomeAreUndecided() {
        Run run = check("Doubao has 60 million users", "ByteDance is Nvidia's largest customer in China",
                "Doubao competes with Cici AI", "ByteDance is Nvidia's largest customer in Asia");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("SUPPORTED  Doubao has 60 million users\n")
                .contains("REPORTED  ByteDance is Nvidia's largest customer in China\n")
                .contains("NOT ENOUGH INFO  Doubao competes with Cici AI\n")
                .contains("HEDGED  ByteDance is Nvidia's largest customer in Asia\n")
                .endsWith("4 claims: 1 SUPPORTED, 1 NOT ENOUGH INFO, 1 REPORTED, 1 HEDGED\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exitsOneWhenAClaimIsRefutedAndShowsTheEvidenceDownToTheSourceSentence() {
        Run run = check("Ernie Bot is made by Baidu", "Alibaba makes Doubao");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).contains("REFUTED  Alibaba makes Doubao\n")
                .containsPattern("facts/statements/products\\.yaml:\\d+:\\d+  bytedance-makes-doubao\n")
                .contains("sentence 10: „Das KI-Chatbot „Doubao“ von ByteDance");
        assertThat(run.out()).containsPattern("""
                SUPPORTED  Ernie Bot is made by Baidu
                  holds\\(ernie-bot, made-by, baidu\\)  derived by "A relation's inverse holds too" from:
                      holds\\(baidu, makes, ernie-bot\\)  derived by "A stated relation holds" from:
                          facts/statements/products\\.yaml:\\d+:5  baidu-makes-ernie-bot
                              sentence 11: „Mit 60 Millionen monatlich aktiven Nutzern""");
    }

    @Test
    void strictAlsoFailsOnUndecidedClaimsButPassesWhenAllAreSupported() {
        assertThat(check("--strict", "Doubao has 60 million users", "Doubao competes with Cici AI").exitCode())
                .isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(check("--strict", "Baidu makes Ernie Bot", "Doubao wurde im August 2023 eingeführt").exitCode())
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void aNameNoFactMentionsIsNotEnoughInfoWithASuggestion() {
        Run run = check("Doubao has 60 million users", "Doubao has more users than Ernie Bto");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("NOT ENOUGH INFO  Doubao has more users than Ernie Bto")
                .contains("no fact mentions 'Ernie Bto' (did you mean 'Ernie Bot'?)");
    }

    @Test
    void unreadableSentenceListsTheClosestPhrasings() {
        Run run = check("Doubao has more users than");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("claim 1: cannot read \"Doubao has more users than\" as a claim; "
                + "closest phrasings known: ").contains("\"{subject} has more users than {object}\"");
    }

    @Test
    void unknownNamesInAClaimsFileAreReportedAtTheirFileLineAndColumn() throws IOException {
        Path claims = file("claims.yaml", """
                claims:
                  - text: Doubao has 60 million users
                  - id: maker
                    kind: relation
                    subject: bytedanse
                    predicate: make
                    object: doubao
                  - id: rival
                    text: Doubao has more users than Ernie Bto
                """);

        Run run = check("--claims", claims.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).containsExactly(
                claims + ":5:14: unknown entity 'bytedanse' (did you mean 'bytedance'?)",
                claims + ":6:16: unknown predicate 'make' (did you mean 'makes'?)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedYamlIsUnusableInputNamingFileAndLine() throws IOException {
        Path claims = file("broken.yaml", """
                claims:
                  - text: Doubao has 60 million users
                    expect: SUPPORTED
                   - text: "Baidu makes Ernie Bot
                """);

        Run run = check("--claims", claims.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith(claims + ":").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownExpectedVerdictIsUnusableInput() throws IOException {
        Path claims = file("claims.yaml", """
                claims:
                  - text: Doubao has 60 million users
                    expect: TRUE
                """);

        Run run = check("--claims", claims.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(claims + ":3:13: unknown verdict 'TRUE'; expected one of: SUPPORTED, REFUTED,"
                + " NOT ENOUGH INFO, REPORTED, HEDGED, CONFLICT\n");
    }

    @Test
    void neitherSentencesNorFileIsAUsageError() {
        Run run = check();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("give claims as sentences, with --claims FILE or as drafts with --text FILE...,"
                + " one of them");
    }

    @Test
    void verdictOtherThanExpectedFailsTheCheckAndIsMarked() throws IOException {
        Path wrong = file("wrong.yaml", """
                claims:
                  - text: Alibaba makes Doubao
                    expect: REFUTED
                  - text: Doubao was launched in 2022
                    expect: SUPPORTED
                """);

        Run run = check("--claims", wrong.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).contains("REFUTED  Alibaba makes Doubao  [" + wrong + ":2:5]\n")
                .contains("REFUTED  Doubao was launched in 2022  [" + wrong + ":4:5]  (expected: SUPPORTED)\n")
                .endsWith("2 claims: 2 REFUTED\n1 with a verdict other than expected\n");
    }

    @Test
    void exampleClaimsFileGetsTheVerdictsItExpects() {
        Run run = check("--claims", "docs/examples/claims.yaml");

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("(expected:");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void jsonReportCarriesVerdictEvidenceWithSourcesAndMissingInformation() throws IOException {
        Path claims = file("claims.yaml", """
                claims:
                  - id: maker
                    text: Ernie Bot is made by Baidu
                  - id: rival
                    text: Doubao competes with Cici AI
                  - id: launch
                    kind: event
                    subject: doubao
                    event: launch
                    date: "2022"
                """);

        Run run = check("--format", "json", "--claims", claims.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("tool").asText()).isEqualTo("factquiz check");
        assertThat(report.get("claims").asInt()).isEqualTo(3);
        JsonNode maker = report.get("verdicts").get(0);
        assertThat(maker.get("id").asText()).isEqualTo("maker");
        assertThat(maker.get("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(maker.get("file").asText()).isEqualTo(claims.toString());
        assertThat(maker.get("line").asInt()).isEqualTo(2);
        JsonNode inverse = maker.get("evidence").get(0);
        assertThat(inverse.get("id").asText()).isEqualTo("holds(ernie-bot, made-by, baidu)");
        assertThat(inverse.get("derivedBy").asText()).isEqualTo("A relation's inverse holds too");
        assertThat(inverse.has("line")).isFalse();
        JsonNode statement = inverse.get("premises").get(0).get("premises").get(0);
        assertThat(statement.get("id").asText()).isEqualTo("baidu-makes-ernie-bot");
        assertThat(statement.get("file").asText()).isEqualTo("facts/statements/products.yaml");
        assertThat(statement.get("line").asInt()).isPositive();
        assertThat(statement.get("sentence").asInt()).isEqualTo(11);
        assertThat(statement.get("sentenceText").asText()).contains("Baidus „Ernie Bot“");

        JsonNode rival = report.get("verdicts").get(1);
        assertThat(rival.get("verdict").asText()).isEqualTo("NOT ENOUGH INFO");
        assertThat(rival.get("missing").get(0).asText()).contains("is open", "ernie-bot");
        assertThat(rival.get("reasonDe").asText()).contains("darunter");

        JsonNode launch = report.get("verdicts").get(2);
        assertThat(launch.get("verdict").asText()).isEqualTo("REFUTED");
        assertThat(launch.get("evidence").get(0).get("id").asText()).isEqualTo("doubao-launched-august-2023");
        assertThat(launch.get("missing")).isEmpty();
    }

    @Test
    void germanExplanationsWithLangDe() {
        Run run = check("--lang", "de", "ByteDance ist Nvidias größter Kunde in China", "Ernie Bot wird von Baidu hergestellt",
                "Die Rechenzentren stehen in den USA");

        assertThat(run.out()).contains("die Quelle berichtet das nur, laut industry-insiders")
                .contains("[berichtet]")
                .contains("abgeleitet durch \"A relation's inverse holds too\" aus:")
                .contains("Satz 11: „Mit 60 Millionen")
                .contains("die Liste der Quelle für 'international-data-centres located-in' ist offen")
                .endsWith("3 Aussagen: 1 SUPPORTED, 1 NOT ENOUGH INFO, 1 REPORTED\n");
    }

    @Test
    void conflictingFactsFailTheCheck() throws IOException {
        Path facts = dir.resolve("facts");
        try (var walk = Files.walk(Path.of("facts"))) {
            for (Path from : walk.toList()) {
                Path to = facts.resolve(Path.of("facts").relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        Files.writeString(facts.resolve("statements/ernie-bot-ahead.yaml"), """
                source: bytedance-ki
                statements:
                  - id: ernie-bot-beats-doubao
                    kind: comparison
                    subject: ernie-bot
                    measure: monthly-active-users
                    comparator: more
                    object: doubao
                    sentence: 11
                """, StandardCharsets.UTF_8);

        Run run = run("check", "--facts", facts.toString(), "--rules", "rules",
                "Doubao has more users than Ernie Bot");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).startsWith("CONFLICT  Doubao has more users than Ernie Bot\n"
                + "  the facts point both ways; validate the fact base to find the contradiction\n")
                .contains("doubao-beats-ernie-bot").contains("ernie-bot-beats-doubao");
    }

    @Test
    void junitReportHasOneTestcasePerClaimAndFailsTheRefutedOne() {
        Run run = check("--format", "junit", "Alibaba makes Doubao", "Baidu makes Ernie Bot");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("tests=\"2\"").contains("failures=\"1\"")
                .contains("<testcase name=\"claim-1: Alibaba makes Doubao\"")
                .contains("REFUTED: Alibaba makes Doubao");
    }

    @Test
    void sarifReportPointsAtTheFactThatRefutesAClaim() throws Exception {
        Run run = check("--format", "sarif", "Alibaba makes Doubao");

        var sarif = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        var result = sarif.at("/runs/0/results/0");
        assertThat(result.at("/level").asText()).isEqualTo("error");
        assertThat(result.at("/message/text").asText()).startsWith("REFUTED: Alibaba makes Doubao");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("facts/statements/products.yaml");
    }
}
