package org.factquiz.cli;

import java.nio.file.Path;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.load.FactsLoader;
import org.factquiz.model.FactBase;
import org.factquiz.load.InputException;
import picocli.CommandLine.Option;

/** The --facts and --rules options every command shares; defaults are the folders shipped with factquiz. */
final class KnowledgeOptions {
    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/facts",
            description = "Facts folder (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/rules",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    Knowledge load() throws InputException {
        return Knowledge.load(facts, rules);
    }

    /**
     * The facts alone, for reading input against them before the rules are compiled (which takes
     * seconds). When the facts cannot be loaded, the problems of facts and rules are reported together.
     */
    FactBase facts() throws InputException {
        try {
            return FactsLoader.load(facts);
        } catch (InputException e) {
            load();
            throw e;
        }
    }

    /** The rules compiled to judge {@code loaded}, facts read by {@link #facts()}. */
    Knowledge withRules(FactBase loaded) throws InputException {
        return new Knowledge(loaded, RuleBase.compile(rules));
    }
}
