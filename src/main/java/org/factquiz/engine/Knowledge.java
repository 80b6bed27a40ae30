package org.factquiz.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.FactBase;

/** A facts folder and a rules folder, loaded together so that problems in both are reported at once. */
public record Knowledge(FactBase facts, RuleBase rules) {

    public static Knowledge load(Path factsFolder, Path rulesFolder) throws InputException {
        // Facts and rules do not depend on each other: the rule base is built (or taken from the
        // cache) on a second thread while this one reads the facts, which halves a cold start on two cores.
        FutureTask<RuleBase> compiling = new FutureTask<>(() -> RuleBase.compile(rulesFolder, domainRules(factsFolder)));
        Thread compiler = new Thread(compiling, "factquiz-rules");
        compiler.setDaemon(true);
        compiler.start();
        List<InputProblem> problems = new ArrayList<>();
        FactBase facts = null;
        RuleBase rules = null;
        try {
            facts = facts(factsFolder, rulesFolder);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            rules = compiled(compiling);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Knowledge(facts, rules);
    }

    /** Where a fact base keeps rules of its own domain: the {@code rules} folder inside its facts folder. */
    public static Path domainRules(Path factsFolder) {
        return factsFolder.resolve(FactsLoader.DOMAIN_RULES);
    }

    /**
     * The facts of {@code factsFolder}, with the domain phrases a fact base of the old layout keeps
     * in {@code rulesFolder}'s language files (they belong beside the vocabulary now, but still count).
     */
    public static FactBase facts(Path factsFolder, Path rulesFolder) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        FactBase facts = null;
        List<org.factquiz.model.Phrase> legacy = List.of();
        try {
            facts = FactsLoader.load(factsFolder);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            legacy = PhraseBookLoader.domainPhrasesIn(rulesFolder.resolve("language"));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return facts.withPhrases(legacy);
    }

    private static RuleBase compiled(FutureTask<RuleBase> compiling) throws InputException {
        try {
            return compiling.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling the rules", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof InputException input) {
                throw input;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The same facts and rules, whose sessions run within {@code limits}. */
    public Knowledge withLimits(SessionLimits limits) {
        return new Knowledge(facts, rules.withLimits(limits));
    }

    /** Runs the rules over the facts plus {@code extra} objects (claims, question candidates, ...). */
    public SessionResult run(List<?> extra) {
        List<Object> all = new ArrayList<>(facts.all());
        all.addAll(extra);
        return rules.run(all);
    }

    public SessionResult run() {
        return run(List.of());
    }
}
