package org.factquiz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.analysis.RuleAnalysis;
import org.factquiz.analysis.RuleProblem;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleFirings;
import org.factquiz.engine.RuleSource;
import org.factquiz.load.DataFileReader;
import org.factquiz.model.FactBase;
import org.factquiz.report.RuleCatalogText;
import org.factquiz.report.RuleCatalogText.RuleUse;
import org.factquiz.ruletest.RuleTestRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factquiz rules}: what every rule is for, where it is, and whether anything makes it fire. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its file:line, what it checks, and how often it fired on the facts"
                + " (--facts) and in the rule tests; rules no test case makes fire are flagged. With --verify, looks for"
                + " rules that can never fire or add nothing. Exit 0: listed / nothing found; 1: --verify found"
                + " problems; 2: input could not be used.")
final class RulesCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--tests", paramLabel = "DIR",
            description = "Rule-test folder (default: tests/ in the rules folder and rules/tests/ in the facts folder;"
                    + " none there: no test counts).")
    Path tests;

    @Option(names = "--verify",
            description = "Report redundant, subsumed, contradictory and never-satisfiable rules, with file:line.")
    boolean verify;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (format != OutputFormat.text && format != OutputFormat.json) {
            throw new CommandLine.ParameterException(spec.commandLine(), "factquiz rules writes text or json");
        }
        List<RuleSource> sources = knowledge.ruleSources();
        RuleBase rules = RuleBase.compile(sources).withLimits(knowledge.limits());
        if (verify) {
            List<RuleProblem> problems = RuleAnalysis.analyse(sources);
            print(format == OutputFormat.json ? RuleCatalogText.verifyJson(problems, rules.rules().size())
                    : RuleCatalogText.verifyText(problems, rules.rules().size()));
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
        RuleFirings counted = new RuleFirings();
        FactBase facts = knowledge.facts();
        rules.run(facts.all(), counted);
        List<Path> folders = TestCommand.testFolders(knowledge, tests);
        RuleTestRun run = folders.isEmpty() ? null : TestCommand.run(rules, knowledge, folders);
        List<RuleUse> uses = rules.rules().stream()
                .map(rule -> new RuleUse(rule, counted.count(rule.name()),
                        run == null ? -1 : run.firings().count(rule.name()),
                        run == null ? -1 : (int) run.results().stream()
                                .filter(r -> r.firings().getOrDefault(rule.name(), 0) > 0).count()))
                .toList();
        int cases = run == null ? -1 : run.results().size();
        String countedOn = new DataFileReader(knowledge.facts).displayName(knowledge.facts) + "/ ("
                + facts.statements().size() + " statements)";
        print(format == OutputFormat.json ? RuleCatalogText.json(uses, cases, countedOn)
                : RuleCatalogText.text(uses, cases, countedOn));
        return ExitCodes.OK;
    }

    private void print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }
}
