package org.factquiz.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.editing.SourceSentences;
import org.factquiz.editing.SourceSentences.Sentence;
import org.factquiz.editing.SourceSentences.Source;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code factquiz sentences}: each source's sentences as factquiz numbers them, and who cites each. */
@Command(name = "sentences", mixinStandardHelpOptions = true,
        description = {"Lists each source's sentences as factquiz numbers them (the numbers statements cite with"
                + " 'sentence'), with the statements citing each; sentences no statement cites are marked '-'.",
            "Works while the statements do not load yet. Exit 0; 2: a source cannot be read."})
final class SentencesCommand implements Callable<Integer> {
    @Option(names = "--facts", paramLabel = "DIR", defaultValue = "${env:FACTQUIZ_HOME:-.}/facts",
            description = "Facts folder (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path facts;

    @Option(names = "--source", paramLabel = "ID", description = "Only this source (its id in sources:).")
    String source;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Source> sources = SourceSentences.read(facts, source);
        StringBuilder out = new StringBuilder();
        for (Source s : sources) {
            out.append(s.id()).append(": ").append(s.file()).append(", ").append(s.sentences().size())
                    .append(s.sentences().size() == 1 ? " sentence" : " sentences").append(", ")
                    .append(s.uncited()).append(" cited by no statement\n");
            for (Sentence sentence : s.sentences()) {
                out.append(sentence.citedBy().isEmpty() ? "- " : "  ").append(String.format("%3d", sentence.number()))
                        .append("  ").append(sentence.text()).append('\n');
                if (!sentence.citedBy().isEmpty()) {
                    out.append("       cited by ").append(String.join(", ", sentence.citedBy())).append('\n');
                }
            }
            if (!s.beyond().isEmpty()) {
                out.append("  statements citing a sentence the source does not have: ")
                        .append(String.join(", ", s.beyond())).append('\n');
            }
        }
        if (sources.isEmpty()) {
            out.append("No sources in the facts (sources: in any facts file).\n");
        }
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
