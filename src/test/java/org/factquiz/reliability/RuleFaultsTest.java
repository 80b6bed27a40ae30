package org.factquiz.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.factquiz.Cli;
import org.factquiz.ShippedRules;
import org.factquiz.engine.SessionLimits;
import org.factquiz.fixtures.DirectRun;
import org.factquiz.fixtures.Hold;
import org.factquiz.fixtures.RuleText;
import org.factquiz.fixtures.UnusableInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The catalogue of rules' mistakes, one test per kind: rules are the editors' code, so a rule that
 * never comes to rest, runs past the time limit, throws, or ends the program is exit 2 at the rule's
 * file and line, with nothing on standard output and the previous report untouched. Every command
 * that runs rules runs them through the same limited session.
 */
class RuleFaultsTest extends CatalogueCase {
    /** Its rule is on line 6 of its file. */
    static final String LOOP = RuleText.consistencyRule("Touches every quantity again and again.",
            "A quantity is touched for ever", "$q : Quantity()", "update($q);");

    @BeforeEach
    void heldUnderANameOfItsOwn() {
        held = "held in " + dir;
    }

    /** The name the rules of this test hold their consequences under (each test its own). */
    String held;

    @AfterEach
    void releaseHeldRules() {
        Hold.release(held);
    }

    private Path rule(String file, String text) throws IOException {
        return Files.writeString(rules.resolve("consistency").resolve(file), text);
    }

    @Test
    void ruleThatNeverComesToRestIsStoppedAtTheFiringLimitNamingItAndHowOftenItFired() throws IOException {
        rule("loop.drl", LOOP);

        assertValidateRejects("rules/consistency/loop.drl:6:1: rule \"A quantity is touched for ever\" fired 1000"
                + " times and modified facts 1000 times, and the rules had not come to rest after 1000 firings (the"
                + " limit: --max-firings, FACTQUIZ_MAX_FIRINGS); a rule whose consequence changes a fact it matches"
                + " fires again, without end", "--max-firings", "1000");
    }

