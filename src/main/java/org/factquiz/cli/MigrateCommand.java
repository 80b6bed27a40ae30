package org.factquiz.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.editing.Migration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factquiz migrate}: rewrites a fact base of an older layout into the current one. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = {"Rewrites a fact base of an older layout into the current one and says what it changed:"
                + " the phrases of the vocabulary move from the rules folder's language files into the facts folder"
                + " (each language's own words stay), and the events statements record are declared in the"
                + " vocabulary. Fact bases of the older layout still load without it.",
            "Exit 0: migrated, or nothing to do; 2: a file cannot be read or written."})
final class MigrateCommand implements Callable<Integer> {
    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/facts",
            description = "Facts folder (default: ${DEFAULT-VALUE}).")
    Path facts;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/rules",
            description = "Rules folder whose language files may hold the vocabulary's phrases (default: ${DEFAULT-VALUE}).")
    Path rules;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<String> changes = new Migration(facts, rules).run();
        StringBuilder out = new StringBuilder();
        if (changes.isEmpty()) {
            out.append("Nothing to migrate: ").append(facts).append(" and ").append(rules)
                    .append(" are in the current layout.\n");
        } else {
            changes.forEach(c -> out.append(c).append('\n'));
            out.append("Run 'factquiz validate --facts ").append(facts).append("' to check the result.\n");
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
