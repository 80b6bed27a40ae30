package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * One question as a QTI 2.1 assessmentItem (imsqti_v2p1.xsd): a choiceInteraction for single and
 * multiple choice and true/false, an orderInteraction, a matchInteraction, and a textEntryInteraction
 * in the gap of a numeric or cloze question. Scoring uses the standard templates where they fit
 * (match_correct; map_response for partial credit and for a gap's accepted words, compared ignoring
 * case); a number is right within its tolerance, which only an {@code equal} with
 * {@code toleranceMode="absolute"} can say. The general feedback is a modalFeedback shown after
 * every attempt: its outcome's default value selects it.
 */
final class QtiItemWriter {
    static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    static final String SCHEMA_LOCATION = NAMESPACE + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd";
    private static final String TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/";
    private static final String RESPONSE = "RESPONSE";
    private static final String FEEDBACK = "general";

    private QtiItemWriter() {
    }

    static String write(Question q, String identifier, Language l) {
        XmlOut xml = new XmlOut();
        xml.root("assessmentItem", NAMESPACE, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
                "xsi:schemaLocation", SCHEMA_LOCATION, "identifier", identifier, "title", q.id(),
                "label", q.id(), "xml:lang", l.code(), "adaptive", "false", "timeDependent", "false",
                "toolName", "factquiz");
        responseDeclaration(xml, q);
        xml.open("outcomeDeclaration", "identifier", "SCORE", "cardinality", "single", "baseType", "float",
                "normalMaximum", "1");
        xml.open("defaultValue").leaf("value", "0").close().close();
        xml.open("outcomeDeclaration", "identifier", "FEEDBACK", "cardinality", "single", "baseType", "identifier");
        xml.open("defaultValue").leaf("value", FEEDBACK).close().close();
        xml.open("itemBody");
        body(xml, q, l);
        xml.close();
        responseProcessing(xml, q);
        xml.open("modalFeedback", "outcomeIdentifier", "FEEDBACK", "identifier", FEEDBACK, "showHide", "show");
        for (String line : Feedback.of(q, l, false).lines()) {
            xml.leaf("p", line);
        }
        xml.close();
        xml.close();
        return xml.finish();
    }

