package org.factquiz.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.factquiz.quiz.QuizSelection;
import org.factquiz.quiz.ShippedQuiz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code factquiz quiz} from the outside: a scripted terminal session, the export, and bad options. */
class QuizCommandTest {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String answers, String... args) {
        CommandLine cli = FactquizCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ((QuizCommand) cli.getSubcommands().get("quiz").getCommand()).answers =
                new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The questions `quiz --count n --seed s` asks, in order: the same selection the command makes. */
    private static List<Question> asked(int count, long seed) {
        return QuizSelection.select(ShippedQuiz.builder().build(seed).questions(), null, null, count, seed);
    }

    private static String rightAnswer(Question q) {
        return switch (q.type()) {
            case NUMERIC -> String.valueOf(q.answer().number());
            case CLOZE -> q.answer().accepted().get(0);
            default -> String.join(" ", q.answer().choices());
        };
    }

    private static String wrongAnswer(Question q) {
        return switch (q.type()) {
            case NUMERIC -> String.valueOf(q.answer().number() * 2 + 10);
            case CLOZE -> "Atlantis";
            case TRUE_FALSE -> q.answer().truth() ? "false" : "true";
            case ORDERING, MATCHING -> {
                List<String> rotated = new ArrayList<>(q.answer().choices());
                Collections.rotate(rotated, 1);
                yield String.join(" ", rotated.equals(q.answer().choices()) ? List.of("a", "a", "a", "a") : rotated);
            }
            default -> q.choices().stream().map(Question.Choice::id).filter(id -> !q.answer().choices().contains(id))
                    .findFirst().orElseThrow();
        };
    }

    @Test
    void aScriptedSessionScoresRightAndWrongAnswersRepeatsAfterAnInvalidOneAndEndsEarlyAtEndOfInput() {
        long seed = 5;
        List<Question> questions = asked(6, seed);
        // The invalid answer goes to the first question that can refuse one (a gap takes any word).
        int invalidAt = 0;
        while (questions.get(invalidAt).type() == QuestionType.CLOZE) {
            invalidAt++;
        }
        assertThat(invalidAt).isLessThan(3);
        List<String> script = new ArrayList<>();
        Map<String, int[]> expected = new LinkedHashMap<>();
        boolean[] right = {true, false, true};
        for (int i = 0; i < 3; i++) {
            Question q = questions.get(i);
            if (i == invalidAt) {
                script.add("this is no answer 42 x");
            }
            script.add(right[i] ? rightAnswer(q) : wrongAnswer(q));
            int[] score = expected.computeIfAbsent(q.topic(), k -> new int[2]);
            score[0] += right[i] ? 1 : 0;
            score[1]++;
        }

        Run run = run(String.join("\n", script) + "\n", "quiz", "--count", "6", "--seed", Long.toString(seed));

        assertThat(run.exitCode()).as(run.err()).isZero();
        String out = run.out();
        Question invalid = questions.get(invalidAt);
        assertThat(out).contains("Question 1 of 6", "Question 3 of 6", "Question 4 of 6").doesNotContain("Question 5 of 6");
        assertThat(countOf(out, invalid.prompt().get(Language.EN))).as("the question is asked again").isEqualTo(2);
        assertThat(out).containsAnyOf("Answer with one letter", "Answer with the letters", "Answer true or false",
                "Answer with a number", "Answer with all letters", "Answer with one letter for each");
        assertThat(countOf(out, "Right.")).isEqualTo(2);
        assertThat(countOf(out, "Wrong. The answer is: ")).isEqualTo(1);
        assertThat(out).contains(questions.get(0).sources().get(0).text());
        assertThat(out).contains("Quiz ended early.");
        expected.forEach((topic, score) -> assertThat(out).contains("  " + topic + ": " + score[0] + "/" + score[1]));
        assertThat(out).endsWith("Total: 2/3" + System.lineSeparator());
    }

    @Test
    void exportWritesTheVerifiedSetAsJsonAnswersIncludedTheSameInAFreshJvm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("questions.json");
        Run run = run("", "quiz", "--export", "json", "--out", file.toString(), "--seed", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.list(dir)).as("no temporary file is left beside it").containsExactly(file);
        String json = Files.readString(file);
        JsonNode export = new ObjectMapper().readTree(json);
        int questions = ShippedQuiz.set().questions().size();
        assertThat(export.get("format").asText()).isEqualTo("factquiz-questions/1");
        assertThat(export.get("seed").asLong()).isEqualTo(3);
        assertThat(export.get("questions")).hasSize(questions);
        assertThat(export.get("stats").get("questions").asInt()).isEqualTo(questions);
        assertThat(export.get("uncovered")).isEmpty();
        JsonNode first = export.get("questions").get(0);
        assertThat(first.get("prompt").fieldNames()).toIterable().containsExactly("de", "en");
        assertThat(first.has("answer")).isTrue();

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "quiz", "--export", "json", "--seed", "3")
                .directory(new File(".").getAbsoluteFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] fresh = child.getInputStream().readAllBytes();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isZero();
        assertThat(new String(fresh, StandardCharsets.UTF_8)).as("the same seed in another JVM").isEqualTo(json);
    }

    @Test
    void exportHonoursTopicTypeAndCount() throws IOException {
        Run run = run("", "quiz", "--export", "json", "--topic", "users", "--type", "true-false", "--count", "2");
        assertThat(run.exitCode()).isZero();
        JsonNode questions = new ObjectMapper().readTree(run.out()).get("questions");
        assertThat(questions).hasSize(2).allSatisfy(q -> {
            assertThat(q.get("topic").asText()).isEqualTo("users");
            assertThat(q.get("type").asText()).isEqualTo("true-false");
        });
    }

    @Test
    void unusableOptionsExitWithTwoAndAOneLineReason() {
        Run xml = run("", "quiz", "--export", "xml");
        assertThat(xml.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(xml.err()).startsWith("factquiz: --export takes json, gift, moodle-xml, qti, canvas, ilias, anki or apkg, not 'xml'");
        Run count = run("", "quiz", "--count", "0");
        assertThat(count.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(count.err()).contains("--count must be at least 1");
        Run type = run("", "quiz", "--type", "essay");
        assertThat(type.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(type.err()).contains("'essay' is not a question type", "multiple-choice", "cloze");
        Run out = run("", "quiz", "--out", "x.json");
        assertThat(out.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.err()).contains("--out goes with --export FORMAT");
        assertThat(Path.of("x.json")).doesNotExist();
        Run topic = run("", "quiz", "--topic", "weather");
        assertThat(topic.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(topic.err()).contains("no questions match topic 'weather'", "topics: chips, company");
        assertThat(xml.err() + count.err() + type.err() + out.err() + topic.err()).doesNotContain("Exception", "\tat ");
    }

    private static int countOf(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            n++;
        }
        return n;
    }
}
