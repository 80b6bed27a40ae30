package org.factquiz.cli;

import java.nio.file.Path;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.PhraseBook;
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
            return Knowledge.facts(facts, rules);
        } catch (InputException e) {
            load();
            throw e;
        }
    }

    /**
     * A note on standard error for each rules-folder file that still holds phrases of the
     * vocabulary (the layout before they moved beside it): they are read, and migrate moves them.
     */
    void noteOldLayout(FactBase loaded, java.io.PrintWriter err) {
        java.util.Map<String, Long> files = new java.util.TreeMap<>();
        loaded.phrases().stream().filter(p -> p.origin() == org.factquiz.model.Phrase.Origin.RULES)
                .forEach(p -> files.merge(p.location().file(), 1L, Long::sum));
        files.forEach((file, count) -> err.println("note: " + file + " holds " + count + " phrases of the vocabulary;"
                + " they belong in the facts folder and are still read from here. 'factquiz migrate --facts " + facts
                + " --rules " + rules + "' moves them."));
        err.flush();
    }

    /** The phrase book for {@code loaded}: the facts' phrases, the language words, phrases from names. */
    PhraseBook phrases(FactBase loaded) throws InputException {
        return PhraseBookLoader.load(rules.resolve("language"), loaded);
    }

    /** The rules compiled to judge {@code loaded}, facts read by {@link #facts()}. */
    Knowledge withRules(FactBase loaded) throws InputException {
        return new Knowledge(loaded, compileRules());
    }

    /** The rules folder's rules and those the fact base keeps of its own domain. */
    RuleBase compileRules() throws InputException {
        return RuleBase.compile(rules, Knowledge.domainRules(facts));
    }

    /** The rule files of the rules folder and of the fact base's own domain. */
    java.util.List<org.factquiz.engine.RuleSource> ruleSources() throws InputException {
        return RuleBase.read(rules, Knowledge.domainRules(facts));
    }
}
