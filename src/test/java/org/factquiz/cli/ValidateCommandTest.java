package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.EditedFacts.placeOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code factquiz validate} from the outside: arguments in; exit code, standard output and error out. */
class ValidateCommandTest {
    static final String SUMMARY_OK = "Consistent: 0 errors, 0 warnings; ";

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    static Run factquiz(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = FactquizCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    /**
     * A rules folder with only some of the shipped rule files. Compiling all of them takes seconds;
     * the findings a test looks at come from one or two files, so most tests compile just those.
     */
    private Path rules(String... files) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        for (String file : files) {
            Path target = rules.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(Validation.SHIPPED_RULES.resolve(file), target);
        }
        return rules;
    }

    private Run validate(Path facts, Path rules, String... options) {
        String[] args = new String[5 + options.length];
        args[0] = "validate";
        args[1] = "--facts";
        args[2] = facts.toString();
        args[3] = "--rules";
        args[4] = rules.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return factquiz(args);
    }

    private Path comparisonRules() throws IOException {
        return rules("derive/comparisons.drl", "consistency/comparisons.drl");
    }

    /** Ernie Bot with more users than Doubao, which the article says it beats. */
    private Path contradictedFacts() {
        return EditedFacts.shipped().append("statements/users.yaml", """
                - id: ernie-bot-users
                  kind: quantity
                  subject: ernie-bot
                  measure: monthly-active-users
                  value: 70
                  scale: million
                  unit: users
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                """).writeTo(dir);
    }

