package org.factquiz.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.factquiz.engine.Knowledge;
import org.factquiz.export.ExportFormat;
import org.factquiz.export.Exported;
import org.factquiz.export.QuizExport;
import org.factquiz.export.QuizExporter;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.model.Document;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizBuilder;
import org.factquiz.quiz.QuizSelection;
import org.factquiz.quiz.QuizSession;
import org.factquiz.quiz.QuizSet;
import org.factquiz.report.OutputFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code factquiz quiz}: an interactive quiz in the terminal, or the question set exported in one of
 * the formats of {@link ExportFormat} (JSON, GIFT, Moodle XML, QTI, Anki).
 */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Asks verified questions about the article, one at a time, and scores the answers by topic.",
            "Answer with letters (a, or a c for all that apply), true/false, a number, or an order (c a b).",
            "End of input ends the quiz with the score so far.",
            "--export FORMAT writes the whole question set, answers and feedback included, instead:",
            "json, gift (Moodle), moodle-xml, qti (QTI 2.1: OpenOLAT, TAO, ...), canvas and ilias (QTI 1.2),",
            "anki (text) or apkg (Anki package); qti, canvas, ilias and apkg are zip files and need --out.",
            "See docs/export.md."})
final class QuizCommand implements Callable<Integer> {
    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Option(names = "--lang", defaultValue = "en", paramLabel = "LANG", converter = LanguageConverter.class,
            description = "Language of the quiz: en or de (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--count", paramLabel = "N", defaultValue = "10",
            description = "How many questions (default: ${DEFAULT-VALUE}; with --export, all unless given).")
    int count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed for question order and choice order; same seed, same quiz (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--topic", paramLabel = "T", description = "Only questions on this topic (e.g. products, chips).")
    String topic;

    @Option(names = "--type", paramLabel = "T", converter = QuestionTypeConverter.class,
            description = "Only questions of this type: multiple-choice, multiple-response, true-false, numeric, "
                    + "ordering, matching, cloze.")
    QuestionType type;

    @Option(names = "--skill", paramLabel = "S",
            description = "Only questions testing this skill: recall, understanding or inference.")
    String skill;

    @Option(names = "--export", paramLabel = "FORMAT",
            description = "Write the question set instead of asking: json, gift, moodle-xml, qti, canvas, ilias, anki or apkg.")
    String export;

    @Option(names = "--out", paramLabel = "FILE",
            description = "With --export: write to FILE (whole or not at all) instead of standard output.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the answers come from: the terminal, or a script in tests. */
    InputStream answers = System.in;

    /** The environment (SOURCE_DATE_EPOCH); tests give their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws Exception {
        ExportFormat format = export == null ? null : exportFormat(export);
        if (out != null && format == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out goes with --export FORMAT");
        }
        if (format != null && format.binary() && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--export " + format.label()
                    + " writes a zip file: give --out FILE (e.g. --out quiz" + format.extension() + ")");
        }
        if (format != null && type != null && !format.holds(type)) {
            throw new CommandLine.ParameterException(spec.commandLine(), format.title() + " cannot hold "
                    + type.label() + " questions: use --export " + ExportFormat.holding(type));
        }
        if (format != null && out != null && out.getFileName() != null) {
            Optional<String> badName = format.fileNameProblem(out.getFileName().toString());
            if (badName.isPresent()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out: " + badName.get());
            }
        }
        if (out != null) {
            OutputFile.checkWritable(out);
        }
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        if (skill != null && !QuizSelection.SKILLS.contains(skill)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--skill takes "
                    + String.join(", ", QuizSelection.SKILLS) + ", not '" + skill + "'");
        }
        Knowledge loaded = knowledge.load();
        knowledge.noteOldLayout(loaded.facts(), spec.commandLine().getErr());
        QuizSet set = new QuizBuilder(loaded, knowledge.phrases(loaded.facts()),
                QuestionTemplatesLoader.load(knowledge.rules.resolve("quiz").resolve("questions.yaml"))).build(seed);
        boolean countGiven = spec.commandLine().getParseResult().hasMatchedOption("--count");
        List<Question> selected = QuizSelection.select(set.questions(), topic, type, skill,
                export != null && !countGiven ? Integer.MAX_VALUE : count, seed);
        if (selected.isEmpty()) {
            spec.commandLine().getErr().println("factquiz: no questions match"
                    + (topic == null ? "" : " topic '" + topic + "'") + (type == null ? "" : " type '" + type.label() + "'")
                    + (skill == null ? "" : " skill '" + skill + "'")
                    + "; topics: " + String.join(", ", QuizSelection.topics(set.questions())));
            return ExitCodes.BAD_INPUT;
        }
        if (format != null) {
            return export(format, new QuizExport(set, selected, language, seed, title(loaded), written()));
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));
        new QuizSession(selected, language, in, spec.commandLine().getOut()).run();
        return ExitCodes.OK;
    }

    private int export(ExportFormat format, QuizExport quiz) throws Exception {
        Exported exported = out == null || out.getFileName() == null ? QuizExporter.export(format, quiz)
                : QuizExporter.export(format, quiz, out.getFileName().toString());
        if (!exported.leftOut().isEmpty()) {
            spec.commandLine().getErr().println("factquiz: left out " + exported.leftOut().entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))
                    + " question(s): " + format.title() + " cannot hold them (--export moodle-xml or qti can)");
        }
        if (exported.questions().isEmpty()) {
            spec.commandLine().getErr().println("factquiz: no question left to write: " + format.title()
                    + " holds none of the " + quiz.questions().size() + " selected");
            return ExitCodes.BAD_INPUT;
        }
        if (out == null) {
            spec.commandLine().getOut().print(new String(exported.bytes(), StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(out, exported.bytes());
        }
        return ExitCodes.OK;
    }

    private ExportFormat exportFormat(String text) {
        return ExportFormat.parse(text).orElseThrow(() -> {
            List<String> labels = Arrays.stream(ExportFormat.values()).map(ExportFormat::label).toList();
            String near = ClosestNames.closest(text, labels)
                    .or(() -> labels.stream().filter(l -> l.contains(text.strip().toLowerCase(Locale.ROOT))
                            && !text.isBlank()).findFirst())
                    .map(l -> " (did you mean '" + l + "'?)").orElse("");
            return new CommandLine.ParameterException(spec.commandLine(),
                    "--export takes " + ExportFormat.labels() + ", not '" + text + "'" + near);
        });
    }

    /** What names the categories and decks: the titles of the fact base's sources. */
    private static String title(Knowledge loaded) {
        return loaded.facts().documents().stream().map(Document::title).filter(Objects::nonNull)
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().collect(Collectors.joining("; "));
    }

    /**
     * The time an export stamps where its format keeps one: fixed, so that the same seed gives the
     * same bytes, unless SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) says otherwise.
     * A later time lets Anki update the notes of an earlier package (it keeps the newer of two).
     */
    private Instant written() {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) {
            return QuizExport.FIXED_TIME;
        }
        try {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
        } catch (NumberFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "SOURCE_DATE_EPOCH must be a number of seconds, not '" + epoch + "'");
        }
    }
}
