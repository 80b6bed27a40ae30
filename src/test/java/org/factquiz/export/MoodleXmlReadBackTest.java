package org.factquiz.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Moodle XML read back the way Moodle's importer reads it (question/format/xml/format.php; the
 * ordering and multianswer types): every question with its type, key, tolerance, texts, tags,
 * category and feedback; every type present; every grade one that Moodle accepts.
 */
class MoodleXmlReadBackTest {
    private static final Language EN = Language.EN;
    /** The grades Moodle's importer accepts (question_bank::fraction_options_full), as fractions. */
    private static final double[] GRADES = {1, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3,
        0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0};
    /** A gap as the multianswer type finds it: {weight:TYPE:alternatives}, ending at the first unescaped brace. */
    private static final Pattern GAP = Pattern.compile("\\{(\\d*):(SHORTANSWER|NUMERICAL):(.*?)(?<!\\\\)}");

    static Stream<QuizExport> quizzes() {
        return Exports.both().stream();
    }

    @ParameterizedTest
    @MethodSource("quizzes")
    void everyQuestionReadsBackWithItsTypeKeyTextsTagsCategoryAndFeedback(QuizExport quiz) throws Exception {
        Exported xml = Exports.written(ExportFormat.MOODLE_XML, quiz);
        assertThat(xml.leftOut()).isEmpty();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.bytes()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("quiz");

        String category = null;
        List<String> ids = new ArrayList<>();
        Set<QuestionType> types = EnumSet.noneOf(QuestionType.class);
        for (Element question : children(doc.getDocumentElement(), "question")) {
            if (question.getAttribute("type").equals("category")) {
                category = text(child(question, "category"));
                continue;
            }
            String id = text(child(question, "name"));
            Question q = quiz.questions().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no question " + id));
            ids.add(id);
            types.add(q.type());
            assertThat(category).as(id + " category").isEqualTo(Topics.moodleCategory(quiz.title(), q.topic()));
            assertThat(child(question, "idnumber").getTextContent()).isEqualTo(id);
            assertThat(children(child(question, "tags"), "tag").stream().map(MoodleXmlReadBackTest::text))
                    .as(id + " tags").containsExactlyElementsOf(q.tags());
            assertThat(child(question, "questiontext").getAttribute("format")).isEqualTo("html");
            assertThat(html(child(question, "generalfeedback"))).as(id + " feedback")
                    .isEqualTo(Feedback.of(q, EN, false).plain());
            assertSameQuestion(q, question);
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(Question::id).toList());
        assertThat(types).as("every type of the quiz is read back")
                .containsExactlyInAnyOrderElementsOf(quiz.questions().stream().map(Question::type).distinct().toList());
        READ_BACK.addAll(types);
    }

    /** What the quizzes read back above, together: every type of question. */
    private static final java.util.Set<QuestionType> READ_BACK = java.util.EnumSet.noneOf(QuestionType.class);

    @org.junit.jupiter.api.Test
    void theQuizzesTogetherHoldEveryTypeOfQuestion() {
        assertThat(Exports.both().stream().flatMap(q -> q.questions().stream()).map(Question::type).distinct())
                .containsExactlyInAnyOrder(QuestionType.values());
    }

