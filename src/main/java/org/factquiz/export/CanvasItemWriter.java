package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * One question as a QTI 1.2 item in Canvas's dialect: the layout Canvas's own quiz export writes
 * (lib/cc/qti/qti_items.rb in instructure/canvas-lms) and its importer reads back (the QTI
 * migration tool, then gems/plugins/qti_exporter). The {@code question_type} field names Canvas's
 * type; the choices are a {@code response_lid}; a number is a decimal {@code response_str} right at
 * its value or within {@code vargte}/{@code varlte} of it (Canvas reads the margin as upper bound
 * minus value); a matching question has a {@code response_lid} per item; a gap is Canvas's
 * fill-in-multiple-blanks with one blank, {@code [gap]} in the text and every accepted word a right
 * answer. Canvas has no ordering question: it becomes a matching of places to steps.
 *
 * <p>The feedback goes where Canvas looks for it: {@code general_fb} (shown to everyone: the
 * answer, the source sentences, the chain), {@code correct_fb} and {@code general_incorrect_fb}.
 */
final class CanvasItemWriter {
    private static final String RESPONSE = "response1";
    private static final String GAP = "gap";
    private static final String GENERAL = "general_fb";
    private static final String CORRECT = "correct_fb";
    private static final String INCORRECT = "general_incorrect_fb";

    private CanvasItemWriter() {
    }

