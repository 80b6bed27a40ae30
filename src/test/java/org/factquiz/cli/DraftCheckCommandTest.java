package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.Cli;
import org.factquiz.SchemaCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code factquiz check --text} from the outside, on test drafts in English and German about the
 * shipped article: every flag at the line and column where the sentence stands in the file.
 */
class DraftCheckCommandTest {
    private static final Path DRAFTS = Path.of("src/test/resources/drafts");
    private static final Path EN = DRAFTS.resolve("bytedance-en.md");
    private static final Path DE = DRAFTS.resolve("bytedance-de.md");
    private static final Path TRUE = DRAFTS.resolve("true-facts.txt");
    private static final Path SARIF_SCHEMA = Path.of("src/test/resources/schemas/sarif-schema-2.1.0.json");

    static Cli.Run english;
    static JsonNode englishJson;
    static JsonNode germanJson;

    @TempDir
    Path dir;

    static Cli.Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--facts", "facts", "--rules", "rules"));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    @BeforeAll
    static void checkTheTestDrafts() throws IOException {
        english = check("--text", EN.toString());
        Cli.Run json = check("--format", "json", "--text", EN.toString(), DE.toString());
        assertThat(json.code()).as(json.toString()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(json.out());
        englishJson = report.at("/drafts/0");
        germanJson = report.at("/drafts/1");
    }

    /** "file:line:column" of the first place {@code sentence} stands in {@code file}, found by reading the file. */
    static String at(Path file, String sentence) throws IOException {
        String text = Files.readString(file);
        int offset = text.indexOf(sentence);
        assertThat(offset).as("'%s' is in %s", sentence, file).isNotNegative();
        String before = text.substring(0, offset);
        int line = before.split("\n", -1).length;
        int column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return file + ":" + line + ":" + column;
    }

    static JsonNode result(JsonNode draft, String sentence) {
        for (JsonNode r : draft.get("results")) {
            if (r.get("text").asText().equals(sentence)) {
                return r;
            }
        }
        throw new AssertionError("no result for '" + sentence + "' in " + draft.get("file"));
    }

    @Test
    void refutedSentencesAreErrorsAtTheirLineAndColumnWithTheEvidenceBelow() throws IOException {
        assertThat(english.code()).as(english.toString()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(english.out()).contains(at(EN, "Alibaba makes Doubao.") + ": error: REFUTED: Alibaba makes Doubao.\n"
                        + "  holds(bytedance, makes, doubao)  derived by \"A stated relation holds\" from:\n")
                .contains(at(EN, "Doubao was launched in 2022.") + ": error: REFUTED: Doubao was launched in 2022.\n"
                        + "  facts/statements/products.yaml:")
                .contains("sentence 10: „Das KI-Chatbot „Doubao“ von ByteDance");
        assertThat(english.err()).isEmpty();
    }

    @Test
    void overstatedSentenceNamesTheSourcesHedgeQuotesItAndSuggestsAWordingThatKeepsIt() throws IOException {
        assertThat(english.out()).contains(at(EN, "ByteDance is Nvidia's largest customer in Asia.")
                + ": warning: overstated (HEDGED): ByteDance is Nvidia's largest customer in Asia.\n"
                + "  the source hedges this („möglicherweise“), according to industry insiders\n")
                .contains("sentence 3: „Laut Brancheninsidern ist ByteDance inzwischen Nvidias größter Kunde in China und"
                        + " möglicherweise in ganz Asien.“\n"
                        + "  suggestion: According to industry insiders, ByteDance is possibly Nvidia's largest customer"
                        + " in Asia.\n")
                .contains(at(EN, "ByteDance is Nvidia's largest customer in China.")
                        + ": warning: overstated (REPORTED): ByteDance is Nvidia's largest customer in China.\n"
                        + "  the source only reports this, according to industry insiders\n");
        JsonNode asia = result(englishJson, "ByteDance is Nvidia's largest customer in Asia.");
        assertThat(asia.at("/overstated/hedge").asText()).isEqualTo("möglicherweise");
        assertThat(asia.at("/overstated/accordingTo").asText()).isEqualTo("industry-insiders");
        assertThat(asia.at("/overstated/suggestionConfirmed").asBoolean()).isTrue();
        assertThat(asia.at("/overstated/sources/0/fact").asText()).isEqualTo("bytedance-largest-nvidia-customer-asia");
    }

    @Test
    void germanDraftIsReadInGermanAndItsSuggestionPutsTheVerbSecond() throws IOException {
        assertThat(germanJson.get("language").asText()).isEqualTo("de");
        assertThat(germanJson.get("languageFrom").asText()).isEqualTo("front-matter");
        JsonNode refuted = result(germanJson, "ByteDance wirbt seit 2019 Talente von Rivalen ab.");
        assertThat(DE + ":" + refuted.get("line") + ":" + refuted.get("column"))
                .isEqualTo(at(DE, "ByteDance wirbt seit 2019"));
        assertThat(refuted.get("flag").asText()).isEqualTo("refuted");
        assertThat(refuted.get("severity").asText()).isEqualTo("error");
        JsonNode asia = result(germanJson, "ByteDance ist Nvidias größter Kunde in Asien.");
        assertThat(asia.get("flag").asText()).isEqualTo("overstated");
        assertThat(asia.at("/overstated/suggestion").asText())
                .isEqualTo("Laut Brancheninsidern ist ByteDance möglicherweise Nvidias größter Kunde in Asien.");
        assertThat(asia.get("message").asText()).contains("die Quelle sagt das nur mit Vorbehalt („möglicherweise“),"
                + " laut Brancheninsidern");
        assertThat(result(germanJson, "Laut Brancheninsidern ist ByteDance Nvidias größter Kunde in China.")
                .get("verdict").asText()).isEqualTo("SUPPORTED");
    }

    @Test
    void trueSentencesAreNotFlaggedInEitherLanguage() {
        for (JsonNode draft : List.of(englishJson, germanJson)) {
            for (JsonNode r : draft.get("results")) {
                if ("SUPPORTED".equals(r.path("verdict").asText())) {
                    assertThat(r.has("flag")).as(r.toString()).isFalse();
                }
            }
        }
        assertThat(result(englishJson, "Doubao has 60 million monthly active users.").get("verdict").asText())
                .isEqualTo("SUPPORTED");
        assertThat(result(germanJson, "Doubao wurde im August 2023 eingeführt.").get("verdict").asText())
                .isEqualTo("SUPPORTED");
    }

    @Test
    void unreadSentencesAreCountedNotFlaggedAndListedWithVerbose() throws IOException {
        String unread = "The company's founder rarely speaks to the press, and his interviews are rare.";
        JsonNode r = result(englishJson, unread);
        assertThat(r.has("flag")).isFalse();
        assertThat(r.get("notRead").asText()).startsWith("cannot read");
        long notRead = englishJson.get("notRead").asLong();
        assertThat(notRead).isPositive();
        assertThat(englishJson.get("checked").asLong() + notRead).isEqualTo(englishJson.get("sentences").asLong());
        assertThat(english.out()).doesNotContain(unread).contains(EN + ": " + englishJson.get("checked") + " of "
                + englishJson.get("sentences") + " sentences checked: 2 errors, 2 warnings");
        Cli.Run verbose = check("--verbose", "--text", EN.toString());
        assertThat(verbose.out()).contains(at(EN, "The company's founder") + ": note: not read: cannot read \"" + unread
                        + "\" as a claim")
                .contains(at(EN, "Doubao competes with Cici AI.") + ": note: NOT ENOUGH INFO: Doubao competes with Cici AI.");
    }

    @Test
    void codeBlocksInlineCodeAndFrontMatterAreNotCheckedAsProse() {
        List<String> sentences = new ArrayList<>();
        for (JsonNode draft : List.of(englishJson, germanJson)) {
            draft.get("results").forEach(r -> sentences.add(r.get("text").asText()));
        }
        assertThat(sentences).noneMatch(s -> s.contains("2019") && !s.contains("seit 2019"))
                .noneMatch(s -> s.contains("title"))
                .contains("Inline code such as `Doubao has 1 user` stays code.");
        assertThat(result(englishJson, "Inline code such as `Doubao has 1 user` stays code.").has("verdict")).isFalse();
    }

    @Test
    void suppressedSentencesKeepTheirVerdictButFailNothingAndEverySuppressionIsInTheJson() throws Exception {
        JsonNode hidden = result(englishJson, "Ernie Bot has 70 million users.");
        assertThat(hidden.get("verdict").asText()).isEqualTo("REFUTED");
        assertThat(hidden.at("/suppressedBy/by").asText()).isEqualTo("inline");
        assertThat(hidden.at("/suppressedBy/reason").asText()).isEqualTo("quoted from a reader's letter");
        assertThat(englishJson.get("errors").asInt()).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(check("--format", "json", "--text", EN.toString(), DE.toString())
                .out());
        assertThat(report.get("suppressions")).extracting(s -> s.get("directive").asText() + " " + s.get("at").asText())
                .containsExactly("ignore " + at(EN, "<!-- factquiz: ignore"),
                        "ignore-next-line " + at(DE, "<!-- factquiz: ignore-next-line"));
        assertThat(report.at("/suppressions/1/covered/0/text").asText()).isEqualTo("Doubao hat 70 Millionen Nutzer.");
    }

    @Test
    void draftOfTrueSentencesPassesEvenWhenStrict() {
        Cli.Run run = check("--strict", "--text", TRUE.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(TRUE + ": 4 of 5 sentences checked: 0 errors, 0 warnings (4 SUPPORTED);"
                + " 1 not read\n");
    }

    @Test
    void strictAlsoFailsOnOverstatedSentences() throws IOException {
        Path draft = dir.resolve("hedge.md");
        Files.writeString(draft, "Baidu makes Ernie Bot. ByteDance is Nvidia's largest customer in Asia.\n");

        assertThat(check("--text", draft.toString()).code()).isEqualTo(ExitCodes.OK);
        assertThat(check("--strict", "--text", draft.toString()).code()).isEqualTo(ExitCodes.CHECK_FAILED);
    }

    @Test
    void sarifIsValidAndPointsAtTheDraftsLineAndColumnRange() throws IOException {
        Path report = dir.resolve("draft.sarif");
        Cli.Run run = check("--format", "sarif", "--out", report.toString(), "--github", "--text", EN.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String sarif = Files.readString(report);
        assertThat(SchemaCheck.errors(SARIF_SCHEMA, sarif, InputFormat.JSON)).isEmpty();
        JsonNode results = new ObjectMapper().readTree(sarif).at("/runs/0/results");
        JsonNode first = results.get(0);
        assertThat(first.get("ruleId").asText()).isEqualTo("draft/refuted");
        JsonNode physical = first.at("/locations/0/physicalLocation");
        String place = at(EN, "Alibaba makes Doubao.");
        assertThat(EN + ":" + physical.at("/region/startLine") + ":" + physical.at("/region/startColumn"))
                .isEqualTo(place);
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo(EN.toString());
        assertThat(physical.at("/region/endColumn").asInt())
                .isEqualTo(physical.at("/region/startColumn").asInt() + "Alibaba makes Doubao.".length());
        assertThat(results).anySatisfy(r -> assertThat(r.at("/suppressions/0/kind").asText()).isEqualTo("inSource"));
        String[] lineCol = place.substring(EN.toString().length() + 1).split(":");
        assertThat(run.out().lines()).hasSize(4).first().asString().isEqualTo("::error file=" + EN + ",line="
                + lineCol[0] + ",col=" + lineCol[1] + ",endLine=" + lineCol[0] + ",endColumn="
                + (Integer.parseInt(lineCol[1]) + "Alibaba makes Doubao.".length() - 1) + ",title=Alibaba makes Doubao.::REFUTED: Alibaba makes Doubao. - the facts:"
                + " bytedance-makes-doubao (sentence 10: „Das KI-Chatbot „Doubao“ von ByteDance, das im August 2023"
                + " eingeführt wurde, hat sich zur beliebtesten KI-Anwendung Chinas entwickelt.“) (also"
                + " facts/statements/products.yaml:25:5)");
        assertThat(run.out()).contains("::warning file=" + EN + ",line=").doesNotContain("70 million");
    }

    @Test
    void junitHasOneCaseForEverySentenceReadFailingForErrors() throws Exception {
        Path report = dir.resolve("draft.xml");
        Cli.Run run = check("--format", "junit", "--out", report.toString(), "--text", EN.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        String xml = Files.readString(report);
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/schemas/surefire-test-report.xsd").toFile()).newValidator()
                .validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(xml)));
        assertThat(xml).contains("tests=\"" + englishJson.get("checked") + "\"").contains("failures=\"2\"")
                .contains("classname=\"" + EN + "\"");
    }

    @Test
    void configFileLeavesOutDraftsSentencesAndChecksAndEachEntryIsReported() throws IOException {
        Path config = dir.resolve("factquiz.yaml");
        Files.writeString(config, """
                text:
                  ignore:
                    - paths: ["*.txt"]
                      reason: plain notes are not published
                    - checks: [overstated]
                      reason: the editor hedges in the next round
                    - sentence: "^Doubao was launched"
                    - facts: [bytedance-hires-from-rivals-since-2021]
                """);

        Cli.Run run = check("--format", "json", "--config", config.toString(), "--text", EN.toString(),
                TRUE.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.at("/skipped/0/file").asText()).isEqualTo(TRUE.toString());
        assertThat(report.at("/skipped/0/reason").asText()).isEqualTo("plain notes are not published");
        assertThat(report.at("/drafts/0/errors").asInt()).isEqualTo(1);
        assertThat(report.at("/drafts/0/warnings").asInt()).isZero();
        assertThat(report.get("suppressions")).extracting(s -> s.get("by").asText() + " " + s.get("at").asText() + " "
                        + s.get("covered").size())
                .containsExactly("inline " + at(EN, "<!-- factquiz: ignore") + " 1",
                        "config " + config + ":5:7 2", "config " + config + ":7:7 1", "config " + config + ":8:7 0");
        assertThat(report.at("/suppressions/3/used").asBoolean()).isFalse();
    }

    @Test
    void unusableDraftsAreOneLinePerProblemWithExitTwo() throws IOException {
        Path latin1 = dir.resolve("latin1.md");
        Files.write(latin1, "Doubao ist gut.\nGr\u00fc\u00dfe".getBytes(StandardCharsets.ISO_8859_1));
        Path typo = dir.resolve("typo.md");
        Files.writeString(typo, "Doubao. <!-- factquiz: ignor -->\n");

        Cli.Run run = check("--text", dir.resolve("missing.md").toString(), latin1.toString(), dir.toString(),
                typo.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactlyInAnyOrder(
                dir.resolve("missing.md") + ": file does not exist",
                latin1 + ":2:3: file is not UTF-8 text: byte 0xFC here cannot be read as UTF-8; save it as UTF-8",
                dir + ": is a folder, not a draft file",
                typo + ":1:9: unknown factquiz directive 'ignor' (did you mean 'ignore'?); expected one of: ignore,"
                        + " ignore-next-line, off, on");
    }

    @Test
    void binaryDraftIsRefusedAtItsFirstNulByte() throws IOException {
        Path binary = dir.resolve("image.md");
        Files.write(binary, "Doubao ist gut.\nab\0cd".getBytes(StandardCharsets.UTF_8));

        Cli.Run run = check("--text", binary.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                binary + ":2:3: file is a binary file, not text: it holds a NUL byte here");
    }

    @Test
    void malformedConfigIsReportedAtItsLineAndColumn() throws IOException {
        Path config = dir.resolve("factquiz.yaml");
        Files.writeString(config, """
                text:
                  ignore:
                    - checks: [overstatd]
                    - facts: [bytedance-makes-doubo]
                    - sentence: "(unclosed"
                    - reason: nothing to match
                """);

        Cli.Run run = check("--config", config.toString(), "--text", EN.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines()).containsExactly(
                config + ":3:16: unknown check 'overstatd'; expected one of: refuted, conflict, overstated",
                config + ":4:15: unknown fact 'bytedance-makes-doubo' (did you mean 'bytedance-makes-doubao'?)",
                config + ":5:17: not a regular expression: Unclosed group near index 9",
                config + ":6:7: an ignore entry needs 'paths', 'sentence', 'facts' or 'checks'");
    }

    @Test
    void draftsAndClaimsAreNotMixed() {
        Cli.Run run = check("Baidu makes Ernie Bot", "--text", EN.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("factquiz: give claims as sentences, with --claims FILE or as drafts with"
                + " --text FILE..., not several");
    }
}
