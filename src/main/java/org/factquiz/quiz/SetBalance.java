package org.factquiz.quiz;

import static org.factquiz.quiz.QuizCounts.CHOICES;
import static org.factquiz.quiz.QuizCounts.LETTERS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;

/**
 * Balancing the whole set: no question twice, the right letter spread evenly over the four-choice
 * questions, and the first item of an ordering question spread over its slots.
 */
final class SetBalance {
    private SetBalance() {
    }

    /**
     * Two drafts can come out as the same question: one gap in one sentence stands for two facts
     * (a product named once, as what one company makes and what another invests in). The first by id
     * stays; the others are reported as dropped.
     */
    static List<Question> withoutRepeats(List<Question> questions, List<QuizSet.Dropped> dropped) {
        Map<String, String> firstBySameness = new HashMap<>();
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            String sameness = q.type() + "|" + q.prompt().get(Language.EN) + "|"
                    + q.choices().stream().map(c -> c.text().get(Language.EN)).sorted().toList() + "|"
                    + q.items().stream().map(c -> c.text().get(Language.EN)).sorted().toList();
            String first = firstBySameness.putIfAbsent(sameness, q.id());
            if (first == null) {
                kept.add(q);
            } else {
                dropped.add(new QuizSet.Dropped(q.id(), q.type().label(), "it asks the same as " + first, q.rule()));
            }
        }
        dropped.sort(Comparator.comparing(QuizSet.Dropped::question));
        return kept;
    }

    /** At most this share of the set is true/false, so that a learner meets every kind of question. */
    static final double MAX_TRUE_FALSE_SHARE = 0.4;
    /** Within the true/false questions, between these shares are false: "always true" must not pay. */
    static final double MIN_FALSE_SHARE = 0.4;
    static final double MAX_FALSE_SHARE = 0.6;
    /** A right answer that comes up in more choice questions than this becomes a pattern learners notice. */
    static final int MAX_SAME_ANSWER = 2;

    /**
     * Of the wrong versions one rule makes of one fact ("Initech makes the chatbot", "Globex
     * makes the chatbot"), one is asked: the first in {@code preference} order (the most plausible).
     */
    static List<Question> oneWrongVersionPerFact(List<Question> questions, Comparator<Question> preference,
                                                 List<QuizSet.Dropped> dropped, List<Question> spares) {
        Map<String, Question> chosen = new HashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.TRUE_FALSE && !q.answer().truth() && q.id().contains("-not-")
                    && !q.sources().isEmpty()) {
                chosen.merge(q.rule() + "|" + q.sources().get(0).fact(), q,
                        (a, b) -> preference.compare(a, b) <= 0 ? a : b);
            }
        }
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            String group = q.sources().isEmpty() ? "" : q.rule() + "|" + q.sources().get(0).fact();
            Question pick = chosen.get(group);
            if (pick == null || pick == q || q.type() != QuestionType.TRUE_FALSE || q.answer().truth()
                    || !q.id().contains("-not-")) {
                kept.add(q);
            } else {
                spares.add(q);
                dropped.add(new QuizSet.Dropped(q.id(), q.type().label(), "another wrong version of the same fact is "
                        + "asked: " + pick.id(), q.rule()));
            }
        }
        return kept;
    }

    /**
     * Keeps the true/false questions to at most {@link #MAX_TRUE_FALSE_SHARE} of the set, and between
     * {@link #MIN_FALSE_SHARE} and {@link #MAX_FALSE_SHARE} of them false. Which ones stay is decided
     * without the seed: questions that test understanding or inference first, then those asking about
     * a fact no other question reaches, then the rest in a fixed order of their ids. (Facts only a
     * left-out statement reaches are asked together afterwards: {@link StatementGroups}.)
     */
    static List<Question> trueFalseShare(List<Question> questions, List<QuizSet.Dropped> dropped,
                                         List<Question> spares) {
        List<Question> others = questions.stream().filter(q -> q.type() != QuestionType.TRUE_FALSE).toList();
        List<Question> trues = questions.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE && q.answer().truth())
                .toList();
        List<Question> falses = questions.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE
                && !q.answer().truth()).toList();
        int budget = (int) Math.floor(others.size() * MAX_TRUE_FALSE_SHARE / (1 - MAX_TRUE_FALSE_SHARE) + 1e-9);
        int total = Math.min(budget, trues.size() + falses.size());
        int f = Math.min(falses.size(), (total + 1) / 2);
        int t = Math.min(trues.size(), total - f);
        f = Math.min(falses.size(), total - t);
        while (f + t > 0 && f > MAX_FALSE_SHARE * (f + t) + 1e-9) {
            f--;
        }
        while (f + t > 0 && f < MIN_FALSE_SHARE * (f + t) - 1e-9) {
            t--;
        }
        java.util.Set<String> covered = new java.util.HashSet<>();
        others.forEach(q -> q.sources().forEach(src -> covered.add(src.fact())));
        java.util.Set<String> keep = new java.util.HashSet<>();
        pick(falses, f, covered, keep);
        pick(trues, t, covered, keep);
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() != QuestionType.TRUE_FALSE || keep.contains(q.id())) {
                kept.add(q);
            } else {
                spares.add(q);
                dropped.add(new QuizSet.Dropped(q.id(), q.type().label(), "left out to balance the set: at most "
                        + Math.round(100 * MAX_TRUE_FALSE_SHARE) + "% true/false questions, "
                        + Math.round(100 * MIN_FALSE_SHARE) + "-" + Math.round(100 * MAX_FALSE_SHARE)
                        + "% of them false", q.rule()));
            }
        }
        return kept;
    }

    private static void pick(List<Question> candidates, int count, java.util.Set<String> covered,
                             java.util.Set<String> keep) {
        List<Question> left = new ArrayList<>(candidates);
        while (count > 0 && !left.isEmpty()) {
            Question best = left.stream().min(Comparator.<Question>comparingInt(q -> q.skill().equals("recall") ? 1 : 0)
                    .thenComparingInt(q -> q.sources().stream().anyMatch(src -> !covered.contains(src.fact())) ? 0 : 1)
                    .thenComparingInt(q -> Integer.reverse(q.id().hashCode()))
                    .thenComparing(Question::id)).orElseThrow();
            left.remove(best);
            keep.add(best.id());
            best.sources().forEach(src -> covered.add(src.fact()));
            count--;
        }
    }

    /**
     * The same right answer in many choice questions (the same company, again) is a pattern, not a test: at
     * most {@link #MAX_SAME_ANSWER} choice questions share one, those that test the most kept.
     */
    static List<Question> sameAnswers(List<Question> questions, List<QuizSet.Dropped> dropped) {
        Map<String, List<Question>> byAnswer = new HashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.MULTIPLE_CHOICE && q.answer().choices().size() == 1) {
                String key = q.choices().get(LETTERS.indexOf(q.answer().choices().get(0))).text().get(Language.EN);
                byAnswer.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
            }
        }
        java.util.Set<String> left = new java.util.HashSet<>();
        Map<String, String> keptFor = new HashMap<>();
        byAnswer.forEach((answer, list) -> {
            List<Question> ranked = list.stream().sorted(Comparator.<Question>comparingInt(q -> switch (q.skill()) {
                case "inference" -> 0;
                case "understanding" -> 1;
                default -> 2;
            }).thenComparing(Question::id)).toList();
            for (int i = MAX_SAME_ANSWER; i < ranked.size(); i++) {
                left.add(ranked.get(i).id());
                keptFor.put(ranked.get(i).id(), answer);
            }
        });
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            if (left.contains(q.id())) {
                dropped.add(new QuizSet.Dropped(q.id(), q.type().label(), "'" + keptFor.get(q.id())
                        + "' is already the answer of " + MAX_SAME_ANSWER + " choice questions", q.rule()));
            } else {
                kept.add(q);
            }
        }
        return kept;
    }

    /**
     * One gap per sentence of the article: the same sentence again with another word missing is
     * repetition, not a new question. The gap kept asks about a fact no other question reaches, if one
     * does, else the first by id.
     */
    static List<Question> oneGapPerSentence(List<Question> questions, List<QuizSet.Dropped> dropped) {
        java.util.Set<String> coveredElsewhere = new java.util.HashSet<>();
        questions.stream().filter(q -> q.type() != QuestionType.CLOZE)
                .forEach(q -> q.sources().forEach(src -> coveredElsewhere.add(src.fact())));
        Map<String, Question> bySentence = new HashMap<>();
        for (Question q : questions) {
            if (q.type() == QuestionType.CLOZE && !q.sources().isEmpty()) {
                Question.Source src = q.sources().get(0);
                bySentence.merge(src.sentence() + "|" + src.text(), q, (a, b) -> {
                    boolean aNew = !coveredElsewhere.contains(a.sources().get(0).fact());
                    boolean bNew = !coveredElsewhere.contains(b.sources().get(0).fact());
                    return aNew != bNew ? (aNew ? a : b) : (a.id().compareTo(b.id()) <= 0 ? a : b);
                });
            }
        }
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() != QuestionType.CLOZE || q.sources().isEmpty()) {
                kept.add(q);
                continue;
            }
            Question.Source src = q.sources().get(0);
            Question pick = bySentence.get(src.sentence() + "|" + src.text());
            if (pick == q) {
                kept.add(q);
            } else {
                dropped.add(new QuizSet.Dropped(q.id(), q.type().label(), "sentence " + src.sentence()
                        + " already has a gap: " + pick.id(), q.rule()));
            }
        }
        return kept;
    }

    /**
     * Spreads the key of 4-choice questions evenly over the positions: the n-th such question (by id)
     * gets the key in slot (n + offset) mod 4, offset from the seed. The other choices keep their
     * seeded order.
     */
    static List<Question> keyPositions(List<Question> questions, long seed) {
        int offset = (int) Math.floorMod(seed, CHOICES);
        int n = 0;
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            if (!QuizCounts.isFourChoice(q)) {
                out.add(q);
                continue;
            }
            int target = (n++ + offset) % CHOICES;
            int current = LETTERS.indexOf(q.answer().choices().get(0));
            List<Map<Language, String>> texts = new ArrayList<>(q.choices().stream().map(Question.Choice::text).toList());
            Map<Language, String> key = texts.remove(current);
            texts.add(target, key);
            Question.Answer answer = new Question.Answer(List.of(LETTERS.get(target)), null, null, null, null, null);
            out.add(q.with(lettered(texts), answer));
        }
        return out;
    }

    /**
     * Spreads where the first item of an ordering question is shown: the n-th such question (by id)
     * shows it in slot (n + seed) mod k, the others following in their seeded order. Without this,
     * a question would be right too often when its choices are read forwards.
     */
    static List<Question> orders(List<Question> questions, long seed) {
        int n = 0;
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() != QuestionType.ORDERING || q.choices().size() < 2) {
                out.add(q);
                continue;
            }
            int size = q.choices().size();
            List<Question.Choice> byLetter = q.choices();
            List<Map<Language, String>> inOrder = q.answer().choices().stream()
                    .map(letter -> byLetter.get(LETTERS.indexOf(letter)).text()).toList();
            List<Map<Language, String>> shown = new ArrayList<>(byLetter.stream().map(Question.Choice::text).toList());
            int target = (int) Math.floorMod(n++ + seed, size);
            Collections.rotate(shown, target - shown.indexOf(inOrder.get(0)));
            List<String> answer = inOrder.stream().map(text -> LETTERS.get(shown.indexOf(text))).toList();
            out.add(q.with(lettered(shown), new Question.Answer(answer, null, null, null, null, null)));
        }
        return out;
    }

    private static List<Question.Choice> lettered(List<Map<Language, String>> texts) {
        List<Question.Choice> choices = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            choices.add(new Question.Choice(LETTERS.get(i), texts.get(i)));
        }
        return choices;
    }
}
