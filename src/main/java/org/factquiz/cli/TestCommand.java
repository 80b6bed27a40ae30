package org.factquiz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleInfo;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.Location;
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
        description = "Runs the rule tests (the cases in the rules folder's tests/*.yaml, and in the facts folder's"
                + " rules/tests/*.yaml): each case changes the facts and lists the findings the rules must make."
                + " A case starts from the base its file names (facts:), or from --facts. No rule tests is no error."
                + " Exit 0: all cases pass; 1: a case failed; 2: input could not be used.")
final class TestCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Option(names = "--tests", paramLabel = "DIR",
            description = "Rule-test folder or file (default: tests/ in the rules folder and rules/tests/ in the facts"
                    + " folder).")
    Path tests;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleBase rules = knowledge.ruleBase();
        List<Path> folders = testFolders(knowledge, tests);
        RuleTestRun run = run(rules, knowledge, folders);
        report.write(spec, RuleTestReport.of(run, rules.rules()), () -> (folders.isEmpty() ? noTests() : "")
                        + RuleTestText.render(run),
                () -> ReportJson.render(RuleTestReport.of(run, rules.rules())));
        return run.failed() == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
    }

    private String noTests() {
        DataFileReader names = new DataFileReader(knowledge.rules);
        return "No rule tests: neither " + names.displayName(knowledge.rules.resolve("tests")) + " nor "
                + names.displayName(Knowledge.domainRules(knowledge.facts).resolve("tests")) + " exists.\n";
    }

    /**
     * The rule-test folders to run: {@code tests} when given (it must exist), otherwise those of
     * the rules folder and of the facts folder's own rules that exist (possibly none).
     */
    static List<Path> testFolders(KnowledgeOptions knowledge, Path tests) throws InputException {
        if (tests != null) {
            if (!Files.exists(tests)) {
                throw InputException.of(new InputProblem(new Location(new DataFileReader(tests).displayName(tests), 0, 0),
                        "rule tests folder not found"));
            }
            return List.of(tests);
        }
        List<Path> folders = new ArrayList<>();
        for (Path folder : List.of(knowledge.rules.resolve("tests"), Knowledge.domainRules(knowledge.facts).resolve("tests"))) {
            if (Files.isDirectory(folder)) {
                folders.add(folder);
            }
        }
        return folders;
    }

    /** Reads and runs the rule tests of {@code folders} against {@code rules}. */
    static RuleTestRun run(RuleBase rules, KnowledgeOptions knowledge, List<Path> folders) throws Exception {
        List<String> names = rules.rules().stream().map(RuleInfo::name).toList();
        List<RuleTestCase> cases = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (Path folder : folders) {
            try {
                cases.addAll(RuleTestReader.read(folder, names));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new RuleTestRunner(knowledge.facts, rules).run(cases);
    }
}
