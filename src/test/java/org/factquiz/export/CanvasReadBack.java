package org.factquiz.export;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A QTI 1.2 file read the way Canvas's importer reads it into its own questions: the QTI migration
 * tool (instructure/QTIMigrationTool, lib/imsqtiv1.py) turns each item into QTI 2 with the
 * {@code qtimetadata} fields kept as instructureMetadata, and gems/plugins/qti_exporter in
 * instructure/canvas-lms makes a question of it:
 * <ul>
 *   <li>the type is the {@code question_type} field, if it is one of Canvas's types
 *       (assessment_item_converter.rb); the points are {@code points_possible};</li>
 *   <li>choices (choice_interaction.rb): every {@code response_label}, weight 100 for those the
 *       condition that sets the score requires ({@code varequal}, not under {@code not});</li>
 *   <li>a number (numeric_interaction.rb): {@code or} gives the exact value, its
 *       {@code and}/{@code varlte} the margin as upper bound minus value;</li>
 *   <li>matching (associate_interaction.rb, canvas_matching): the first list's labels are the
 *       matches, each {@code response_lid} an answer whose match the condition adding to the score names;</li>
 *   <li>blanks (fill_in_the_blank.rb, process_canvas): each {@code response_lid} "response_X" is blank X,
 *       every label of it a right answer;</li>
 *   <li>feedback by its ident: "wrong|incorrect" is the incorrect comment, then "correct" the correct
 *       one, then "general_" the neutral one every learner sees (get_feedback).</li>
 * </ul>
 * These are the tool's and the plugin's rules, implemented here: neither runs in the tests (the
 * tool is no package of any registry, the plugin needs a Canvas).
 */
final class CanvasReadBack {
    /** Canvas's question types (AssessmentQuestion::ALL_QUESTION_TYPES). */
    static final Set<String> CANVAS_TYPES = Set.of("multiple_answers_question", "fill_in_multiple_blanks_question",
            "matching_question", "missing_word_question", "multiple_choice_question", "numerical_question",
            "text_only_question", "short_answer_question", "multiple_dropdowns_question", "calculated_question",
            "essay_question", "true_false_question", "file_upload_question");

    /** An answer: a choice with its weight, a matching's left side with its match, or a blank's word. */
    record Answer(String text, int weight, String match, String blank) {
    }

    /** A question as Canvas holds it after the import. */
    record Imported(String ident, String title, String type, double points, String text, List<Answer> answers,
                    Double exact, Double margin, Map<String, String> comments) {
    }

    private CanvasReadBack() {
    }

    static List<Imported> read(byte[] qti) {
        Element root = parse(qti);
        List<Imported> questions = new ArrayList<>();
        for (Element item : children(root, "item")) {
            questions.add(question(item));
        }
        return questions;
    }