    @Test
    void shippedFactsAreConsistentWithTheDefaultFoldersAndDroolsStaysQuiet() {
        PrintStream realErr = System.err;
        ByteArrayOutputStream processErr = new ByteArrayOutputStream();
        Run run;
        try {
            System.setErr(new PrintStream(processErr, true, StandardCharsets.UTF_8));
            run = factquiz("validate");
        } finally {
            System.setErr(realErr);
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith(SUMMARY_OK).endsWith(" rules.\n").hasLineCount(1);
        assertThat(run.err()).isEmpty();
        assertThat(processErr.toString(StandardCharsets.UTF_8)).as("Drools logging on the terminal").isEmpty();
    }

    @Test
    void inconsistencyExitsWithOneAndShowsRuleFactsPlacesAndSentences() throws Exception {
        Path facts = contradictedFacts();

        Run run = validate(facts, comparisonRules());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        Path users = facts.resolve("statements/users.yaml");
        String sentence11 = "„Mit 60 Millionen monatlich aktiven Nutzern übertrifft es die Konkurrenz wie Baidus"
                + " „Ernie Bot“ deutlich.“";
        assertThat(run.out()).startsWith("""
                error: 'doubao' is said to have more monthly-active-users than 'ernie-bot', but the counts say\
                 60000000 users against 70000000 users
                  rule: A comparison must agree with the quantities it compares
                  exceeds(doubao, ernie-bot, monthly-active-users)  derived by "A comparison says who has more" from:
                      %s  doubao-beats-ernie-bot
                          sentence 11: %s
                  %s  doubao-60-million-users
                      sentence 11: %s
                  %s  ernie-bot-users
                      sentence 11: %s

                1 error, 0 warnings; 73 statements checked by\
                """.formatted(placeOf(users, "doubao-beats-ernie-bot"), sentence11,
                placeOf(users, "doubao-60-million-users"), sentence11, placeOf(users, "ernie-bot-users"), sentence11));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void warningsAloneStillPass() throws Exception {
        Path facts = EditedFacts.shipped()
                .removeFromEntry("statements/chips.yaml", "bytedance-less-dependent-on-nvidia", "status: intended")
                .writeTo(dir);

        Run run = validate(facts, rules("consistency/certainty.dslr", "english.dsl"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("warning: 'bytedance-less-dependent-on-nvidia' is the aim of purpose link")
                .contains("\n0 errors, 1 warning; ");
    }

    @Test
    void unknownEntityIsAFindingWithTheStatementsFileAndLine() throws Exception {
        Path facts = EditedFacts.shipped()
                .inEntry("statements/company.yaml", "bytedance-owns-tiktok", "object: tiktok", "object: tiktk")
                .writeTo(dir);

        Run run = validate(facts, rules("consistency/references.drl", "derive/ids.drl"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).startsWith("""
                error: 'bytedance-owns-tiktok' names unknown entity 'tiktk' as its object (did you mean 'tiktok'?)
                  rule: A statement refers only to known entities
                  %s  bytedance-owns-tiktok
                      sentence 1: „Der TikTok-Eigentümer ByteDance\
                """.formatted(placeOf(facts.resolve("statements/company.yaml"), "bytedance-owns-tiktok")));
    }

    @Test
    void duplicateIdIsAFindingWithBothPlaces() throws Exception {
        Path facts = EditedFacts.shipped().append("entities.yaml", """
                - id: baidu
                  type: company
                """).writeTo(dir);

        Run run = validate(facts, rules("consistency/references.drl"));

        String first = placeOf(facts.resolve("entities.yaml"), "baidu", 1);
        String second = placeOf(facts.resolve("entities.yaml"), "baidu", 2);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out()).startsWith("""
                error: the entity id 'baidu' is used twice: at %s and at %s
                  rule: An id names only one thing of its kind
                  %s  baidu
                  %s  baidu
                """.formatted(first, second, first, second));
    }

    @Test
    void badInputExitsWithTwoAndOneLinePerProblemWithoutStackTrace() throws Exception {
        Path facts = EditedFacts.shipped()
                .inEntry("statements/users.yaml", "doubao-60-million-users", "value: 60", "value: \"sixty\"")
                .inEntry("statements/users.yaml", "doubao-beats-ernie-bot", "comparator: more", "comparator: mehr")
                .inEntry("statements/company.yaml", "zhang-founded-bytedance", "sentence: 5", "sentence: 20")
                .writeTo(dir);

        Run run = validate(facts, rules("derive/types.drl"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(
                facts.resolve("statements/company.yaml") + ":25:15: sentence 20 does not exist: 'bytedance-ki' has 19"
                        + " sentences",
                facts.resolve("statements/users.yaml") + ":9:12: field 'statements[0].value': 'sixty' is not a number");
    }

    @Test
    void everyBadStatementOfAFileIsReported() throws Exception {
        Path facts = EditedFacts.shipped()
                .inEntry("statements/users.yaml", "doubao-beats-ernie-bot", "comparator: more", "comparator: mehr")
                .inEntry("statements/users.yaml", "doubao-60-million-users", "sentence: 11", "sentence: 12")
                .writeTo(dir);

        Run run = validate(facts, rules("derive/types.drl"));

        String users = facts.resolve("statements/users.yaml").toString();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().lines().toList()).containsExactly(
                users + ":13:12: quote \"Mit 60 Millionen monatlich aktiven Nutzern\" is not in sentence 12, which"
                        + " reads: \"Der Erfolg von Doubao basiert auf seiner vielseitigen Funktionalität, darunter"
                        + " Such-, Übersetzungs- und Bildgenerierungsdienste.\"",
                users + ":18:17: comparator must be 'more' or 'less', not 'mehr'");
    }

    @Test
    void missingFactsFolderIsBadInput() throws Exception {
        Run run = validate(dir.resolve("nowhere"), rules("derive/types.drl"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).isEqualTo(dir.resolve("nowhere") + ": facts folder not found\n");
    }

    @Test
    void ruleThatDoesNotCompileIsBadInputNamingTheRuleFile() throws Exception {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules.resolve("consistency"));
        Files.writeString(rules.resolve("consistency/broken.drl"), """
                package consistency;

                import org.factquiz.model.*;

                rule "A broken rule"
                when
                    Quantity( value < )
                then
                end
                """);

        Run run = factquiz("validate", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith(rules.resolve("consistency/broken.drl") + ":7:")
                .contains(": rule does not compile: ")
                .hasLineCount(1)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void jsonReportHasFindingsWithRuleMessagesAndFacts() throws Exception {
        Run run = validate(contradictedFacts(), comparisonRules(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("tool").asText()).isEqualTo("factquiz validate");
        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("warnings").asInt()).isZero();
        assertThat(report.get("statements").asInt()).isEqualTo(73);
        JsonNode finding = report.get("findings").get(0);
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("rule").asText()).isEqualTo("A comparison must agree with the quantities it compares");
        assertThat(finding.get("message").asText()).startsWith("'doubao' is said to have more");
        assertThat(finding.get("messageDe").asText()).startsWith("'doubao' soll mehr");

        JsonNode derived = finding.get("facts").get(0);
        assertThat(derived.get("id").asText()).isEqualTo("exceeds(doubao, ernie-bot, monthly-active-users)");
        assertThat(derived.get("derivedBy").asText()).isEqualTo("A comparison says who has more");
        assertThat(derived.has("file")).isFalse();
        assertThat(derived.has("line")).isFalse();
        JsonNode premise = derived.get("premises").get(0);
        assertThat(premise.get("id").asText()).isEqualTo("doubao-beats-ernie-bot");
        assertThat(premise.get("file").asText()).endsWith("/facts/statements/users.yaml");
        assertThat(premise.get("file").asText() + ":" + premise.get("line").asInt() + ":"
                + premise.get("column").asInt())
                .isEqualTo(placeOf(Path.of(premise.get("file").asText()), "doubao-beats-ernie-bot"));
        assertThat(premise.get("sentence").asInt()).isEqualTo(11);
        assertThat(premise.get("sentenceText").asText()).startsWith("Mit 60 Millionen");
        assertThat(premise.get("status").asText()).isEqualTo("asserted");
        assertThat(finding.get("facts")).extracting(f -> f.get("id").asText())
                .containsExactly("exceeds(doubao, ernie-bot, monthly-active-users)", "doubao-60-million-users",
                        "ernie-bot-users");
    }

    @Test
    void jsonReportOfConsistentFactsHasNoFindings() throws Exception {
        Run run = validate(EditedFacts.SHIPPED, rules("derive/types.drl"), "--format=json");

        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(report.get("consistent").asBoolean()).isTrue();
        assertThat(report.get("findings")).isEmpty();
    }

    @Test
    void germanReportSpeaksGerman() throws Exception {
        Run run = validate(contradictedFacts(), comparisonRules(), "--lang", "de");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CHECK_FAILED);
        assertThat(run.out())
                .startsWith("Fehler: 'doubao' soll mehr monthly-active-users haben als 'ernie-bot', aber die Zahlen"
                        + " sagen 60000000 users gegen 70000000 users\n  Regel: ")
                .contains("  abgeleitet durch \"A comparison says who has more\" aus:\n")
                .contains("      Satz 11: „Mit 60 Millionen")
                .endsWith("1 Fehler, 0 Warnungen; 73 Aussagen mit 4 Regeln geprüft.\n")
                .doesNotContain("error").doesNotContain("sentence ");
    }

    @Test
    void unknownLanguageOrFormatIsBadInputWithUsageHint() {
        Run language = factquiz("validate", "--lang", "fr");
        Run format = factquiz("validate", "--format", "xml");

        assertThat(language.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(language.err()).contains("'fr' is not a language: use en or de")
                .contains("Try 'factquiz validate --help' for usage.");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("xml").contains("text, json");
    }

    @Test
    void noCommandIsBadInput() {
        Run run = factquiz();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("factquiz: name a command: validate");
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = factquiz("--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Exit codes:").contains("validate");
    }

    @Test
    void helpSaysHowToSeeStopAndTurnOffTheDaemon() {
        Run run = factquiz("--help");

        assertThat(run.out()).contains("daemon status").contains("daemon stop").contains("FACTQUIZ_DAEMON=off");
    }
}
