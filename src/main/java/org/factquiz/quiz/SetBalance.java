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
