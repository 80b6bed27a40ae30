package org.factquiz.export;

import static org.factquiz.export.CanvasReadBack.children;
import static org.factquiz.export.CanvasReadBack.first;
import static org.factquiz.export.CanvasReadBack.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A QTI 1.2 file read the way ILIAS imports it into a question pool (ILIAS-eLearning/ILIAS,
 * components/ILIAS/QTI/classes/class.ilQTIParser.php and class.ilQTIItem.php,
 * components/ILIAS/TestQuestionPool/classes/import/qti12):
 * <ul>
 *   <li>the parser's check lists every item with the type its {@code QUESTIONTYPE} field names
 *       (else one guessed from its response element); an item without a type is not imported, a
 *       file with none is refused ("qpl_import_non_ilias_files"); ilQTIItem::determineQuestionType maps
 *       the names to ILIAS's classes;</li>
 *   <li>choices (assSingleChoiceImport, assMultipleChoiceImport): the labels in order, the points of
 *       a {@code varequal} condition for ticking, of a {@code not varequal} one for leaving it;</li>
 *   <li>numeric: the bounds from {@code vargte}/{@code varlte}, the points from {@code setvar};</li>
 *   <li>matching: labels with {@code match_max="1"} and a {@code match_group} are definitions, the
 *       others terms; each {@code varsubset} a pair with its points, its identifiers taken as numbers;</li>
 *   <li>ordering: the labels indexed 0, 1, ... in order; a {@code varequal} names the label (by that
 *       index) that stands at its {@code index};</li>
 *   <li>cloze: the materials and gaps in order make the text, each {@code varequal} of a text or
 *       numeric gap an answer with its points, a numeric gap's bounds from {@code render_fib};</li>
 *   <li>the generic feedback {@code response_allcorrect} / {@code response_onenotcorrect}, taken when a
 *       condition that sets points (or, for some types, any condition) links a feedback.</li>
 * </ul>
 * Implemented here from those files; ILIAS itself does not run in the tests.
 */
final class IliasReadBack {
    /** The type names ILIAS 10 still reads from files of earlier versions, and the classes they become. */
    static final Map<String, String> TYPES = Map.of("SINGLE CHOICE QUESTION", "assSingleChoice",
            "MULTIPLE CHOICE QUESTION", "assMultipleChoice", "NUMERIC QUESTION", "assNumeric",
            "MATCHING QUESTION", "assMatchingQuestion", "ORDERING QUESTION", "assOrderingQuestion",
            "CLOZE QUESTION", "assClozeTest");

    /** A choice, ordering element, matching term or definition with its points. */
    record Answer(String ident, String text, double points, double unchecked) {
    }

    /** A matching pair: term and definition identifiers, as numbers, and its points. */
    record Pair(double term, int definition, double points) {
    }

    record Imported(String ident, String title, String type, String question, List<Answer> answers,
                    Map<String, String> metadata, Double lower, Double upper, double points, List<Answer> terms,
                    List<Pair> pairs, List<String> order, String clozeText, Map<Integer, String> genericFeedback) {
    }

    private IliasReadBack() {
    }

