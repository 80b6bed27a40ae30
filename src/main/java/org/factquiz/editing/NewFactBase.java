package org.factquiz.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.load.SentenceSplitter;
import org.factquiz.model.Language;
import org.factquiz.model.Location;

/**
 * A new fact base for an article: the source text and its declaration, its numbered sentences
 * as comments in a statements file, and empty types, vocabulary, entities and phrases, each with
 * a commented example. It validates as it is; the editor fills it in. Written to a temporary
 * folder first and moved into place, so a failure leaves nothing half-made.
 */
public final class NewFactBase {
    /** What was made: the folder, the source's id, its sentence count and the files written. */
    public record Made(Path folder, String sourceId, int sentences, List<Path> files) {
        public Made {
            files = List.copyOf(files);
        }
    }

    private final Path folder;
    private final Path source;
    private final Language language;
    private final String title;
    private final Path schema;

    /**
     * @param schema the facts schema ({@code docs/schema/facts.schema.json}) the files name for
     *               editors' completion, or null when it is not at hand
     */
    public NewFactBase(Path folder, Path source, Language language, String title, Path schema) {
        this.folder = folder;
        this.source = source;
        this.language = language;
        this.title = title;
        this.schema = schema;
    }

    public Made write() throws InputException {
        DataFileReader names = new DataFileReader(folder);
        if (!Files.isRegularFile(source)) {
            throw InputException.of(new InputProblem(new Location(names.displayName(source), 0, 0),
                    "source text not found"));
        }
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            throw InputException.of(new InputProblem(new Location(names.displayName(folder), 0, 0),
                    "already exists and is not empty: init makes a new fact base only, it never writes over one"));
        }
        String text;
        try {
            text = Files.readString(source, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(names.displayName(source), 0, 0),
                    "cannot read source text: " + e.getMessage()));
        }
        List<String> sentences = SentenceSplitter.split(text);
        if (sentences.isEmpty()) {
            throw InputException.of(new InputProblem(new Location(names.displayName(source), 1, 1),
                    "source text is empty"));
        }
        String id = idOf(source);
        String file = source.getFileName().toString();
        Path target = folder.toAbsolutePath().normalize();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-");
            List<Path> written = new ArrayList<>();
            Files.createDirectories(temp.resolve("sources"));
            Files.copy(source, temp.resolve("sources").resolve(file));
            written.add(Path.of("sources", file));
            written.add(write(temp, "sources.yaml", sourcesYaml(id, file)));
            written.add(write(temp, "types.yaml", TYPES));
            written.add(write(temp, "vocabulary.yaml", VOCABULARY));
            written.add(write(temp, "entities.yaml", ENTITIES));
            written.add(write(temp, "phrases.yaml", PHRASES));
            written.add(write(temp, "statements/" + id + ".yaml", statementsYaml(id, sentences)));
            if (Files.exists(target)) {
                Files.delete(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new Made(folder, id, sentences.size(), written);
        } catch (IOException e) {
            throw InputException.of(new InputProblem(new Location(names.displayName(folder), 0, 0),
                    "cannot write the new fact base: " + e.getMessage()));
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /** The id a source file gets: its name without extension, in lower case, with hyphens. */
    static String idOf(Path source) {
        String name = source.getFileName().toString().replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT);
        String id = name.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "article" : id;
    }

    private Path write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        String schemaLine = "";
        if (schema != null) {
            Path from = folder.toAbsolutePath().normalize().resolve(relative).getParent();
            schemaLine = "# yaml-language-server: $schema="
                    + from.relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/') + "\n";
        }
        Files.writeString(file, content + schemaLine, StandardCharsets.UTF_8);
        return Path.of(relative);
    }

    private String sourcesYaml(String id, String file) {
        return """
                # The source documents of this fact base, each text exactly as received. factquiz numbers
                # a text's sentences from 1 ('factquiz sentences --facts FOLDER' lists them); statements cite
                # a sentence by its number.
                sources:
                  - id: %s
                    file: sources/%s
                    language: %s
                    title: "%s"
                """.formatted(id, file, language.code(), title.replace("\\", "\\\\").replace("\"", "\\\""));
    }

    private static String statementsYaml(String id, List<String> sentences) {
        StringBuilder out = new StringBuilder("""
                # The statements of source '%s', one entry per fact. Each cites the sentence it comes from
                # by number ('sentence') and words of that sentence ('quote'). The sentences, as factquiz
                # numbers them:
                """.formatted(id));
        for (int i = 0; i < sentences.size(); i++) {
            out.append("#  ").append(String.format("%3d", i + 1)).append("  ").append(sentences.get(i)).append('\n');
        }
        out.append("""
                # An example (kinds: relation, quantity, comparison, title, event, link; see docs/editing.md):
                #   - id: museum-opened
                #     kind: event
                #     subject: city-museum
                #     event: opening
                #     at: 2019-03-14
                #     sentence: 1
                #     quote: "opened on 14 March 2019"
                source: %s
                topic: %s
                statements: []
                """.formatted(id, id));
        return out.toString();
    }

    private static final String TYPES = """
            # The type hierarchy: every entity has one type, and a type is each of its ancestors too.
            # 'ask' is how a question asks for one. An example:
            #   - id: organisation
            #     name: {en: organisation, de: Organisation}
            #     ask: {en: which organisation, de: welche Organisation}
            #   - id: museum
            #     parent: organisation
            #     name: {en: museum, de: Museum}
            #     ask: {en: which museum, de: welches Museum}
            types: []
            """;

    private static final String VOCABULARY = """
            # What statements may say: predicates (relations), measures and their units, titles, events.
            # How each is said in English and German goes into phrases.yaml. Examples:
            #   predicates:
            #     - id: runs
            #       domain: [organisation]
            #       range: [facility]
            #       inverse: run-by
            #       single-subject: true         # a facility has one operator
            #       name: {en: runs, de: betreibt}
            #       inverse-name: {en: is run by, de: wird betrieben von}
            #     - id: lies-in
            #       domain: [thing]
            #       range: [place]
            #       containment: true            # in Kourou, so in French Guiana too
            #       name: {en: is located in, de: liegt in}
            #     - id: launched-from
            #       domain: [spacecraft]
            #       range: [place]
            #       single-object: true          # one launch site; the places around it are no second one
            #       chains: [[launched-from, lies-in]]
            #       name: {en: was launched from, de: startete von}
            #   measures:
            #     - {id: visitors, subject: [museum], unit: people, name: {en: visitors, de: Besucher}}
            #   units:
            #     - {id: people, name: {en: people, de: Personen}}
            #   titles:
            #     - {id: largest-museum, holder: [museum], measure: visitors, unique: true,
            #        name: {en: largest museum, de: größtes Museum}}
            #   events:
            #     - {id: opening, roles: [start], name: {en: opening, de: Eröffnung}}
            predicates: []
            measures: []
            units: []
            titles: []
            events: []
            """;

    private static final String ENTITIES = """
            # Everything the article talks about, with its type and names in English and German; aliases
            # are other spellings a reader might use. An example:
            #   - id: city-museum
            #     type: museum
            #     name: {en: City Museum, de: Stadtmuseum}
            #     aliases: [Museum]
            entities: []
            """;

    private static final String PHRASES = """
            # How the vocabulary is said, in English and German: the claim checker reads claims with these
            # templates and the quiz writes with the first of each list. An entry without phrases is said
            # from its name (and 'factquiz validate' warns). Slots: {subject} {object} {holder} {scope}
            # {of} {value} {date} {where}. An example:
            #   relations:
            #     - predicate: runs
            #       en: ["{subject} runs {object}", "{subject} operates {object}"]
            #       de: ["{subject} betreibt {object}"]
            #   events:
            #     - event: opening
            #       en: ["{subject} opened in {date}"]
            #       de: ["{subject} wurde {date} eröffnet"]
            phrases: {}
            """;

    private static boolean isEmptyFolder(Path path) {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> list = Files.list(path)) {
            return list.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // a temporary folder beside the target is all that can be left
        }
    }
}
