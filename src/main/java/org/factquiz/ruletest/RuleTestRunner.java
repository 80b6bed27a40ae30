package org.factquiz.ruletest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.RuleFirings;
import org.factquiz.engine.SessionResult;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.DataText;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.FactBase;
import org.factquiz.model.Finding;

/**
 * Runs rule-test cases: builds each case's facts (its start with its patch) through the ordinary
 * loader, runs the rule base over them, and compares the findings with the expected ones.
 */
public final class RuleTestRunner {
    private final Path factsFolder;
    private final RuleBase rules;
    private final Map<Start, List<DataText>> starts = new HashMap<>();
    private final Map<DataText, com.fasterxml.jackson.databind.JsonNode> trees = new HashMap<>();
    private final FactsLoader.ParseCache parsed = new FactsLoader.ParseCache();

    public RuleTestRunner(Path factsFolder, RuleBase rules) {
        this.factsFolder = factsFolder;
        this.rules = rules;
    }

    /** Runs every case; a case whose facts cannot be built makes the whole run bad input. */
    public RuleTestRun run(List<RuleTestCase> cases) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<RuleTestResult> results = new ArrayList<>();
        RuleFirings firings = new RuleFirings();
        for (RuleTestCase testCase : cases) {
            FactBase facts = facts(testCase, problems);
            if (facts != null) {
                RuleFirings caseFirings = new RuleFirings();
                SessionResult session = rules.run(facts.all(), caseFirings);
                firings.add(caseFirings);
                results.add(compare(testCase, session, caseFirings));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new RuleTestRun(results, firings);
    }

    private FactBase facts(RuleTestCase testCase, List<InputProblem> problems) {
        List<InputProblem> found = new ArrayList<>();
        Set<Path> changed = new HashSet<>();
        try {
            List<DataText> texts = testCase.patch().apply(start(testCase.start()),
                    text -> trees.computeIfAbsent(text, FactsPatch::tree), changed, found);
            if (found.isEmpty()) {
                return FactsLoader.load(baseOf(testCase.start()), texts, parsed);
            }
        } catch (InputException e) {
            found.addAll(relocate(testCase, changed, e.problems()));
        }
        found.forEach(p -> problems.add(new InputProblem(p.location(), "case '" + testCase.name() + "': "
                + p.message())));
        return null;
    }

    /** The facts folder a case's facts come from: their files are read inside it. */
    private Path baseOf(Start start) {
        if (start instanceof Start.Folder folder) {
            return folder.folder();
        }
        if (start instanceof Start.Definitions definitions && definitions.folder() != null) {
            return definitions.folder();
        }
        return factsFolder;
    }

    private List<DataText> start(Start start) throws InputException {
        List<DataText> texts = starts.get(start);
        if (texts == null) {
            if (start instanceof Start.Folder folder) {
                texts = FactsLoader.read(folder.folder());
            } else if (start instanceof Start.Definitions definitions) {
                texts = FactsPatch.definitionsOnly(start(definitions.folder() == null ? new Start.Shipped()
                        : new Start.Folder(definitions.folder())));
            } else {
                texts = FactsLoader.read(factsFolder);
            }
            starts.put(start, texts);
        }
        return texts;
    }

    /** Problems in a facts file the case rewrote have no true line there: they are shown at the case's change. */
    private static List<InputProblem> relocate(RuleTestCase testCase, Set<Path> changed, List<InputProblem> problems) {
        DataFileReader names = new DataFileReader(Path.of("."));
        Set<String> rewritten = new HashSet<>();
        changed.forEach(path -> rewritten.add(names.displayName(path)));
        List<InputProblem> out = new ArrayList<>();
        for (InputProblem problem : problems) {
            if (rewritten.contains(problem.location().file())) {
                out.add(new InputProblem(testCase.patch().changeAt(), "after the change, "
                        + problem.location().file() + ": " + problem.message()));
            } else {
                out.add(problem);
            }
        }
        return out;
    }

    private static RuleTestResult compare(RuleTestCase testCase, SessionResult session, RuleFirings firings) {
        List<Finding> actual = session.findings();
        List<ExpectedFinding> missing = new ArrayList<>(testCase.findings());
        List<Finding> unexpected = new ArrayList<>();
        for (Finding finding : actual) {
            ExpectedFinding match = missing.stream().filter(e -> e.matches(finding)).findFirst().orElse(null);
            if (match != null) {
                missing.remove(match);
            } else {
                unexpected.add(finding);
            }
        }
        List<String> missingDerived = testCase.derived().stream().filter(id -> session.derived(id).isEmpty()).toList();
        return new RuleTestResult(testCase, missing, unexpected, actual, missingDerived, firings.counts());
    }
}
