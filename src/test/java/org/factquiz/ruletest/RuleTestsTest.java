package org.factquiz.ruletest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleInfo;
import org.factquiz.load.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule tests written as data: the shipped cases, failing cases, and mistakes in test files. */
class RuleTestsTest {
    static Path rules;
    static RuleBase ruleBase;
    static RuleTestRun shippedRun;

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    @BeforeAll
    static void compileOnce() {
        rules = ShippedRules.quantityRules(shared.resolve("rules"));
        ruleBase = ShippedRules.compiled();
        shippedRun = ShippedRules.shippedRun();
    }

    @Test
    void everyShippedCasePasses() {
        assertThat(shippedRun.results()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.passed()).as(r.testCase().location() + " " + r.testCase().name() + "\n"
                        + String.join("\n", r.diff())).isTrue());
    }

    @Test
    void everyConsistencyRuleHasACaseWhereItFiresAndANearMissWhereItDoesNot() {
        Set<String> fires = new TreeSet<>();
        Set<String> nearMiss = new TreeSet<>();
        for (RuleTestResult result : shippedRun.results()) {
            RuleTestCase testCase = result.testCase();
            if (testCase.rule() == null) {
                continue;
            }
            boolean expectsIt = testCase.findings().stream().anyMatch(f -> f.rule().equals(testCase.rule()));
            (expectsIt ? fires : nearMiss).add(testCase.rule());
        }
        List<String> consistency = ruleBase.rules().stream().filter(r -> r.packageName().equals("consistency"))
                .map(RuleInfo::name).toList();

        assertThat(consistency).hasSizeGreaterThanOrEqualTo(20);
        assertThat(fires).containsAll(consistency);
        assertThat(nearMiss).containsAll(consistency);
    }

    @Test
    void everyRuleFiresInSomeCase() {
        assertThat(ruleBase.rules()).allSatisfy(rule ->
                assertThat(shippedRun.firings().count(rule.name())).as(rule.name()).isPositive());
    }

    @Test
    void factquizTestPassesWhenEveryCasePasses() throws IOException {
        Files.writeString(folder.resolve("passing.yaml"), """
                cases:
                  - name: a negative count is reported
                    patch:
                      change:
                        doubao-60-million-users: {value: -1}
                    expect:
                      findings:
                        - rule: A quantity is not negative
                          facts: [doubao-60-million-users]
                  - name: nothing changes
                """);

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), "--tests", folder.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).isEqualTo("""
                PASS  %1$s:2:5  a negative count is reported
                PASS  %1$s:10:5  nothing changes
                2 passed, 0 failed
                """.formatted(folder.resolve("passing.yaml")));
    }

    @Test
    void failingCaseExitsWithOneAndShowsExpectedAgainstActual() throws IOException {
        Files.writeString(folder.resolve("wrong.yaml"), """
                cases:
                  - name: users counted in years are reported
                    patch:
                      change:
                        doubao-60-million-users: {unit: years}
                    expect:
                      findings:
                        - rule: A quantity is not negative
                          facts: [doubao-60-million-users]
                  - name: nothing changes
                """);

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), "--tests", folder.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                FAIL  %1$s:2:5  users counted in years are reported
                      expected findings (-) against the findings the rules made (+):
                      --- expected
                      +++ actual
                      @@ -1,1 +1,1 @@
                      -A quantity is not negative: doubao-60-million-users
                      +A quantity uses its measure's unit: doubao-60-million-users, monthly-active-users [error]
                      unexpected error from "A quantity uses its measure's unit": 'doubao-60-million-users': \
                monthly-active-users is counted in users, not in years
                PASS  %1$s:10:5  nothing changes
                1 passed, 1 failed
                """.formatted(folder.resolve("wrong.yaml")));
    }

    @Test
    void missingDerivedFactFailsTheCase() throws IOException, InputException {
        Files.writeString(folder.resolve("derived.yaml"), """
                cases:
                  - name: Malaysia is not said to be in Asia
                    expect:
                      derived: ["holds(international-data-centres, located-in, asia)"]
                """);

        RuleTestResult result = new RuleTestRunner(ShippedRules.FACTS, ruleBase).run(read(folder)).results().get(0);

        assertThat(result.passed()).isFalse();
        assertThat(result.summary()).isEqualTo("1 expected derived fact missing");
        assertThat(result.diff()).contains("-derived: holds(international-data-centres, located-in, asia)");
    }

    @Test
    void unknownRuleIsBadInputAtItsLine() throws IOException {
        Files.writeString(folder.resolve("typos.yaml"), """
                cases:
                  - name: a typo in the rule
                    rule: A quantity is not negativ
                """);

        Cli.Run run = Cli.run("test", "--rules", rules.toString(), "--tests", folder.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(folder.resolve("typos.yaml")
                + ":3:11: no rule is named \"A quantity is not negativ\" (did you mean 'A quantity is not negative'?)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownIdInAPatchIsBadInputAtItsLine() throws IOException {
        Files.writeString(folder.resolve("typos.yaml"), """
                cases:
                  - name: a typo in the id
                    patch:
                      change:
                        doubao-60-milion-users: {value: -1}
                      remove: [doubao-beats-ernie-bott]
                """);

        assertThatThrownBy(() -> new RuleTestRunner(ShippedRules.FACTS, ruleBase).run(read(folder)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(
                                folder.resolve("typos.yaml") + ":5:9: case 'a typo in the id': cannot change"
                                        + " 'doubao-60-milion-users': no fact has this id (did you mean"
                                        + " 'doubao-60-million-users'?)",
                                folder.resolve("typos.yaml") + ":6:15: case 'a typo in the id': cannot remove"
                                        + " 'doubao-beats-ernie-bott': no fact has this id (did you mean"
                                        + " 'doubao-beats-ernie-bot'?)"));
    }

    @Test
    void mistakeInAddedFactsIsReportedAtItsLineInTheTestFile() throws IOException {
        Files.writeString(folder.resolve("added.yaml"), """
                # A case whose added statement has a malformed date.
                cases:
                  - name: an added count
                    patch:
                      add:
                        source: bytedance-ki
                        statements:
                          - id: ernie-bot-users
                            kind: quantity
                            subject: ernie-bot
                            measure: monthly-active-users
                            value: 10
                            unit: users
                            at: August 2023
                            sentence: 11
                """);

        assertThatThrownBy(() -> new RuleTestRunner(ShippedRules.FACTS, ruleBase).run(read(folder)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(folder.resolve("added.yaml") + ":14:17: case 'an added count': 'August 2023'"
                                + " is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
    }

    @Test
    void misspeltFieldInAddedFactsIsReportedAtItsLineInTheTestFile() throws IOException {
        Files.writeString(folder.resolve("added.yaml"), """
                cases:
                  - name: an added entity
                    patch:
                      add:
                        entities:
                          - id: kimi
                            typ: chatbot
                """);

        assertThatThrownBy(() -> new RuleTestRunner(ShippedRules.FACTS, ruleBase).run(read(folder)))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).singleElement()
                        .asString().startsWith(folder.resolve("added.yaml") + ":7:13: case 'an added entity': unknown"
                                + " field 'typ' (did you mean 'type'?)"));
    }

    @Test
    void caseCanStartFromTheDefinitionsAlone() throws IOException, InputException {
        Files.writeString(folder.resolve("minimal.yaml"), """
                cases:
                  - name: one chatbot with a negative count
                    start: definitions
                    patch:
                      add:
                        source: bytedance-ki
                        entities:
                          - {id: bot, type: chatbot, name: {en: Bot}}
                        statements:
                          - {id: bot-users, kind: quantity, subject: bot, measure: monthly-active-users,
                             value: -1, unit: users, sentence: 11}
                    expect:
                      findings:
                        - {rule: A quantity is not negative, facts: [bot-users]}
                """);

        RuleTestRun run = new RuleTestRunner(ShippedRules.FACTS, ruleBase).run(read(folder));

        assertThat(run.results()).singleElement().satisfies(r -> assertThat(r.passed()).as(r.diff().toString()).isTrue());
    }

    private static List<RuleTestCase> read(Path tests) throws InputException {
        return RuleTestReader.read(tests, ruleBase.rules().stream().map(RuleInfo::name).toList());
    }

    @Test
    void emptyTestFileNeedsCases() throws IOException {
        Files.writeString(folder.resolve("empty.yaml"), "cases: []\n");

        assertThatThrownBy(() -> read(folder)).isInstanceOfSatisfying(InputException.class, e ->
                assertThat(e.problems()).extracting(Object::toString)
                        .containsExactly(folder.resolve("empty.yaml") + ":1:1: a rule-test file needs 'cases:', a list of cases"));
    }
}
