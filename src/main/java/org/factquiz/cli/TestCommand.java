package org.factquiz.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleInfo;
import org.factquiz.report.ReportJson;
import org.factquiz.report.RuleTestReport;
import org.factquiz.report.RuleTestText;
import org.factquiz.ruletest.RuleTestCase;
import org.factquiz.ruletest.RuleTestReader;
import org.factquiz.ruletest.RuleTestRun;
import org.factquiz.ruletest.RuleTestRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factquiz test}: runs the rule tests written as data and shows a diff for each failing case. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the rule tests (the cases in the rules folder's tests/*.yaml): each case changes the facts"
                + " and lists the findings the rules must make. Exit 0: all cases pass; 1: a case failed;"
                + " 2: input could not be used.")
final class TestCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--tests", paramLabel = "DIR",
            description = "Rule-test folder or file (default: tests/ in the rules folder).")
    Path tests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleBase rules = knowledge.ruleBase();
        RuleTestRun run = run(rules, knowledge, tests);
        report.write(spec, RuleTestReport.of(run, rules.rules()), () -> RuleTestText.render(run),
                () -> ReportJson.render(RuleTestReport.of(run, rules.rules())));
        return run.failed() == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    /** Reads and runs the rule tests of {@code tests} (or the rules folder's tests/) against {@code rules}. */
    static RuleTestRun run(RuleBase rules, KnowledgeOptions knowledge, Path tests) throws Exception {
        Path folder = tests != null ? tests : knowledge.rules.resolve("tests");
        java.util.List<RuleTestCase> cases = RuleTestReader.read(folder,
                rules.rules().stream().map(RuleInfo::name).toList());
        return new RuleTestRunner(knowledge.facts, rules).run(cases);
    }
}
