package org.factquiz.cli;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.factquiz.engine.Knowledge;
import org.factquiz.load.QuestionTemplatesLoader;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizBuilder;
import org.factquiz.quiz.QuizSelection;
import org.factquiz.quiz.QuizSession;
import org.factquiz.quiz.QuizSet;
import org.factquiz.report.QuizJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factquiz quiz}: an interactive quiz in the terminal, or the question set exported as JSON. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Asks verified questions about the article, one at a time, and scores the answers by topic.",
            "Answer with letters (a, or a c for all that apply), true/false, a number, or an order (c a b).",
            "End of input ends the quiz with the score so far.",
            "--export json writes the whole question set, answers included, instead."})
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

    @Option(names = "--export", paramLabel = "FORMAT", description = "Write the question set instead of asking: json.")
    String export;

    @Option(names = "--out", paramLabel = "FILE", description = "With --export: write to FILE (atomically).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Where the answers come from: the terminal, or a script in tests. */
    InputStream answers = System.in;

    @Override
    public Integer call() throws Exception {
        if (export != null && !export.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--export takes json, not '" + export + "'");
        }
        if (out != null && export == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out goes with --export json");
        }
        if (count < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 1");
        }
        Knowledge loaded = knowledge.load();
        knowledge.noteOldLayout(loaded.facts(), spec.commandLine().getErr());
        QuizSet set = new QuizBuilder(loaded, knowledge.phrases(loaded.facts()),
                QuestionTemplatesLoader.load(knowledge.rules.resolve("quiz").resolve("questions.yaml"))).build(seed);
        boolean countGiven = spec.commandLine().getParseResult().hasMatchedOption("--count");
        List<Question> selected = QuizSelection.select(set.questions(), topic, type,
                export != null && !countGiven ? Integer.MAX_VALUE : count, seed);
        if (selected.isEmpty()) {
            spec.commandLine().getErr().println("factquiz: no questions match"
                    + (topic == null ? "" : " topic '" + topic + "'") + (type == null ? "" : " type '" + type.label() + "'")
                    + "; topics: " + String.join(", ", QuizSelection.topics(set.questions())));
            return ExitCodes.BAD_INPUT;
        }
        if (export != null) {
            String json = QuizJson.render(set, selected, seed, language.code());
            if (out == null) {
                spec.commandLine().getOut().print(json);
                spec.commandLine().getOut().flush();
            } else {
                AtomicFile.write(out, json);
            }
            return ExitCodes.OK;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(answers, StandardCharsets.UTF_8));
        new QuizSession(selected, language, in, spec.commandLine().getOut()).run();
        return ExitCodes.OK;
    }
}
