package org.factquiz.quiz;

import static org.factquiz.quiz.QuizCounts.LETTERS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;

/**
 * Balancing coverage against the share of true/false questions: facts that only a true/false
 * statement left out of the set would reach are asked together, "Which of these statements are
 * true?", two to four true statements (of one topic where they suffice) beside two false ones. Every statement is one
 * the engine verified for its own true/false question (true ones SUPPORTED, false ones REFUTED).
 */
final class StatementGroups {
    /** The rule name a grouped question carries: the statements come from the rules named in its sources. */
    static final String RULE = "Statements of one topic can be asked together";
    static final String TEMPLATE = "ask-true-statements";
    private static final int MOST_TRUE = 3;
    private static final int FALSE = 2;

    private StatementGroups() {
    }

    static List<Question> group(List<Question> questions, List<Question> spares, Writer writer,
                                List<QuizSet.Dropped> dropped, long seed) throws QuestionWording.CannotWord {
        Set<String> covered = new HashSet<>();
        questions.forEach(q -> q.sources().forEach(s -> covered.add(s.fact())));
        // Plain statements of one fact: a link's "because" or a chain through a title stays a question of its own.
        List<Question> statementsOnly = spares.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE
                && q.template().equals("statement") && q.skill().equals("recall")).distinct().sorted(Comparator.comparing(Question::id)).toList();
        List<Question> trues = new ArrayList<>();
        for (Question q : statementsOnly.stream().sorted(Comparator.comparing(Question::topic)
                .thenComparing(Question::id)).toList()) {
            if (q.answer().truth() && q.sources().stream().anyMatch(s -> !covered.contains(s.fact()))) {
                trues.add(q);
                q.sources().forEach(s -> covered.add(s.fact()));
            }
        }
        List<Question> falses = new ArrayList<>(statementsOnly.stream().filter(q -> !q.answer().truth()).toList());
        List<Question> out = new ArrayList<>(questions);
        Set<String> used = new HashSet<>();
        // Groups of three true statements, topic by topic; a last one left alone joins the group before it.
        List<List<Question>> groups = new ArrayList<>();
        for (int at = 0; at < trues.size(); at += MOST_TRUE) {
            groups.add(new ArrayList<>(trues.subList(at, Math.min(trues.size(), at + MOST_TRUE))));
        }
        if (groups.size() > 1 && groups.get(groups.size() - 1).size() == 1) {
            groups.get(groups.size() - 2).addAll(groups.remove(groups.size() - 1));
        }
        for (List<Question> keys : groups) {
            if (keys.size() < 2) {
                break;
            }
            String topic = keys.get(0).topic();
            List<Question> wrong = falses.stream()
                    .sorted(Comparator.comparing((Question q) -> q.topic().equals(topic) ? 0 : 1)
                            .thenComparing(Question::id))
                    .limit(FALSE).toList();
            if (wrong.size() < FALSE) {
                break;
            }
            falses.removeAll(wrong);
            out.add(grouped(keys, wrong, writer, seed));
            keys.forEach(q -> used.add(q.id()));
            wrong.forEach(q -> used.add(q.id()));
        }
        dropped.removeIf(d -> used.contains(d.question()));
        return out;
    }

    private static Question grouped(List<Question> keys, List<Question> wrong, Writer writer, long seed)
            throws QuestionWording.CannotWord {
        String id = "which-true-" + keys.get(0).sources().get(0).fact();
        List<Question> shown = new ArrayList<>(keys);
        shown.addAll(wrong);
        Collections.shuffle(shown, new Random(seed ^ id.hashCode()));
        List<Question.Choice> choices = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Question q = shown.get(i);
            Map<Language, String> text = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                text.put(l, statementOf(q, writer, l));
            }
            choices.add(new Question.Choice(LETTERS.get(i), text));
            if (q.answer().truth()) {
                right.add(LETTERS.get(i));
            }
        }
        Map<Language, String> prompt = new EnumMap<>(Language.class);
        Map<Language, String> explanation = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            prompt.put(l, QuestionWording.fill(writer, TEMPLATE, l, null, Map.of(), Map.of()));
            Set<String> lines = new LinkedHashSet<>();
            shown.stream().sorted(Comparator.comparing(Question::id))
                    .forEach(q -> lines.addAll(List.of(q.explanation().get(l).split("\n"))));
            explanation.put(l, String.join("\n", lines));
        }
        List<Question.Source> sources = new ArrayList<>();
        shown.stream().sorted(Comparator.comparing(Question::id)).flatMap(q -> q.sources().stream())
                .filter(s -> sources.stream().noneMatch(x -> x.fact().equals(s.fact()))).forEach(sources::add);
        List<Question.Reasoning> reasoning = shown.stream().sorted(Comparator.comparing(Question::id))
                .flatMap(q -> q.reasoning().stream()).distinct().toList();
        int difficulty = Math.min(5, shown.stream().mapToInt(Question::difficulty).max().orElse(1) + 1);
        String topic = keys.get(0).topic();
        return new Question(id, QuestionType.MULTIPLE_RESPONSE, topic, "recall", difficulty,
                List.of(topic, "recall", QuestionType.MULTIPLE_RESPONSE.label()), prompt, choices, List.of(),
                new Question.Answer(right, null, null, null, null, null), explanation, sources, reasoning, RULE,
                TEMPLATE);
    }

    /** The statement of a true/false question: its prompt without the words of the "statement" template. */
    static String statementOf(Question q, Writer writer, Language l) {
        String template = writer.templates().prompt("statement", l).orElse("{statement}");
        int slot = template.indexOf("{statement}");
        String before = template.substring(0, slot);
        String after = template.substring(slot + "{statement}".length());
        String prompt = q.prompt().get(l);
        return prompt.substring(Math.min(before.length(), prompt.length()),
                Math.max(before.length(), prompt.length() - after.length())).strip();
    }
}
