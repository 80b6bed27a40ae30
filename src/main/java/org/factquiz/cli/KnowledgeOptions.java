package org.factquiz.cli;

import java.nio.file.Path;
import org.factquiz.engine.Knowledge;
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
}
