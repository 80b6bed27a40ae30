package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factquiz.model.Enumeration;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuestionType;
import org.factquiz.model.QuizOption;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;

/** Counting: how hard each question is, which facts no question reaches, and the measures of the set. */
final class QuizCounts {
    static final List<String> LETTERS = List.of("a", "b", "c", "d", "e", "f", "g", "h");
    static final int CHOICES = 4;

    private QuizCounts() {
    }

    /**
     * 1 for recalling one certain fact; +1 per inference step; +1 for understanding (why, order,
     * reversed comparisons); +1 when a distractor shares the key's exact type; +1 when the fact
     * must be attributed. Capped at 5.
     */
    static int difficulty(QuestionDraft d, List<QuizOption> distractors) {
        int score = 1 + d.depth();
        if (d.skill().equals("understanding")) {
            score++;
        }
        if (distractors.stream().anyMatch(o -> o.closeness() >= 2)) {
            score++;
        }
        if (d.accordingTo() != null) {
            score++;
        }
        return Math.min(5, score);
    }

    static List<QuizSet.Uncovered> uncovered(FactBase facts, List<Question> questions,
                                             Map<String, QuestionDraft> drafts, List<QuizSet.Dropped> dropped) {
        Set<String> covered = new HashSet<>();
        for (Question q : questions) {
            q.sources().forEach(s -> covered.add(s.fact()));
        }
        for (Statement s : facts.statements()) {
            if (s instanceof Relation r && r.list() != null && covered.contains(r.id())) {
                covered.add(r.list());
            }
        }
        for (Statement s : facts.statements()) {
            if (s instanceof Enumeration e && covered.contains(e.id())) {
                facts.statements().stream()
                        .filter(x -> x instanceof Relation r && e.id().equals(r.list()))
                        .forEach(x -> covered.add(x.id()));
            }
        }
        // Every dropped question of a fact, each with its reason: one of them may name what an editor can fix.
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (QuizSet.Dropped d : dropped) {
            QuestionDraft draft = drafts.get(d.question());
            if (draft != null) {
                for (String fact : draft.facts()) {
                    reasons.computeIfAbsent(fact, k -> new ArrayList<>()).add(d.question() + ": " + d.reason());
                }
            }
        }
        List<QuizSet.Uncovered> out = new ArrayList<>();
        for (Statement s : facts.statements()) {
            if (!covered.contains(s.id())) {
                List<String> why = reasons.get(s.id());
                out.add(new QuizSet.Uncovered(s.id(), why != null
                        ? "its questions were dropped: " + String.join("; ", why)
                        : "no quiz rule asks about a fact like this (" + s.getClass().getSimpleName().toLowerCase(
                                Locale.ROOT) + ", " + s.status().label() + ")"));
            }
        }
        return out;
    }

    static QuizSet.Stats stats(List<Question> questions) {
        Map<String, Integer> perType = new TreeMap<>();
        questions.forEach(q -> perType.merge(q.type().label(), 1, Integer::sum));
        Map<String, Integer> perSkill = new TreeMap<>();
        questions.forEach(q -> perSkill.merge(q.skill(), 1, Integer::sum));
        Map<String, Integer> positions = new TreeMap<>();
        LETTERS.subList(0, CHOICES).forEach(l -> positions.put(l, 0));
        List<Question> fourChoice = questions.stream().filter(QuizCounts::isFourChoice).toList();
        fourChoice.forEach(q -> positions.merge(q.answer().choices().get(0), 1, Integer::sum));
        Map<String, Double> longest = new TreeMap<>();
        for (Language l : Language.values()) {
            longest.put(l.code(), share(fourChoice.stream().filter(q -> keyIsLongest(q, l)).count(), fourChoice.size()));
        }
        double largest = share(positions.values().stream().mapToInt(i -> i).max().orElse(0), fourChoice.size());
        List<Question> trueFalse = questions.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).toList();
        return new QuizSet.Stats(questions.size(), perType, positions, largest, longest.get(Language.EN.code()),
                longest, perSkill, share(trueFalse.size(), questions.size()),
                share(trueFalse.stream().filter(q -> !q.answer().truth()).count(), trueFalse.size()),
                share(questions.stream().filter(q -> !q.skill().equals("recall")).count(), questions.size()),
                questions.stream().filter(q -> q.type() == QuestionType.ORDERING).mapToInt(q -> q.choices().size())
                        .min().orElse(0));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    static boolean isFourChoice(Question q) {
        return q.type() == QuestionType.MULTIPLE_CHOICE && q.choices().size() == CHOICES;
    }

    /** Whether the right choice is longer than every other choice, in {@code language}. */
    static boolean keyIsLongest(Question q, Language language) {
        String key = q.answer().choices().get(0);
        int keyLength = q.choices().get(LETTERS.indexOf(key)).text().get(language).length();
        return q.choices().stream().filter(c -> !c.id().equals(key))
                .allMatch(c -> c.text().get(language).length() < keyLength);
    }
}