    static List<Imported> read(byte[] qti) {
        Element root = CanvasReadBack.parse(qti);
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
        Element presentation = first(item, "presentation");
        String type = type(meta.get("QUESTIONTYPE"), presentation);
        String question = text(first(first(presentation, "material"), "mattext"));
        List<Element> conditions = children(item, "respcondition");
        List<Answer> answers = new ArrayList<>();
        List<Answer> terms = new ArrayList<>();
        List<Pair> pairs = new ArrayList<>();
        List<String> order = new ArrayList<>();
        Double lower = null;
        Double upper = null;
        double points = 0;
        String cloze = null;
        switch (type) {
            case "assSingleChoice", "assMultipleChoice" -> {
                for (Element label : children(presentation, "response_label")) {
                    String ident = label.getAttribute("ident");
                    double checked = 0;
                    double unchecked = 0;
                    for (Element condition : conditions) {
                        Element equal = first(condition, "varequal");
                        Element setvar = first(condition, "setvar");
                        if (equal != null && setvar != null && text(equal).equals(ident)) {
                            if (under(equal, "not")) {
                                unchecked = Double.parseDouble(text(setvar));
                            } else {
                                checked = Double.parseDouble(text(setvar));
                            }
                        }
                    }
                    answers.add(new Answer(ident, labelText(label), checked, unchecked));
                }
            }
            case "assNumeric" -> {
                for (Element condition : conditions) {
                    if (first(condition, "vargte") != null) {
                        lower = Double.parseDouble(text(first(condition, "vargte")));
                    }
                    if (first(condition, "varlte") != null) {
                        upper = Double.parseDouble(text(first(condition, "varlte")));
                    }
                    if (first(condition, "setvar") != null) {
                        points = Double.parseDouble(text(first(condition, "setvar")));
                    }
                }
            }
            case "assMatchingQuestion" -> {
                for (Element label : children(presentation, "response_label")) {
                    Answer answer = new Answer(label.getAttribute("ident"), labelText(label), 0, 0);
                    boolean definition = "1".equals(label.getAttribute("match_max"))
                            && !label.getAttribute("match_group").isEmpty();
                    (definition ? answers : terms).add(answer);
                }
                for (Element condition : conditions) {
                    Element subset = first(condition, "varsubset");
                    Element setvar = first(condition, "setvar");
                    if (subset != null && setvar != null) {
                        Double term = null;
                        Integer definition = null;
                        for (String ident : text(subset).split(",")) {
                            if (answers.stream().anyMatch(a -> a.ident().equals(ident))) {
                                definition = (int) Double.parseDouble(ident);
                            }
                            if (terms.stream().anyMatch(a -> a.ident().equals(ident))) {
                                term = Double.parseDouble(ident);
                            }
                        }
                        pairs.add(new Pair(term, definition, Double.parseDouble(text(setvar))));
                    }
                }
            }
            case "assOrderingQuestion" -> {
                List<Element> labels = children(presentation, "response_label");
                labels.forEach(l -> answers.add(new Answer(l.getAttribute("ident"), labelText(l), 0, 0)));
                Map<Integer, String> solution = new TreeMap<>();
                for (Element condition : conditions) {
                    Element equal = first(condition, "varequal");
                    Element setvar = first(condition, "setvar");
                    if (equal != null && setvar != null) {
                        // The content indexes the list of labels as ILIAS numbered them while reading.
                        solution.put(Integer.parseInt(equal.getAttribute("index")),
                                labelText(labels.get(Integer.parseInt(text(equal)))));
                        points += Double.parseDouble(text(setvar));
                    }
                }
                order.addAll(solution.values());
                if (meta.containsKey("points") && Double.parseDouble(meta.get("points")) > 0) {
                    points = Double.parseDouble(meta.get("points"));
                }
            }
            case "assClozeTest" -> {
                StringBuilder text = new StringBuilder();
                Map<String, List<String>> gaps = new LinkedHashMap<>();
                for (Node node = first(presentation, "flow").getFirstChild(); node != null; node = node.getNextSibling()) {
                    if (node instanceof Element e && e.getNodeName().equals("material")) {
                        text.append(text(first(e, "mattext")));
                    } else if (node instanceof Element e && e.getNodeName().startsWith("response_")) {
                        text.append("<<").append(e.getAttribute("ident")).append(">>");
                        gaps.put(e.getAttribute("ident"), new ArrayList<>());
                        if (e.getNodeName().equals("response_num")) {
                            lower = Double.parseDouble(first(e, "render_fib").getAttribute("minnumber"));
                            upper = Double.parseDouble(first(e, "render_fib").getAttribute("maxnumber"));
                        }
                    }
                }
                for (Element condition : conditions) {
                    Element equal = first(condition, "varequal");
                    Element setvar = first(condition, "setvar");
                    if (equal != null && setvar != null && gaps.containsKey(equal.getAttribute("respident"))) {
                        gaps.get(equal.getAttribute("respident")).add(text(equal));
                        answers.add(new Answer(equal.getAttribute("respident"), text(equal),
                                Double.parseDouble(text(setvar)), 0));
                    }
                }
                cloze = text.toString();
                for (Map.Entry<String, List<String>> gap : gaps.entrySet()) {
                    cloze = cloze.replace("<<" + gap.getKey() + ">>", "[gap]" + String.join(",", gap.getValue()) + "[/gap]");
                }
            }
            default -> {
            }
        }
        return new Imported(item.getAttribute("ident"), item.getAttribute("title"), type, question, answers, meta,
                lower, upper, points, terms, pairs, order, cloze, genericFeedback(item, conditions));
    }

