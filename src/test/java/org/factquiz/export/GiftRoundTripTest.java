package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * GIFT read back by an independent parser, the npm package gift-pegjs (run through node from the
 * project's node_modules, which bin/test installs): the same questions, of the same types, with the
 * same keys, tolerances, texts and feedback, also for names full of GIFT's special characters.
 */
class GiftRoundTripTest {
    private static final Language EN = Language.EN;

    static Stream<QuizExport> quizzes() {
        return Exports.both().stream();
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void giftPegjsReadsBackEveryQuestionWithItsTypeKeyToleranceTextAndFeedback(QuizExport quiz, @TempDir Path dir)
            throws Exception {
        Exported gift = Exports.written(ExportFormat.GIFT, quiz);
        JsonNode parsed = parse(gift.bytes(), dir);

        List<String> categories = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : parsed) {
            if (node.get("type").asText().equals("Category")) {
                categories.add(node.get("title").asText());
            } else {
                assertThat(byId.put(node.get("id").asText(), node)).as("one question per id").isNull();
            }
        }
        List<Question> expected = quiz.questions().stream().filter(q -> q.type() != QuestionType.ORDERING).toList();
        assertThat(gift.questions()).containsExactlyElementsOf(expected);
        assertThat(byId).hasSize(expected.size());
        assertThat(categories).containsExactlyElementsOf(new TreeSet<>(expected.stream()
                .map(q -> Topics.moodleCategory(quiz.title(), q.topic())).toList()));
        for (Question q : expected) {
            JsonNode read = byId.get(q.id());
            assertThat(read).as(q.id()).isNotNull();
            assertThat(read.get("title").asText()).isEqualTo(q.id());
            assertThat(texts(read.get("tags"))).as(q.id() + " tags").containsExactlyElementsOf(q.tags());
            assertThat(html(read.get("globalFeedback"))).as(q.id() + " feedback")
                    .isEqualTo(Feedback.of(q, EN, false).plain());
            assertSameQuestion(q, read);
        }
    }

    @Test
    void namesWithEverySpecialCharacterComeBackAsWritten(@TempDir Path dir) throws Exception {
        QuizExport quiz = Exports.marks();
        JsonNode parsed = parse(Exports.written(ExportFormat.GIFT, quiz).bytes(), dir);
        StringBuilder all = new StringBuilder();
        for (JsonNode node : parsed) {
            node.findValues("text").forEach(t -> all.append(t.asText()).append('\n'));
            node.findValues("subanswer").forEach(t -> all.append(decodePegjs(t.asText())).append('\n'));
        }
        String read = Exports.unescapeHtml(all.toString());
        assertThat(read).contains("Tilde~Works", "Equals=Corp", "Hash#Labs", "Colon: Systems", "Back\\Slash Ltd",
                "Q:Bot #2", "A=B Engine {beta}", "Curly}Tail", "Pipe{One}", "Star*Search");
    }

    private static void assertSameQuestion(Question q, JsonNode read) {
        Question.Answer a = q.answer();
        String type = read.get("type").asText();
        switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                assertThat(type).as(q.id()).isEqualTo("MC");
                assertThat(html(read.get("stem"))).isEqualTo(q.prompt().get(EN));
                JsonNode choices = read.get("choices");
                assertThat(choices).hasSize(q.choices().size());
                double positive = 0;
                for (int i = 0; i < q.choices().size(); i++) {
                    Question.Choice c = q.choices().get(i);
                    JsonNode choice = choices.get(i);
                    assertThat(html(choice.get("text"))).isEqualTo(c.text().get(EN));
                    boolean key = a.choices().contains(c.id());
                    if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                        assertThat(choice.get("isCorrect").asBoolean()).as(q.id() + " " + c.id()).isEqualTo(key);
                    } else {
                        double weight = choice.get("weight").asDouble();
                        assertThat(weight > 0).as(q.id() + " " + c.id() + " weight " + weight).isEqualTo(key);
                        positive += Math.max(0, weight);
                    }
                }
                if (q.type() == QuestionType.MULTIPLE_RESPONSE) {
                    assertThat(positive).as("the right choices add up to full marks").isCloseTo(100, within(0.001));
                }
            }
            case TRUE_FALSE -> {
                assertThat(type).isEqualTo("TF");
                assertThat(html(read.get("stem"))).isEqualTo(q.prompt().get(EN));
                assertThat(read.get("isTrue").asBoolean()).as(q.id()).isEqualTo(a.truth());
            }
            case NUMERIC -> {
                assertThat(type).isEqualTo("Numerical");
                assertThat(html(read.get("stem"))).isEqualTo(q.prompt().get(EN));
                JsonNode right = read.get("choices").get(0);
                assertThat(right.get("isCorrect").asBoolean()).isTrue();
                assertThat(right.get("text").get("number").asDouble()).isEqualTo(a.number());
                assertThat(right.get("text").get("range").asDouble()).as(q.id() + " tolerance")
                        .isCloseTo(a.tolerance(), within(1e-9));
            }
            case MATCHING -> {
                assertThat(type).isEqualTo("Matching");
                JsonNode pairs = read.get("matchPairs");
                assertThat(pairs).hasSize(q.items().size());
                for (int i = 0; i < q.items().size(); i++) {
                    assertThat(html(pairs.get(i).get("subquestion"))).isEqualTo(q.items().get(i).text().get(EN));
                    assertThat(decodePegjs(pairs.get(i).get("subanswer").asText()))
                            .isEqualTo(Exports.choice(q, a.choices().get(i), EN));
                }
            }
            case CLOZE -> {
                assertThat(type).as(q.id()).isEqualTo("Short");
                assertThat(read.get("hasEmbeddedAnswers").asBoolean()).isTrue();
                String[] around = Cloze.around(q.prompt().get(EN));
                // gift-pegjs puts spaces around the blank it inserts, Moodle does not.
                assertThat(blank(html(read.get("stem")))).isEqualTo(blank(around[0] + "_____" + around[1]));
                List<String> accepted = new ArrayList<>();
                read.get("choices").forEach(c -> accepted.add(c.get("text").get("text").asText()
                        .replace("\\*", "*")));
                assertThat(accepted).isEqualTo(a.accepted());
            }
            default -> throw new AssertionError("GIFT holds no " + q.type().label() + " question: " + q.id());
        }
    }

    private static String blank(String stem) {
        return stem.replaceAll("\\s*_____\\s*", "_____").strip();
    }

    /** A text in the HTML format, as a learner reads it. */
    private static String html(JsonNode formatted) {
        assertThat(formatted.get("format").asText()).isEqualTo("html");
        return Exports.unescapeHtml(formatted.get("text").asText());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** gift-pegjs leaves its own placeholders for escaped characters in a matching answer. */
    private static String decodePegjs(String text) {
        return text.replace("&&092;", "\\").replace("&&058;", ":").replace("&&035;", "#").replace("&&061;", "=")
                .replace("&&123;", "{").replace("&&125;", "}").replace("&&126;", "~");
    }

    static JsonNode parse(byte[] gift, Path dir) throws IOException, InterruptedException {
        Path parser = Path.of("node_modules", "gift-pegjs");
        assertThat(parser).as("gift-pegjs is installed by 'npm ci' (bin/test runs it)").isDirectory();
        Path file = dir.resolve("quiz.gift.txt");
        Files.write(file, gift);
        Process node = new ProcessBuilder("node", "src/test/resources/export/parse-gift.js", file.toString())
                .redirectErrorStream(false).start();
        byte[] out = node.getInputStream().readAllBytes();
        String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).as("gift-pegjs: " + err).isZero();
        return new ObjectMapper().readTree(out);
    }
}
