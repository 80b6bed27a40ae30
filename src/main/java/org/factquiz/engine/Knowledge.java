package org.factquiz.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.model.FactBase;

/** A facts folder and a rules folder, loaded together so that problems in both are reported at once. */
public record Knowledge(FactBase facts, RuleBase rules) {

    public static Knowledge load(Path factsFolder, Path rulesFolder) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        FactBase facts = null;
        RuleBase rules = null;
        try {
            facts = FactsLoader.load(factsFolder);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            rules = RuleBase.compile(rulesFolder);
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Knowledge(facts, rules);
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