    /**
     * The points ILIAS gives a learner who ticks {@code ticked} (by identifier): a single choice
     * the ticked answer's points; a multiple choice, for every answer, its points if ticked and its
     * unticked points if not, the sum never below 0 (assMultipleChoice::calculateReachedPoints).
     */
    static double scoreChoices(Imported q, Set<String> ticked) {
        if (q.type().equals("assSingleChoice")) {
            return q.answers().stream().filter(a -> ticked.contains(a.ident())).mapToDouble(Answer::points).sum();
        }
        double sum = q.answers().stream().mapToDouble(a -> ticked.contains(a.ident()) ? a.points() : a.unchecked()).sum();
        return Math.max(0, sum);
    }

    /** A number within the bounds, both included, earns the question's points. */
    static double scoreNumber(Imported q, double given) {
        return given >= q.lower() && given <= q.upper() ? q.points() : 0;
    }

    /** Each pair given (term, definition by number) earns that pair's points. */
    static double scoreMatches(Imported q, Set<Pair> given) {
        return q.pairs().stream().filter(p -> given.stream().anyMatch(g -> g.term() == p.term()
                && g.definition() == p.definition())).mapToDouble(Pair::points).sum();
    }

    /** An ordering earns its points only in exactly the right order (ILIAS's default scoring). */
    static double scoreOrder(Imported q, List<String> given) {
        return given.equals(q.order()) ? q.points() : 0;
    }

    /**
     * A gap earns the points of the best answer it matches: a word, case aside ({@code textgaprating
     * ci}); a number, within the gap's bounds.
     */
    static double scoreGap(Imported q, String given) {
        if (q.lower() != null) {
            double x = Double.parseDouble(given.replace(',', '.'));
            return x >= q.lower() && x <= q.upper() ? q.answers().stream().mapToDouble(Answer::points).max().orElse(0) : 0;
        }
        boolean ci = "ci".equals(q.metadata().get("textgaprating"));
        return q.answers().stream().filter(a -> ci ? a.text().equalsIgnoreCase(given.strip()) : a.text().equals(given))
                .mapToDouble(Answer::points).max().orElse(0);
    }

    /** ILIAS's class for the type named, as determineQuestionType finds it. */
    private static String type(String named, Element presentation) {
        if (named != null && !named.equals("MULTIPLE CHOICE QUESTION") && TYPES.containsKey(named)) {
            return TYPES.get(named);
        }
        Element lid = first(presentation, "response_lid");
        if (lid != null) {
            return switch (lid.getAttribute("rcardinality")) {
                case "Ordered" -> "assOrderingQuestion";
                case "Multiple" -> "assMultipleChoice";
                default -> "assSingleChoice";
            };
        }
        return named == null ? "" : named;
    }

    /** The generic feedback ILIAS imports: 1 after a right answer, 0 after a wrong one, when some condition links one. */
    private static Map<Integer, String> genericFeedback(Element item, List<Element> conditions) {
        Map<Integer, String> feedback = new TreeMap<>();
        boolean linked = conditions.stream().flatMap(c -> children(c, "displayfeedback").stream())
                .anyMatch(d -> !d.getAttribute("linkrefid").isEmpty());
        if (!linked) {
            return feedback;
        }
        for (Element f : children(item, "itemfeedback")) {
            if (f.getAttribute("ident").equals("response_allcorrect")) {
                feedback.put(1, text(first(f, "mattext")));
            } else if (f.getAttribute("ident").equals("response_onenotcorrect")) {
                feedback.put(0, text(first(f, "mattext")));
            }
        }
        return feedback;
    }

    private static boolean under(Element element, String name) {
        for (Node n = element.getParentNode(); n != null && !n.getNodeName().equals("conditionvar"); n = n.getParentNode()) {
            if (n.getNodeName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static String labelText(Element label) {
        return text(first(label, "mattext"));
    }
}
