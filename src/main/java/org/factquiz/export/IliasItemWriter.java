package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * One question as a QTI 1.2 item in ILIAS's dialect: the layout ILIAS's question export writes
 * and its import reads back (components/ILIAS/TestQuestionPool/classes/{export,import}/qti12 in
 * ILIAS-eLearning/ILIAS). The {@code QUESTIONTYPE} field names ILIAS's type (ILIAS imports a question
 * only when it knows the type); the scoring is points per response, {@code setvar action="Add"}:
 * <ul>
 *   <li>single and multiple choice ({@code MCSR}, {@code MCMR}; true/false is a single choice of two):
 *       points for ticking each choice, a share of a point per right one and a negative share per
 *       wrong one in a multiple choice, as the other exports score it;</li>
 *   <li>numeric ({@code NUM}): right from {@code vargte} to {@code varlte};</li>
 *   <li>matching ({@code MQ}): the items as definitions ({@code match_max="1"} with a
 *       {@code match_group}), the partners as terms, a {@code varsubset "term,definition"} per pair;
 *       ILIAS reads these identifiers as numbers;</li>
 *   <li>ordering ({@code OQT}): the steps listed, each {@code varequal} naming by its position in
 *       that list which step stands at its {@code index};</li>
 *   <li>cloze: the text before and after as materials, the gap a {@code response_str} (a
 *       {@code response_num} for a number) with each accepted word a right answer, compared ignoring
 *       case ({@code textgaprating ci}).</li>
 * </ul>
 * ILIAS's feedback is generic: {@code response_allcorrect} after a right answer and
 * {@code response_onenotcorrect} after a wrong one; both say the answer, the source sentences and the chain.
 */
final class IliasItemWriter {
    private static final String XHTML = "text/xhtml";
    private static final String ALL_CORRECT = "response_allcorrect";
    private static final String NOT_CORRECT = "response_onenotcorrect";
    /** Terms of a matching are numbered from here, its definitions from 1: ILIAS keeps the two apart by number. */
    static final int FIRST_TERM = 1001;

    private IliasItemWriter() {
    }

