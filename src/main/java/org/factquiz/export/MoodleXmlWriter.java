package org.factquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * Moodle XML, as question/format/xml/format.php and the ordering and multianswer question types
 * import it (there is no XSD). Each topic opens a category below one named after the article; each
 * question has its stable id as name and idnumber, its topic, skill and type as tags, feedback per
 * answer and the general feedback (right answer, source sentences, chain).
 *
 * <p>All seven types: multichoice (single, and multiple with Moodle's partial grades), truefalse,
 * numerical with its tolerance, matching, ordering (all or nothing, as factquiz scores it), and
 * cloze, whose gap is an embedded {@code {1:SHORTANSWER:...}} or, for a number, {@code {1:NUMERICAL:...}}.
 */
final class MoodleXmlWriter implements QuizWriter {
    private static final String HTML = "html";

    @Override
    public byte[] write(QuizExport quiz) {
        XmlOut xml = new XmlOut();
        xml.open("quiz");
        xml.comment(quiz.title() + ": " + quiz.questions().size() + " questions written by factquiz (Moodle XML, "
                + quiz.language().code() + ", seed " + quiz.seed() + ")");
        for (Map.Entry<String, List<Question>> topic : Topics.grouped(quiz.questions()).entrySet()) {
            xml.open("question", "type", "category");
            xml.open("category").leaf("text", Topics.moodleCategory(quiz.title(), topic.getKey())).close();
            xml.open("info", "format", HTML).leaf("text", "").close();
            xml.close();
            for (Question q : topic.getValue()) {
                question(xml, q, quiz.language());
            }
        }
        xml.close();
        return xml.finish().getBytes(StandardCharsets.UTF_8);
    }

    private static void question(XmlOut xml, Question q, Language l) {
        Feedback feedback = Feedback.of(q, l, false);
        xml.open("question", "type", type(q.type()));
        xml.open("name").leaf("text", q.id()).close();
        String prompt = q.type() == QuestionType.CLOZE ? ClozeText.moodle(q, l) : Html.escape(q.prompt().get(l));
        text(xml, "questiontext", prompt);
        text(xml, "generalfeedback", feedback.html());
        xml.leaf("defaultgrade", "1");
        xml.leaf("penalty", "0.3333333");
        xml.leaf("hidden", "0");
        xml.leaf("idnumber", q.id());
        switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> choices(xml, q, l);
            case TRUE_FALSE -> trueFalse(xml, q, l);
            case NUMERIC -> numerical(xml, q, l);
            case MATCHING -> matching(xml, q, l);
            case ORDERING -> ordering(xml, q, l);
            case CLOZE -> {
                // The gap carries its own answers and feedback in the question text.
            }
        }
        xml.open("tags");
        for (String tag : q.tags()) {
            xml.open("tag").leaf("text", tag).close();
        }
        xml.close();
        xml.close();
    }

    private static String type(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case NUMERIC -> "numerical";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case CLOZE -> "cloze";
        };
    }

    private static void choices(XmlOut xml, Question q, Language l) {
        boolean single = q.type() == QuestionType.MULTIPLE_CHOICE;
        xml.leaf("single", single ? "true" : "false");
        // factquiz already spread the right answers over the letters; keep the order it shows.
        xml.leaf("shuffleanswers", "false");
        xml.leaf("answernumbering", "abc");
        combinedFeedback(xml, l, !single);
        Weights weights = Weights.of(q);
        for (Question.Choice c : q.choices()) {
            boolean key = q.answer().choices().contains(c.id());
            double fraction = single ? (key ? 1 : 0) : (key ? weights.key() : weights.distractor());
            answer(xml, Numbers.percent(fraction), Html.escape(c.text().get(l)), HTML,
                    ExportWords.word(key ? "right" : "wrong", l));
        }
    }

    private static void trueFalse(XmlOut xml, Question q, Language l) {
        boolean truth = Boolean.TRUE.equals(q.answer().truth());
        answer(xml, truth ? "100" : "0", "true", "moodle_auto_format", ExportWords.word(truth ? "right" : "wrong", l));
        answer(xml, truth ? "0" : "100", "false", "moodle_auto_format", ExportWords.word(truth ? "wrong" : "right", l));
    }

    private static void numerical(XmlOut xml, Question q, Language l) {
        Question.Answer a = q.answer();
        xml.open("answer", "fraction", "100", "format", "moodle_auto_format");
        xml.leaf("text", Numbers.plain(a.number()));
        text(xml, "feedback", Html.escape(ExportWords.word("right", l)));
        xml.leaf("tolerance", Numbers.plain(a.tolerance() == null ? 0 : a.tolerance()));
        xml.close();
        // "*" is any other number: its feedback says it is wrong.
        xml.open("answer", "fraction", "0", "format", "moodle_auto_format");
        xml.leaf("text", "*");
        text(xml, "feedback", Html.escape(ExportWords.word("wrong", l)));
        xml.leaf("tolerance", "0");
        xml.close();
        xml.leaf("unitgradingtype", "0");
        xml.leaf("unitpenalty", "0.1000000");
        xml.leaf("showunits", "3");
        xml.leaf("unitsleft", "0");
    }

    private static void matching(XmlOut xml, Question q, Language l) {
        xml.leaf("shuffleanswers", "false");
        combinedFeedback(xml, l, true);
        for (int i = 0; i < q.items().size(); i++) {
            String partner = q.answer().choices().get(i);
            String answer = q.choices().stream().filter(c -> c.id().equals(partner)).map(c -> c.text().get(l))
                    .findFirst().orElse(partner);
            xml.open("subquestion", "format", HTML);
            xml.leaf("text", Html.escape(q.items().get(i).text().get(l)));
            // Moodle keeps a matching answer as plain text.
            xml.open("answer").leaf("text", answer).close();
            xml.close();
        }
    }

    private static void ordering(XmlOut xml, Question q, Language l) {
        xml.leaf("layouttype", "VERTICAL");
        xml.leaf("selecttype", "ALL");
        xml.leaf("selectcount", Integer.toString(q.choices().size()));
        xml.leaf("gradingtype", "ALL_OR_NOTHING");
        xml.leaf("showgrading", "SHOW");
        combinedFeedback(xml, l, true);
        // Moodle's ordering question takes its items in the right order and shuffles them itself.
        int rank = 1;
        for (String id : q.answer().choices()) {
            String text = q.choices().stream().filter(c -> c.id().equals(id)).map(c -> c.text().get(l)).findFirst()
                    .orElse(id);
            xml.open("answer", "fraction", rank++ + ".0000000", "format", HTML);
            xml.leaf("text", Html.escape(text));
            xml.close();
        }
    }

    private static void combinedFeedback(XmlOut xml, Language l, boolean parts) {
        text(xml, "correctfeedback", Html.escape(ExportWords.word("right", l)));
        text(xml, "partiallycorrectfeedback", Html.escape(ExportWords.word("partly", l)));
        text(xml, "incorrectfeedback", Html.escape(ExportWords.word("wrong", l)));
        if (parts) {
            xml.empty("shownumcorrect");
        }
    }

    private static void answer(XmlOut xml, String fraction, String text, String format, String feedback) {
        xml.open("answer", "fraction", fraction, "format", format);
        xml.leaf("text", text);
        text(xml, "feedback", Html.escape(feedback));
        xml.close();
    }

    private static void text(XmlOut xml, String element, String html) {
        xml.open(element, "format", HTML).leaf("text", html).close();
    }
}
