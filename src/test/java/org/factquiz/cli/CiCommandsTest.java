package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands CI runs, from the outside: reports to files, annotations, rule listings, exit codes. */
class CiCommandsTest {
    @TempDir
    static Path shared;

    static Path rules;
    static Path brokenFacts;

    @TempDir
    Path folder;

    @BeforeAll
    static void quantityRulesAndABrokenCount() throws IOException {
        rules = ShippedRules.quantityRules(shared.resolve("rules"));
        brokenFacts = shared.resolve("facts");
        ShippedRules.copy(ShippedRules.FACTS, brokenFacts);
        Path users = brokenFacts.resolve("statements/users.yaml");
        Files.writeString(users, Files.readString(users).replace("value: 60\n", "value: -60\n"));
    }

    @Test
    void validateWritesSarifToAFileAndAnnotationsToStandardOutput() throws IOException {
        Path report = folder.resolve("factquiz.sarif");

        Cli.Run run = Cli.run("validate", "--rules", rules.toString(), "--facts", brokenFacts.toString(),
                "--format", "sarif", "--out", report.toString(), "--github");

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out().lines()).singleElement().asString()
                .startsWith("::error file=" + brokenFacts.resolve("statements/users.yaml") + ",line=")
                .contains(",title=A quantity is not negative::'doubao-60-million-users'");
        JsonNode sarif = new ObjectMapper().readTree(report.toFile());
        assertThat(sarif.at("/runs/0/results/0/ruleId").asText()).isEqualTo("consistency/a-quantity-is-not-negative");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void machineReportWithAnnotationsNeedsAFile() {
        Cli.Run run = Cli.run("validate", "--rules", rules.toString(), "--format", "junit", "--github");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("factquiz: --github prints annotations on standard output, so a junit report"
                + " needs a file: add --out FILE");
    }

    @Test
    void reportThatCannotBeWrittenLeavesNoFile() {
        Path report = folder.resolve("missing/factquiz.xml");

        Cli.Run run = Cli.run("validate", "--rules", rules.toString(), "--facts", brokenFacts.toString(),
                "--format", "junit", "--out", report.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).isEqualTo(report + ": cannot write: no such folder '" + folder.resolve("missing") + "'\n");
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void failingRuleTestIsAnnotatedAtItsCaseWithWhatWasMissingAndUnexpected() throws IOException {
        Path tests = folder.resolve("wrong.yaml");
        Files.writeString(tests, """
                cases:
                  - name: users counted in years are reported
                    patch:
                      change:
                        doubao-60-million-users: {unit: years}
                    expect:
                      findings:
                        - {rule: A quantity is not negative, facts: [doubao-60-million-users]}
                """);
        Path report = folder.resolve("rule-tests.xml");

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), "--tests", tests.toString(), "--format", "junit",
                "--out", report.toString(), "--github");

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("::error file=" + tests + ",line=2,col=5,title=users counted in years are"
                + " reported::rule test 'users counted in years are reported' failed: 1 expected finding missing, 1"
                + " unexpected finding; missing: A quantity is not negative: doubao-60-million-users; unexpected: A"
                + " quantity uses its measure's unit: doubao-60-million-users, monthly-active-users [error]\n");
        assertThat(Files.readString(report)).contains("<testsuite").contains("failures=\"1\"");
    }

    @Test
    void rulesListsEachRuleWithItsPlaceDescriptionAndFirings() throws IOException {
        Path tests = folder.resolve("tests");
        Files.createDirectories(tests);
        Files.writeString(tests.resolve("negative.yaml"), """
                cases:
                  - name: a negative count is reported
                    rule: A quantity is not negative
                    patch:
                      change:
                        doubao-60-million-users: {value: -1}
                    expect:
                      findings:
                        - {rule: A quantity is not negative, facts: [doubao-60-million-users]}
                """);

        Cli.Run run = Cli.run("rules", "--rules", rules.toString(), "--tests", tests.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        String file = rules.resolve("consistency/quantities.dslr").toString();
        java.util.List<String> lines = Files.readAllLines(rules.resolve("consistency/quantities.dslr"));
        int negative = lines.indexOf("rule \"A quantity is not negative\"") + 1;
        int unit = lines.indexOf("rule \"A quantity uses its measure's unit\"") + 1;
        assertThat(run.out()).isEqualTo("""
                consistency
                  %1$s:%2$d:1  A quantity is not negative
                      Users, money and years are never negative in this domain.
                      fired 0 times on facts/ (72 statements), once in 1 of 1 test cases
                ! %1$s:%3$d:1  A quantity uses its measure's unit
                      Users counted in years (or money in users) cannot be compared with anything else.
                      fired 0 times on facts/ (72 statements), 0 times in 0 of 1 test cases  <- fires in no test case

                2 rules (firings counted on facts/ (72 statements)); 1 fire in no test case: "A quantity uses its measure's unit".
                """.formatted(file, negative, unit));
    }

    @Test
    void ruleThatDoesNotCompileIsReportedWithItsLineAndText() throws IOException {
        Path broken = folder.resolve("rules");
        ShippedRules.copy(rules, broken);
        Files.writeString(broken.resolve("consistency/extra.drl"), """
                package consistency;

                import org.factquiz.model.*;

                rule "A title is known"
                when
                    $t : Titel( )
                then
                end
                """);

        Cli.Run run = Cli.run("rules", "--rules", broken.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).startsWith(broken.resolve("consistency/extra.drl") + ":7:10: rule does not compile:"
                + " Unable to resolve ObjectType 'Titel' in: $t : Titel( )");
        assertThat(run.err()).doesNotContain("\tat ");
    }

    @Test
    void verifyReportsARuleThatCanNeverFireAndExitsWithOne() throws IOException {
        Path odd = folder.resolve("rules");
        ShippedRules.copy(rules, odd);
        Files.writeString(odd.resolve("consistency/odd.drl"), """
                package consistency;

                import org.factquiz.model.*;

                rule "A count both below zero and above five"
                when
                    $q : Quantity( value < 0, value > 5 )
                then
                end
                """);

        Cli.Run run = Cli.run("rules", "--verify", "--rules", odd.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(odd.resolve("consistency/odd.drl") + ":7:1: never-satisfiable: rule \"A count"
                + " both below zero and above five\" can never fire: in Quantity( ... ) 'value < 0' and 'value > 5'"
                + " exclude each other\n\n1 problem among 3 rules.\n");
    }
}
