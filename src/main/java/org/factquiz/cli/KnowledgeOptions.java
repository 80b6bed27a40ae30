package org.factquiz.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.RuleBase;
import org.factquiz.engine.SessionLimits;
import org.factquiz.load.PhraseBookLoader;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.FactBase;
import org.factquiz.load.InputException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options every command that runs the rules shares: --facts and --rules (defaults: the folders
 * shipped with factquiz), and the limits of each rule session (defaults from the environment, so that
 * the daemon, started with the launcher's environment, uses the same).
 */
final class KnowledgeOptions {
    static final String MAX_FIRINGS_VARIABLE = "FACTQUIZ_MAX_FIRINGS";
    static final String TIMEOUT_VARIABLE = "FACTQUIZ_TIMEOUT";

    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/facts",
            description = "Facts folder (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/rules",
            description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "${env:" + MAX_FIRINGS_VARIABLE + ":-0}",
            description = "Stop a rule session after N rule firings and report the rule that does not come to rest"
                    + " (exit 2). Default: " + SessionLimits.FIRINGS_PER_FACT + " per fact in the session, at least "
                    + SessionLimits.MIN_FIRINGS + " (also written 0); " + MAX_FIRINGS_VARIABLE + " sets it too.")
    long maxFirings;

    @Option(names = "--timeout", paramLabel = "TIME", converter = DurationConverter.class,
            defaultValue = "${env:" + TIMEOUT_VARIABLE + ":-10m}",
            description = "Stop a rule session that runs longer, e.g. 90s, 10m, 1h, and report the rule"
                    + " (exit 2; default: ${DEFAULT-VALUE}; " + TIMEOUT_VARIABLE + ").")
    Duration timeout;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The limits every rule session of the command runs within. */
    SessionLimits limits() {
        if (maxFirings < 0) {
            throw new ParameterException(command.commandLine(), "--max-firings cannot be negative: " + maxFirings);
        }
        return new SessionLimits(maxFirings, timeout);
    }

    Knowledge load() throws InputException {
        return Knowledge.load(facts, rules).withLimits(limits());
    }

    /** The rules folder compiled with the rules the fact base keeps of its own domain, its sessions within the limits. */
    RuleBase ruleBase() throws InputException {
        return RuleBase.compile(rules, Knowledge.domainRules(facts)).withLimits(limits());
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
        return new Knowledge(loaded, ruleBase());
    }

    /** The rule files of the rules folder and of the fact base's own domain. */
    java.util.List<org.factquiz.engine.RuleSource> ruleSources() throws InputException {
        return RuleBase.read(rules, Knowledge.domainRules(facts));
    }
}