    /** ILIAS's name of the type a question becomes (the names ILIAS 5 to 10 read). */
    static String questionType(QuestionType type) {
        return switch (type) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> "SINGLE CHOICE QUESTION";
            case MULTIPLE_RESPONSE -> "MULTIPLE CHOICE QUESTION";
            case NUMERIC -> "NUMERIC QUESTION";
            case MATCHING -> "MATCHING QUESTION";
            case ORDERING -> "ORDERING QUESTION";
            case CLOZE -> "CLOZE QUESTION";
        };
    }

    static void write(XmlOut xml, Question q, String ident, Language l) {
        xml.open("item", "ident", ident, "title", q.id(), "maxattempts", "0");
        // ILIAS reads "name=value" in a comment as its own setting: the description keeps no '='.
        xml.leaf("qticomment", String.join(", ", q.tags()).replace('=', '-'));
        List<String> fields = new ArrayList<>(List.of("QUESTIONTYPE", questionType(q.type()), "AUTHOR", "factquiz"));
        switch (q.type()) {
            case MATCHING -> fields.addAll(List.of("shuffle", "1", "matching_mode", oneToOne(q) ? "1:1" : "n:n"));
            case ORDERING -> fields.addAll(List.of("points", "1"));
            case CLOZE -> fields.addAll(List.of("textgaprating", "ci", "identicalScoring", "1", "fixedTextLength", "0"));
            default -> {
            }
        }
        Qti12.metadata(xml, fields.toArray(String[]::new));
        xml.open("presentation", "label", q.id()).open("flow");
        if (q.type() != QuestionType.CLOZE) {
            Qti12.material(xml, XHTML, Html.escape(q.prompt().get(l)));
        }
        presentation(xml, q, l);
        xml.close().close();
        xml.open("resprocessing");
        Qti12.outcomes(xml);
        resprocessing(xml, q);
        xml.close();
        Feedback feedback = Feedback.of(q, l, false);
        Qti12.feedback(xml, ALL_CORRECT, XHTML, lines(ExportWords.word("right", l), feedback));
        Qti12.feedback(xml, NOT_CORRECT, XHTML, lines(ExportWords.word("wrong", l), feedback));
        xml.close();
    }

    private static boolean oneToOne(Question q) {
        return q.answer().choices().stream().distinct().count() == q.answer().choices().size();
    }

    private static String lines(String first, Feedback feedback) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(feedback.lines());
        return all.stream().map(Html::escape).collect(Collectors.joining("<br />"));
    }

    private static void presentation(XmlOut xml, Question q, Language l) {
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                boolean multiple = q.type() == QuestionType.MULTIPLE_RESPONSE;
                xml.open("response_lid", "ident", multiple ? "MCMR" : "MCSR", "rcardinality",
                        multiple ? "Multiple" : "Single").open("render_choice", "shuffle", "No");
                q.choices().forEach(c -> label(xml, c.id(), c.text().get(l)));
                xml.close().close();
            }
            case NUMERIC -> xml.open("response_num", "ident", "NUM", "rcardinality", "Single", "numtype", "Decimal")
                    .empty("render_fib", "fibtype", "Decimal", "maxchars", "12").close();
            case MATCHING -> {
                String terms = termIds(q).stream().collect(Collectors.joining(","));
                xml.open("response_grp", "ident", "MQ", "rcardinality", "Multiple").open("render_choice", "shuffle", "Yes");
                for (int i = 0; i < q.items().size(); i++) {
                    xml.open("response_label", "ident", Integer.toString(i + 1), "match_max", "1", "match_group", terms);
                    Qti12.material(xml, XHTML, Html.escape(q.items().get(i).text().get(l)));
                    xml.close();
                }
                for (int i = 0; i < q.choices().size(); i++) {
                    label(xml, Integer.toString(FIRST_TERM + i), q.choices().get(i).text().get(l));
                }
                xml.close().close();
            }
            case ORDERING -> {
                xml.open("response_lid", "ident", "OQT", "rcardinality", "Ordered").open("render_choice", "shuffle", "Yes");
                for (int i = 0; i < q.choices().size(); i++) {
                    label(xml, Integer.toString(i), q.choices().get(i).text().get(l));
                }
                xml.close().close();
            }
            case CLOZE -> {
                String[] around = Cloze.around(q.prompt().get(l));
                Qti12.material(xml, XHTML, Html.escape(around[0]));
                if (isNumber(q)) {
                    String value = Numbers.plain(number(q));
                    xml.open("response_num", "ident", "gap_0", "numtype", "Decimal", "rcardinality", "Single")
                            .empty("render_fib", "fibtype", "Decimal", "prompt", "Box", "columns", "8", "maxchars", "0",
                                    "minnumber", value, "maxnumber", value)
                            .close();
                } else {
                    int width = q.answer().accepted().stream().mapToInt(String::length).max().orElse(10) + 2;
                    xml.open("response_str", "ident", "gap_0", "rcardinality", "Single")
                            .empty("render_fib", "fibtype", "String", "prompt", "Box", "columns", Integer.toString(width),
                                    "maxchars", "0")
                            .close();
                }
                Qti12.material(xml, XHTML, Html.escape(around[1]));
            }
        }
    }

    private static void label(XmlOut xml, String ident, String text) {
        xml.open("response_label", "ident", ident);
        Qti12.material(xml, XHTML, Html.escape(text));
        xml.close();
    }

    private static List<String> termIds(Question q) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            ids.add(Integer.toString(FIRST_TERM + i));
        }
        return ids;
    }

    private static boolean isNumber(Question q) {
        return q.answer().accepted().size() == 1 && ClozeText.isNumber(q.answer().accepted().get(0));
    }

    private static double number(Question q) {
        return Double.parseDouble(q.answer().accepted().get(0).replace(',', '.'));
    }

    private static void resprocessing(XmlOut xml, Question q) {
        Question.Answer a = q.answer();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> {
                boolean multiple = q.type() == QuestionType.MULTIPLE_RESPONSE;
                String response = multiple ? "MCMR" : "MCSR";
                Weights weights = Weights.of(q);
                List<String> shares = Weights.shares(a.choices().size());
                for (Question.Choice c : q.choices()) {
                    boolean key = a.choices().contains(c.id());
                    String points = !multiple ? (key ? "1" : "0")
                            : key ? shares.get(a.choices().indexOf(c.id())) : Numbers.plain(weights.distractor());
                    // ILIAS takes a ticked choice's linked feedback as that choice's own, and finds the
                    // generic feedbacks through any link.
                    condition(xml, false, response, c.id(), points, key ? ALL_CORRECT : NOT_CORRECT);
                    condition(xml, true, response, c.id(), "0", null);
                }
            }
            case NUMERIC -> {
                double tolerance = a.tolerance() == null ? 0 : a.tolerance();
                xml.open("respcondition", "continue", "Yes").open("conditionvar")
                        .leaf("vargte", Numbers.plain(a.number() - tolerance), "respident", "NUM")
                        .leaf("varlte", Numbers.plain(a.number() + tolerance), "respident", "NUM").close();
                xml.leaf("setvar", "1", "action", "Add").close();
                generic(xml);
            }
            case MATCHING -> {
                List<String> shares = Weights.shares(q.items().size());
                for (int i = 0; i < q.items().size(); i++) {
                    int term = FIRST_TERM + choiceIndex(q, a.choices().get(i));
                    xml.open("respcondition", "continue", "Yes").open("conditionvar")
                            .leaf("varsubset", term + "," + (i + 1), "respident", "MQ").close()
                            .leaf("setvar", shares.get(i), "action", "Add").close();
                }
                generic(xml);
            }
            case ORDERING -> {
                List<String> shares = Weights.shares(a.choices().size());
                for (int k = 0; k < a.choices().size(); k++) {
                    // The content names a step by its place in the listed labels, the index where it belongs.
                    xml.open("respcondition", "continue", "Yes").open("conditionvar")
                            .leaf("varequal", Integer.toString(choiceIndex(q, a.choices().get(k))), "respident", "OQT",
                                    "index", Integer.toString(k))
                            .close().leaf("setvar", shares.get(k), "action", "Add").close();
                }
                generic(xml);
            }
            case CLOZE -> {
                List<String> accepted = isNumber(q) ? List.of(Numbers.plain(number(q))) : a.accepted();
                for (String word : accepted) {
                    xml.open("respcondition", "continue", "Yes").open("conditionvar")
                            .leaf("varequal", word, "respident", "gap_0").close()
                            .leaf("setvar", "1", "action", "Add").close();
                }
                generic(xml);
            }
        }
    }

    private static void condition(XmlOut xml, boolean unticked, String response, String choice, String points,
                                  String feedback) {
        xml.open("respcondition", "continue", "Yes").open("conditionvar");
        if (unticked) {
            xml.open("not");
        }
        xml.leaf("varequal", choice, "respident", response);
        if (unticked) {
            xml.close();
        }
        xml.close().leaf("setvar", points, "action", "Add");
        if (feedback != null) {
            xml.empty("displayfeedback", "feedbacktype", "Response", "linkrefid", feedback);
        }
        xml.close();
    }

    /** The two generic feedbacks, linked from conditions that always hold, so that ILIAS imports both. */
    private static void generic(XmlOut xml) {
        for (String feedback : List.of(ALL_CORRECT, NOT_CORRECT)) {
            xml.open("respcondition", "continue", "Yes").open("conditionvar").empty("other").close();
            xml.empty("displayfeedback", "feedbacktype", "Response", "linkrefid", feedback).close();
        }
    }

    private static int choiceIndex(Question q, String id) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(q.id() + " has no choice " + id);
    }
}