    private static void assertSameQuestion(Question q, Element question) {
        Question.Answer a = q.answer();
        String type = question.getAttribute("type");
        List<Element> answers = children(question, "answer");
        if (q.type() != QuestionType.CLOZE) {
            assertThat(html(child(question, "questiontext"))).isEqualTo(q.prompt().get(EN));
        }
        switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                assertThat(type).isEqualTo("multichoice");
                boolean single = q.type() == QuestionType.MULTIPLE_CHOICE;
                assertThat(child(question, "single").getTextContent()).isEqualTo(Boolean.toString(single));
                assertThat(answers).hasSize(q.choices().size());
                double sum = 0;
                for (int i = 0; i < answers.size(); i++) {
                    Question.Choice c = q.choices().get(i);
                    double fraction = Double.parseDouble(answers.get(i).getAttribute("fraction")) / 100;
                    assertThat(html(answers.get(i))).isEqualTo(c.text().get(EN));
                    assertThat(fraction > 0).as(q.id() + " " + c.id()).isEqualTo(a.choices().contains(c.id()));
                    assertIsMoodleGrade(fraction, q);
                    sum += Math.max(0, fraction);
                }
                assertThat(sum).as(q.id() + ": the right choices add up to full marks").isCloseTo(1, within(1e-5));
            }
            case TRUE_FALSE -> {
                assertThat(type).isEqualTo("truefalse");
                Element right = answers.stream().filter(e -> e.getAttribute("fraction").equals("100")).findFirst()
                        .orElseThrow();
                assertThat(text(right)).isEqualTo(Boolean.TRUE.equals(a.truth()) ? "true" : "false");
            }
            case NUMERIC -> {
                assertThat(type).isEqualTo("numerical");
                assertThat(answers.get(0).getAttribute("fraction")).isEqualTo("100");
                assertThat(Double.parseDouble(text(answers.get(0)))).isEqualTo(a.number());
                assertThat(Double.parseDouble(child(answers.get(0), "tolerance").getTextContent()))
                        .isCloseTo(a.tolerance(), within(1e-6));
                assertThat(text(answers.get(1))).as("any other number").isEqualTo("*");
            }
            case MATCHING -> {
                assertThat(type).isEqualTo("matching");
                List<Element> subquestions = children(question, "subquestion");
                assertThat(subquestions).hasSize(q.items().size());
                for (int i = 0; i < subquestions.size(); i++) {
                    assertThat(html(subquestions.get(i))).isEqualTo(q.items().get(i).text().get(EN));
                    assertThat(text(child(subquestions.get(i), "answer")))
                            .isEqualTo(Exports.choice(q, a.choices().get(i), EN));
                }
            }
            case ORDERING -> {
                assertThat(type).isEqualTo("ordering");
                assertThat(answers.stream().map(MoodleXmlReadBackTest::html))
                        .containsExactlyElementsOf(a.choices().stream().map(id -> Exports.choice(q, id, EN)).toList());
                assertThat(child(question, "selecttype").getTextContent()).isEqualTo("ALL");
            }
            case CLOZE -> {
                assertThat(type).isEqualTo("cloze");
                assertCloze(q, child(child(question, "questiontext"), "text").getTextContent());
            }
        }
    }

    /** The gap read as Moodle's multianswer type reads it: its answers, and the text around it. */
    private static void assertCloze(Question q, String html) {
        Matcher gap = GAP.matcher(html);
        assertThat(gap.find()).as(q.id() + ": a gap in " + html).isTrue();
        String[] around = Cloze.around(q.prompt().get(EN));
        assertThat(Exports.unescapeHtml(html.substring(0, gap.start()))).isEqualTo(around[0]);
        assertThat(Exports.unescapeHtml(html.substring(gap.end()))).isEqualTo(around[1]);
        assertThat(gap.find()).as("one gap").isFalse();
        gap.reset().find();
        List<String> right = new ArrayList<>();
        for (String alternative : gap.group(3).split("(?<!\\\\)~")) {
            if (!alternative.startsWith("=")) {
                continue;
            }
            String answer = alternative.substring(1).split("(?<![\\\\&])#", 2)[0];
            answer = Exports.unescapeHtml(answer).replace("\\}", "}").replace("\\#", "#");
            if (gap.group(2).equals("NUMERICAL")) {
                String[] value = answer.split(":");
                assertThat(Double.parseDouble(value[1])).as("tolerance").isZero();
                answer = value[0];
            } else {
                answer = answer.replace("\\*", "*");
            }
            right.add(answer);
        }
        if (gap.group(2).equals("NUMERICAL")) {
            assertThat(Double.parseDouble(right.get(0))).isEqualTo(Double.parseDouble(q.answer().accepted().get(0)
                    .replace(',', '.')));
        } else {
            assertThat(right).isEqualTo(q.answer().accepted());
        }
    }

    private static void assertIsMoodleGrade(double fraction, Question q) {
        boolean valid = false;
        for (double grade : GRADES) {
            valid |= Math.abs(Math.abs(fraction) - grade) < 0.00001;
        }
        assertThat(valid).as(q.id() + ": " + fraction + " is a grade Moodle's importer accepts").isTrue();
    }

    private static String html(Element withText) {
        return Exports.unescapeHtml(text(withText));
    }

    /** The content of an element's text child, as Moodle's importer takes it. */
    private static String text(Element element) {
        return child(element, "text").getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(parent.getTagName() + " has one " + name).hasSize(1);
        return found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }
}