    @Test
    void defaultFiringLimitGrowsWithTheFactsAndLeavesRealSessionsWideRoom() {
        assertThat(SessionLimits.DEFAULT.firingLimit(184)).isEqualTo(100_000);
        assertThat(SessionLimits.DEFAULT.firingLimit(13_000)).isEqualTo(2_600_000);
        assertThat(new SessionLimits(5, SessionLimits.DEFAULT_TIMEOUT).firingLimit(13_000)).isEqualTo(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"check", "quiz", "test", "rules"})
    void everyCommandThatRunsRulesStopsARuleThatNeverComesToRest(String command) throws IOException {
        Path all = dir.resolve("all-rules");
        ShippedRules.copy(ShippedRules.RULES, all);
        Files.writeString(all.resolve("consistency/loop.drl"), LOOP);
        List<String> args = new java.util.ArrayList<>(List.of(command, "--facts", ShippedRules.FACTS.toString(),
                "--rules", all.toString(), "--max-firings", "20000"));
        switch (command) {
            case "check" -> args.add("Baidu makes Ernie Bot");
            case "quiz" -> args.addAll(List.of("--export", "json"));
            default -> { }
        }

        Cli.Run run = Cli.run(args.toArray(String[]::new));

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().replace(dir + "/", "")).matches("all-rules/consistency/loop\\.drl:6:1: rule \"A quantity"
                + " is touched for ever\" fired \\d+ times and modified facts \\d+ times, and the rules had not come to"
                + " rest after \\d+ firings \\(the limit: --max-firings, FACTQUIZ_MAX_FIRINGS\\);.*\n");
    }

    @Test
    void ruleStillFiringAtTheTimeLimitIsStoppedNamingIt() throws IOException {
        rule("slow.drl", RuleText.consistencyRule("Waits for something that does not come.",
                "A quantity is waited for", "$q : Quantity()",
                "org.factquiz.fixtures.Hold.interruptibly(\"" + held + "\");"));

        assertValidateRejects("rules/consistency/slow.drl:6:1: rule \"A quantity is waited for\" was still running its"
                + " consequence after 1s (the time limit: --timeout, FACTQUIZ_TIMEOUT), at its 1st firing",
                "--timeout", "1s");
    }

    @Test
    void consequenceThatNeverReturnsIsGivenUpAtTheTimeLimit() throws IOException {
        rule("stuck.drl", RuleText.consistencyRule("Loops in its Java, deaf to interrupts.",
                "A quantity is counted without end", "$q : Quantity()",
                "org.factquiz.fixtures.Hold.uninterruptibly(\"" + held + "\");"));

        assertValidateRejects("rules/consistency/stuck.drl:6:1: rule \"A quantity is counted without end\" was still"
                + " running its consequence after 1s (the time limit: --timeout, FACTQUIZ_TIMEOUT), at its 1st firing;"
                + " it did not stop when halted", "--timeout", "1s");
    }

    @Test
    void consequenceThatThrowsNamesTheRuleItsFileLineAndTheFactsItMatched() throws IOException {
        rule("divide.drl", RuleText.consistencyRule("Rockets per year, per nothing.",
                "A quantity is divided by zero", "$q : Quantity( measure == \"rockets-per-year\" )",
                "int none = 0; insert(Integer.valueOf(12 / none));"));

        assertValidateRejects("rules/consistency/divide.drl:6:1: rule \"A quantity is divided by zero\" failed:"
                + " ArithmeticException: / by zero; it matched 'acme-rockets-per-year' (facts/statements.yaml:4:5)");
    }

    @Test
    void consequenceOfARuleInPlainEnglishThatThrowsNamesTheDslrFile() throws IOException {
        rule("plain.dslr", RuleText.consistencyRule("A unit is a word, not a number.",
                "A quantity's unit is read as a number", "there is a quantity $q of $m counted in $u",
                "> insert(Integer.valueOf(Integer.parseInt($u)));"));

        assertValidateRejects("rules/consistency/plain.dslr:6:1: rule \"A quantity's unit is read as a number\" failed:"
                + " NumberFormatException: For input string: \"rockets\"; it matched 'acme-rockets-per-year'"
                + " (facts/statements.yaml:4:5)");
    }

    @Test
    void conditionThatThrowsNamesTheRule() throws IOException {
        rule("condition.drl", RuleText.consistencyRule("Looks past the end of a measure's name.",
                "A quantity's measure has a long name", "$q : Quantity( measure.substring(100) == \"x\" )",
                "insert(Integer.valueOf(1));"));

        Cli.Run run = Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString());

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().replace(dir + "/", "")).startsWith("rules/consistency/condition.drl:6:1: rule \"A"
                + " quantity's measure has a long name\" failed: StringIndexOutOfBoundsException: ");
    }

    @Test
    void limitsThatAreNotLimitsAreUsageErrors() {
        Cli.Run none = Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString(), "--timeout", "0s");
        Cli.Run words = Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString(), "--timeout",
                "soon");
        Cli.Run negative = Cli.run("validate", "--facts", facts.toString(), "--rules", rules.toString(),
                "--max-firings", "-5");

        assertThat(none.code()).isEqualTo(2);
        assertThat(none.err()).startsWith("factquiz: Invalid value for option '--timeout': '0s' is no time at all");
        assertThat(words.err()).startsWith("factquiz: Invalid value for option '--timeout': 'soon' is not a duration:"
                + " write for example 90s, 10m or 1h");
        assertThat(negative.code()).isEqualTo(2);
        assertThat(negative.err()).startsWith("factquiz: --max-firings cannot be negative: -5");
    }

    @Test
    void ruleThatEndsTheProgramCannotLookLikeSuccess() throws IOException {
        rule("exit.drl", RuleText.consistencyRule("Ends the run as if all were well.",
                "A quantity ends the run", "$q : Quantity()",
                "System.exit(0);"));
        Path report = Files.writeString(dir.resolve("report.txt"), UnusableInput.PREVIOUS_REPORT);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));

        Cli.Run run = DirectRun.factquiz(dir, Map.of(), "validate", "--facts", "facts", "--rules", "rules", "--out",
                "report.txt");

        assertThat(run).isEqualTo(new Cli.Run(2, "", "rules/consistency/exit.drl:6:1: rule \"A quantity ends the run\""
                + " ended the program (System.exit) while it fired, before the command had finished; rules must not end"
                + " the program, nor print or write files (docs/editing.md)\n"));
        assertThat(Files.readString(report)).isEqualTo(UnusableInput.PREVIOUS_REPORT);
    }

    @Test
    void ruleThatHaltsTheJvmIsAnUnknownResultForTheLauncherNotSuccess() throws IOException {
        rule("halt.drl", RuleText.consistencyRule("Halts the JVM, which no shutdown hook sees.",
                "A quantity halts the JVM", "$q : Quantity()", "Runtime.getRuntime().halt(0);"));

        Cli.Run run = launched("validate", "--facts", "facts", "--rules", "rules");

        assertThat(run).isEqualTo(new Cli.Run(3, "", "factquiz: the program ended with exit 0 before the command had"
                + " finished, so its result is unknown (a rule that calls Runtime.halt ends it so; docs/editing.md)\n"));
    }

    @Test
    void launcherPassesOnTheCodeOfARunThatFinished() throws IOException {
        rule("exit.drl", RuleText.consistencyRule("Ends the run as if all were well.",
                "A quantity ends the run", "$q : Quantity()", "System.exit(0);"));

        assertThat(launched("validate", "--facts", "facts", "--rules", "rules").code()).isEqualTo(2);
        assertThat(launched("validate", "--facts", "facts", "--rules", "missing").code()).isEqualTo(2);
        Files.delete(rules.resolve("consistency").resolve("exit.drl"));
        Cli.Run fine = launched("validate", "--facts", "facts", "--rules", "rules");
        assertThat(fine.code()).as(fine.toString()).isZero();
        assertThat(fine.out()).contains("checked by");
    }

    /** factquiz run as the launcher runs it directly (bin/finish.bash), with the test's class path. */
    private Cli.Run launched(String... args) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c",
                "source \"$0\"; run_to_the_end \"$@\"", Path.of("bin/finish.bash").toAbsolutePath().toString(),
                DirectRun.java(), "-XX:TieredStopAtLevel=1", "-cp", DirectRun.classPath(), "org.factquiz.cli.Main"));
        command.addAll(List.of(args));
        return org.factquiz.fixtures.Processes.run(command, dir, Map.of(), List.of());
    }

    @Test
    void limitsComeFromTheEnvironmentToo() throws IOException {
        rule("loop.drl", LOOP);

        Cli.Run run = DirectRun.factquiz(dir, Map.of("FACTQUIZ_MAX_FIRINGS", "300"), "validate", "--facts", "facts",
                "--rules", "rules");

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rules/consistency/loop.drl:6:1: rule \"A quantity is touched for ever\" fired"
                + " 300 times and modified facts 300 times, and the rules had not come to rest after 300 firings");
    }
}