    private static void responseDeclaration(XmlOut xml, Question q) {
        Question.Answer a = q.answer();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> declare(xml, "single", "identifier", a.choices(), null);
            case MULTIPLE_RESPONSE -> {
                int distractors = q.choices().size() - a.choices().size();
                List<String[]> entries = new ArrayList<>();
                List<String> shares = Weights.shares(a.choices().size());
                for (int i = 0; i < a.choices().size(); i++) {
                    entries.add(new String[] {a.choices().get(i), shares.get(i)});
                }
                for (Question.Choice c : q.choices()) {
                    if (!a.choices().contains(c.id())) {
                        entries.add(new String[] {c.id(), Numbers.plain(-1.0 / distractors)});
                    }
                }
                declare(xml, "multiple", "identifier", a.choices(), entries);
            }
            case ORDERING -> declare(xml, "ordered", "identifier", a.choices(), null);
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < q.items().size(); i++) {
                    pairs.add(left(q.items().get(i).id()) + " " + right(a.choices().get(i)));
                }
                List<String[]> entries = new ArrayList<>();
                List<String> shares = Weights.shares(pairs.size());
                for (int i = 0; i < pairs.size(); i++) {
                    entries.add(new String[] {pairs.get(i), shares.get(i)});
                }
                declare(xml, "multiple", "directedPair", pairs, entries);
            }
            case NUMERIC -> declare(xml, "single", "float", List.of(Numbers.plain(a.number())), null);
            case CLOZE -> {
                List<String[]> entries = a.accepted().stream().map(w -> new String[] {w, "1"}).toList();
                declare(xml, "single", "string", a.accepted().subList(0, 1), entries);
            }
        }
    }

    private static void declare(XmlOut xml, String cardinality, String baseType, List<String> correct,
                                List<String[]> mapping) {
        xml.open("responseDeclaration", "identifier", RESPONSE, "cardinality", cardinality, "baseType", baseType);
        xml.open("correctResponse");
        correct.forEach(v -> xml.leaf("value", v));
        xml.close();
        if (mapping != null) {
            boolean text = baseType.equals("string");
            if (text) {
                xml.open("mapping", "defaultValue", "0", "upperBound", "1");
            } else {
                xml.open("mapping", "defaultValue", "0", "lowerBound", "0", "upperBound", "1");
            }
            for (String[] entry : mapping) {
                if (text) {
                    xml.empty("mapEntry", "mapKey", entry[0], "mappedValue", entry[1], "caseSensitive", "false");
                } else {
                    xml.empty("mapEntry", "mapKey", entry[0], "mappedValue", entry[1]);
                }
            }
            xml.close();
        }
        xml.close();
    }

    private static void body(XmlOut xml, Question q, Language l) {
        switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE -> {
                xml.open("choiceInteraction", "responseIdentifier", RESPONSE, "shuffle", "false", "maxChoices",
                        q.type() == QuestionType.MULTIPLE_RESPONSE ? "0" : "1");
                xml.leaf("prompt", q.prompt().get(l));
                q.choices().forEach(c -> xml.leaf("simpleChoice", c.text().get(l), "identifier", c.id()));
                xml.close();
            }
            case ORDERING -> {
                xml.open("orderInteraction", "responseIdentifier", RESPONSE, "shuffle", "false");
                xml.leaf("prompt", q.prompt().get(l));
                q.choices().forEach(c -> xml.leaf("simpleChoice", c.text().get(l), "identifier", c.id()));
                xml.close();
            }
            case MATCHING -> {
                String items = Integer.toString(q.items().size());
                xml.open("matchInteraction", "responseIdentifier", RESPONSE, "shuffle", "false", "maxAssociations",
                        items);
                xml.leaf("prompt", q.prompt().get(l));
                xml.open("simpleMatchSet");
                q.items().forEach(c -> xml.leaf("simpleAssociableChoice", c.text().get(l), "identifier", left(c.id()),
                        "matchMax", "1"));
                xml.close();
                xml.open("simpleMatchSet");
                // A partner may stand for more than one item.
                q.choices().forEach(c -> xml.leaf("simpleAssociableChoice", c.text().get(l), "identifier",
                        right(c.id()), "matchMax", items));
                xml.close();
                xml.close();
            }
            case NUMERIC, CLOZE -> {
                String[] around = Cloze.around(q.prompt().get(l));
                int length = q.type() == QuestionType.NUMERIC ? 8
                        : q.answer().accepted().stream().mapToInt(String::length).max().orElse(10) + 2;
                xml.openLine("p").text(around[0])
                        .inline("textEntryInteraction", "responseIdentifier", RESPONSE, "expectedLength",
                                Integer.toString(length))
                        .text(around[1]).closeLine();
            }
        }
    }

    private static void responseProcessing(XmlOut xml, Question q) {
        switch (q.type()) {
            case MULTIPLE_RESPONSE, MATCHING, CLOZE -> xml.empty("responseProcessing", "template",
                    TEMPLATES + "map_response");
            case NUMERIC -> {
                String tolerance = Numbers.plain(q.answer().tolerance() == null ? 0 : q.answer().tolerance());
                xml.open("responseProcessing").open("responseCondition");
                xml.open("responseIf").open("isNull").empty("variable", "identifier", RESPONSE).close();
                score(xml, "0").close();
                xml.open("responseElseIf");
                // A tolerance must be positive: a year is compared exactly.
                if (q.answer().tolerance() == null || q.answer().tolerance() <= 0) {
                    xml.open("equal", "toleranceMode", "exact");
                } else {
                    xml.open("equal", "toleranceMode", "absolute", "tolerance", tolerance);
                }
                xml.empty("variable", "identifier", RESPONSE).empty("correct", "identifier", RESPONSE).close();
                score(xml, "1").close();
                xml.open("responseElse");
                score(xml, "0").close();
                xml.close().close();
            }
            default -> xml.empty("responseProcessing", "template", TEMPLATES + "match_correct");
        }
    }

    private static XmlOut score(XmlOut xml, String value) {
        return xml.open("setOutcomeValue", "identifier", "SCORE").leaf("baseValue", value, "baseType", "float").close();
    }

    /** The left side of a matching question: its items 1, 2, ... as identifiers L1, L2, ... */
    static String left(String item) {
        return "L" + item;
    }

    /** The right side: choices a, b, ... as Ra, Rb, ... */
    static String right(String choice) {
        return "R" + choice;
    }
}
