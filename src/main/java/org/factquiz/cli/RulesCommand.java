package org.factquiz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.analysis.RuleAnalysis;
import org.factquiz.analysis.RuleProblem;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleFirings;
import org.factquiz.engine.RuleSource;
import org.factquiz.load.FactsLoader;
import org.factquiz.report.RuleCatalogText;
import org.factquiz.report.RuleCatalogText.RuleUse;
import org.factquiz.ruletest.RuleTestRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factquiz rules}: what every rule is for, where it is, and whether anything makes it fire. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its file:line, what it checks, and how often it fired on the shipped"
                + " facts and in the rule tests; rules no test case makes fire are flagged. With --verify, looks for"
                + " rules that can never fire or add nothing. Exit 0: listed / nothing found; 1: --verify found"
                + " problems; 2: input could not be used.")
final class RulesCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--tests", paramLabel = "DIR",
            description = "Rule-test folder (default: tests/ in the rules folder; none there: no test counts).")
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
        List<RuleSource> sources = RuleBase.read(knowledge.rules);
        RuleBase rules = RuleBase.compile(sources).withLimits(knowledge.limits());
        if (verify) {
            List<RuleProblem> problems = RuleAnalysis.analyse(sources);
            print(format == OutputFormat.json ? RuleCatalogText.verifyJson(problems, rules.rules().size())
                    : RuleCatalogText.verifyText(problems, rules.rules().size()));
            return problems.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
        }
        RuleFirings shipped = new RuleFirings();
        rules.run(FactsLoader.load(knowledge.facts).all(), shipped);
        Path folder = tests != null ? tests : knowledge.rules.resolve("tests");
        RuleTestRun run = tests == null && !Files.isDirectory(folder) ? null
                : TestCommand.run(rules, knowledge, tests);
        List<RuleUse> uses = rules.rules().stream()
                .map(rule -> new RuleUse(rule, shipped.count(rule.name()),
                        run == null ? -1 : run.firings().count(rule.name()),
                        run == null ? -1 : (int) run.results().stream()
                                .filter(r -> r.firings().getOrDefault(rule.name(), 0) > 0).count()))
                .toList();
        int cases = run == null ? -1 : run.results().size();
        print(format == OutputFormat.json ? RuleCatalogText.json(uses, cases) : RuleCatalogText.text(uses, cases));
        return ExitCodes.OK;
    }

    private void print(String text) {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
    }

}
