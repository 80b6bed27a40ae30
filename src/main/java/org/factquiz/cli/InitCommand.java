package org.factquiz.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factquiz.editing.NewFactBase;
import org.factquiz.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code factquiz init}: a new fact base for an article, ready to fill in. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Makes a new fact base for an article in DIR: the source text and its declaration, its numbered"
                + " sentences as comments in a statements file, and empty types, vocabulary, entities and phrases,"
                + " each with a commented example. 'validate --facts DIR' passes on it as it is.",
            "Exit 0: made; 2: DIR is not empty, or the source cannot be read."})
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "The new facts folder (must not exist, or be empty).")
    Path folder;

    @Option(names = "--source", paramLabel = "FILE", required = true, description = "The article as a text file.")
    Path source;

    @Option(names = "--language", paramLabel = "LANG", defaultValue = "de", converter = LanguageConverter.class,
            description = "The article's language: de or en (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--title", paramLabel = "TITLE", description = "The article's title (default: the file name).")
    String title;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getenv().getOrDefault("FACTQUIZ_HOME", "."));
        Path schema = home.resolve("docs/schema/facts.schema.json");
        String shownTitle = title != null ? title : source.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        NewFactBase.Made made = new NewFactBase(folder, source, language, shownTitle,
                Files.isRegularFile(schema) ? schema : null).write();
        StringBuilder out = new StringBuilder("Made a fact base for source '").append(made.sourceId()).append("' (")
                .append(made.sentences()).append(made.sentences() == 1 ? " sentence" : " sentences").append(") in ")
                .append(folder).append(":\n");
        made.files().forEach(f -> out.append("  ").append(f.toString().replace('\\', '/')).append('\n'));
        out.append("Next: add types, vocabulary and entities, then statements citing the sentences listed in ")
                .append("statements/").append(made.sourceId()).append(".yaml, and run\n  factquiz validate --facts ")
                .append(folder).append('\n');
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