    /** Canvas's name of the type a question becomes. */
    static String questionType(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE -> "multiple_choice_question";
            case TRUE_FALSE -> "true_false_question";
            case MULTIPLE_RESPONSE -> "multiple_answers_question";
            case NUMERIC -> "numerical_question";
            case MATCHING, ORDERING -> "matching_question";
            case CLOZE -> "fill_in_multiple_blanks_question";
        };
    }

    static void write(XmlOut xml, Question q, String ident, Language l) {
        xml.open("item", "ident", ident, "title", q.id());
        Qti12.metadata(xml, "question_type", questionType(q.type()), "points_possible", "1");
        xml.open("presentation");
        Qti12.material(xml, "text/html", "<div>" + questionText(q, l) + "</div>");
        presentation(xml, q, l);
        xml.close();
        xml.open("resprocessing");
        Qti12.outcomes(xml, "maxvalue", "100", "minvalue", "0", "varname", "SCORE", "vartype", "Decimal");
        Qti12.always(xml, GENERAL);
        boolean severalResponses = severalResponses(q.type());
        resprocessing(xml, q);
        if (!severalResponses) {
            Qti12.always(xml, INCORRECT);
        }
        xml.close();
        Feedback feedback = Feedback.of(q, l, false);
        Qti12.feedback(xml, GENERAL, "text/html", feedback.html());
        // Canvas gives a matching or a blank no "right" or "wrong" of its own: it scores each part.
        if (!severalResponses) {
            Qti12.feedback(xml, CORRECT, "text/plain", ExportWords.word("right", l));
            Qti12.feedback(xml, INCORRECT, "text/plain", ExportWords.word("wrong", l));
        }
        xml.close();
    }

    private static boolean severalResponses(QuestionType type) {
        return type == QuestionType.MATCHING || type == QuestionType.ORDERING || type == QuestionType.CLOZE;
    }

    /** The prompt as HTML; a gap becomes Canvas's blank {@code [gap]}. */
    private static String questionText(Question q, Language l) {
        if (q.type() != QuestionType.CLOZE) {
            return Html.escape(q.prompt().get(l));
        }
        String[] around = Cloze.around(q.prompt().get(l));
        return Html.escape(around[0]) + "[" + GAP + "]" + Html.escape(around[1]);
    }

    private static void presentation(XmlOut xml, Question q, Language l) {
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                xml.open("response_lid", "ident", RESPONSE, "rcardinality",
                        q.type() == QuestionType.MULTIPLE_RESPONSE ? "Multiple" : "Single");
                choices(xml, q.choices(), l);
                xml.close();
            }
            case NUMERIC -> xml.open("response_str", "ident", RESPONSE, "rcardinality", "Single")
                    .open("render_fib", "fibtype", "Decimal").empty("response_label", "ident", "answer1").close()
                    .close();
            case MATCHING, ORDERING -> {
                for (Pair pair : pairs(q, l)) {
                    xml.open("response_lid", "ident", "response_" + pair.ident());
                    Qti12.material(xml, "text/plain", pair.text());
                    choices(xml, q.choices(), l);
                    xml.close();
                }
            }
            case CLOZE -> {
                xml.open("response_lid", "ident", "response_" + GAP);
                Qti12.material(xml, "text/plain", GAP);
                xml.open("render_choice");
                List<String> accepted = q.answer().accepted();
                for (int i = 0; i < accepted.size(); i++) {
                    xml.open("response_label", "ident", GAP + "-" + (i + 1));
                    Qti12.material(xml, "text/plain", accepted.get(i));
                    xml.close();
                }
                xml.close().close();
            }
        }
    }

    private static void choices(XmlOut xml, List<Question.Choice> choices, Language l) {
        xml.open("render_choice");
        for (Question.Choice c : choices) {
            xml.open("response_label", "ident", c.id());
            Qti12.material(xml, "text/plain", c.text().get(l));
            xml.close();
        }
        xml.close();
    }

    private static void resprocessing(XmlOut xml, Question q) {
        Question.Answer a = q.answer();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                xml.open("respcondition", "continue", "No").open("conditionvar");
                xml.leaf("varequal", a.choices().get(0), "respident", RESPONSE);
                right(xml.close());
            }
            case MULTIPLE_RESPONSE -> {
                xml.open("respcondition", "continue", "No").open("conditionvar").open("and");
                for (Question.Choice c : q.choices()) {
                    if (a.choices().contains(c.id())) {
                        xml.leaf("varequal", c.id(), "respident", RESPONSE);
                    } else {
                        xml.open("not").leaf("varequal", c.id(), "respident", RESPONSE).close();
                    }
                }
                right(xml.close().close());
            }
            case NUMERIC -> {
                double tolerance = a.tolerance() == null ? 0 : a.tolerance();
                xml.open("respcondition", "continue", "No").open("conditionvar").open("or");
                xml.leaf("varequal", Numbers.plain(a.number()), "respident", RESPONSE);
                if (tolerance > 0) {
                    xml.open("and").leaf("vargte", Numbers.plain(a.number() - tolerance), "respident", RESPONSE)
                            .leaf("varlte", Numbers.plain(a.number() + tolerance), "respident", RESPONSE).close();
                }
                right(xml.close().close());
            }
            case MATCHING, ORDERING -> {
                List<Pair> pairs = pairs(q, null);
                String share = share(pairs.size());
                for (Pair pair : pairs) {
                    xml.open("respcondition").open("conditionvar")
                            .leaf("varequal", pair.key(), "respident", "response_" + pair.ident()).close()
                            .leaf("setvar", share, "varname", "SCORE", "action", "Add").close();
                }
            }
            case CLOZE -> {
                // Every accepted word is a right answer of the one blank: Canvas weighs them all alike.
                xml.open("respcondition").open("conditionvar")
                        .leaf("varequal", GAP + "-1", "respident", "response_" + GAP).close()
                        .leaf("setvar", "100", "varname", "SCORE", "action", "Add").close();
            }
        }
    }

    private static void right(XmlOut xml) {
        xml.leaf("setvar", "100", "action", "Set", "varname", "SCORE");
        xml.empty("displayfeedback", "feedbacktype", "Response", "linkrefid", CORRECT);
        xml.close();
    }

    /** 100 points shared by {@code n} parts, as Canvas writes it: "33.33". */
    private static String share(int n) {
        return String.format(Locale.ROOT, "%.2f", 100.0 / n);
    }

    /** A left-hand part of a matching: its identifier, its text and the choice that is its partner. */
    record Pair(String ident, String text, String key) {
    }

    /**
     * The left-hand side: a matching question's items, or an ordering question's places (1st, 2nd,
     * ...) each to be matched with the step that comes there. Texts only with a language.
     */
    static List<Pair> pairs(Question q, Language l) {
        List<Pair> pairs = new ArrayList<>();
        List<String> key = q.answer().choices();
        if (q.type() == QuestionType.ORDERING) {
            for (int i = 0; i < key.size(); i++) {
                pairs.add(new Pair("place" + (i + 1),
                        l == null ? null : String.format(ExportWords.word("place", l), i + 1), key.get(i)));
            }
        } else {
            for (int i = 0; i < q.items().size(); i++) {
                Question.Choice item = q.items().get(i);
                pairs.add(new Pair("item" + item.id(), l == null ? null : item.text().get(l), key.get(i)));
            }
        }
        return pairs;
    }
}