    private static Imported question(Element item) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (Element field : children(item, "qtimetadatafield")) {
            meta.put(text(first(field, "fieldlabel")), text(first(field, "fieldentry")));
        }
        String type = meta.get("question_type");
        if (!CANVAS_TYPES.contains(type)) {
            type = null;
        }
        Element presentation = first(item, "presentation");
        String text = text(first(first(presentation, "material"), "mattext"));
        List<Answer> answers = new ArrayList<>();
        Double exact = null;
        Double margin = null;
        List<Element> conditions = children(item, "respcondition");
        if (type != null) {
            switch (type) {
                case "multiple_choice_question", "true_false_question", "multiple_answers_question" -> {
                    List<String> right = requiredChoices(conditions);
                    for (Element label : children(first(presentation, "response_lid"), "response_label")) {
                        answers.add(new Answer(labelText(label), right.contains(label.getAttribute("ident")) ? 100 : 0,
                                null, null));
                    }
                }
                case "numerical_question" -> {
                    Element scoring = conditions.stream().filter(CanvasReadBack::setsFullScore).findFirst().orElseThrow();
                    Element or = first(scoring, "or");
                    String value = text(first(or, "varequal"));
                    exact = Double.parseDouble(value);
                    Element upper = first(first(or, "and"), "varlte");
                    margin = upper == null ? null
                            : new BigDecimal(text(upper)).subtract(new BigDecimal(value)).doubleValue();
                }
                case "matching_question" -> {
                    List<Element> lists = children(presentation, "response_lid");
                    Map<String, String> matches = new LinkedHashMap<>();
                    children(lists.get(0), "response_label").forEach(l -> matches.put(l.getAttribute("ident"), labelText(l)));
                    for (Element list : lists) {
                        String match = null;
                        for (Element condition : conditions) {
                            Element equal = first(condition, "varequal");
                            if (equal != null && equal.getAttribute("respident").equals(list.getAttribute("ident"))
                                    && adds(condition)) {
                                match = matches.get(text(equal));
                            }
                        }
                        answers.add(new Answer(text(first(first(list, "material"), "mattext")), 100, match, null));
                    }
                }
                case "fill_in_multiple_blanks_question" -> {
                    for (Element list : children(presentation, "response_lid")) {
                        String blank = list.getAttribute("ident").replaceFirst("^response_", "");
                        children(list, "response_label").forEach(l -> answers.add(new Answer(labelText(l), 100, null, blank)));
                    }
                }
                default -> {
                }
            }
        }
        Map<String, String> comments = new LinkedHashMap<>();
        for (Element feedback : children(item, "itemfeedback")) {
            String id = feedback.getAttribute("ident");
            String comment = text(first(feedback, "mattext"));
            if (id.matches("(?i).*(wrong|incorrect|_IC$).*")) {
                comments.put("incorrect_comments", comment);
            } else if (id.matches("(?i).*(correct|_C$).*")) {
                comments.put("correct_comments", comment);
            } else if (id.matches("(?i).*(general_|_all).*")) {
                comments.put("neutral_comments", comment);
            }
        }
        double points = meta.containsKey("points_possible") ? Math.max(0, Double.parseDouble(meta.get("points_possible")))
                : 1;
        return new Imported(item.getAttribute("ident"), item.getAttribute("title"), type, points, text, answers, exact,
                margin, comments);
    }

    /**
     * The share of its points Canvas gives a learner who ticks the answers {@code ticked} (by text),
     * as Classic Quizzes score the imported question: a single choice is right with a weight-100
     * answer; multiple answers earn a share per right answer ticked and lose one per wrong answer
     * ticked, never below 0.
     */
    static double scoreChoices(Imported q, Set<String> ticked) {
        long right = q.answers().stream().filter(a -> a.weight() == 100).count();
        long rightTicked = q.answers().stream().filter(a -> a.weight() == 100 && ticked.contains(a.text())).count();
        long wrongTicked = q.answers().stream().filter(a -> a.weight() != 100 && ticked.contains(a.text())).count();
        if (!"multiple_answers_question".equals(q.type())) {
            return ticked.size() == 1 && rightTicked == 1 ? 1 : 0;
        }
        return Math.max(0, (rightTicked - wrongTicked) / (double) right);
    }

    /** A number is right within the margin of the exact value, both ends included (BigDecimal, as Canvas compares). */
    static double scoreNumber(Imported q, BigDecimal given) {
        BigDecimal exact = new BigDecimal(Double.toString(q.exact()));
        BigDecimal margin = new BigDecimal(Double.toString(q.margin() == null ? 0 : q.margin()));
        return given.compareTo(exact.subtract(margin)) >= 0 && given.compareTo(exact.add(margin)) <= 0 ? 1 : 0;
    }

    /** A matching earns a share per left side given its match (by text). */
    static double scoreMatches(Imported q, Map<String, String> given) {
        long right = q.answers().stream().filter(a -> a.match() != null && a.match().equals(given.get(a.text()))).count();
        return right / (double) q.answers().size();
    }

    /** Blanks earn a share each for a word that is one of the blank's answers, case and outer spaces aside. */
    static double scoreBlanks(Imported q, Map<String, String> given) {
        Set<String> blanks = new java.util.TreeSet<>();
        q.answers().forEach(a -> blanks.add(a.blank()));
        long right = blanks.stream().filter(b -> given.containsKey(b) && q.answers().stream()
                .anyMatch(a -> a.blank().equals(b) && a.text().strip().equalsIgnoreCase(given.get(b).strip()))).count();
        return right / (double) blanks.size();
    }

    /** The choices the condition that sets the full score requires to be chosen. */
    private static List<String> requiredChoices(List<Element> conditions) {
        List<String> right = new ArrayList<>();
        for (Element condition : conditions) {
            if (setsFullScore(condition)) {
                for (Element equal : children(condition, "varequal")) {
                    if (!"not".equals(equal.getParentNode().getNodeName())) {
                        right.add(text(equal));
                    }
                }
            }
        }
        return right;
    }

    private static boolean setsFullScore(Element condition) {
        return children(condition, "setvar").stream().anyMatch(s -> "Set".equals(s.getAttribute("action"))
                && "SCORE".equals(s.getAttribute("varname")) && Double.parseDouble(text(s)) == 100);
    }

    private static boolean adds(Element condition) {
        return children(condition, "setvar").stream().anyMatch(s -> "Add".equals(s.getAttribute("action")));
    }

    private static String labelText(Element label) {
        return text(first(label, "mattext"));
    }

    static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            // ILIAS's files name the DTD; an importer does not fetch it (and nor may a test).
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("the QTI file does not parse: " + e.getMessage(), e);
        }
    }

    /** Every element named {@code name} below {@code parent}, in document order. */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        NodeList nodes = parent.getElementsByTagName(name);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    static Element first(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    static String text(Node node) {
        return node == null ? null : node.getTextContent();
    }
}
