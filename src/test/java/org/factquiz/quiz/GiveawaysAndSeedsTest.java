package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.report.QuizJson;
import org.junit.jupiter.api.Test;

/**
 * No giveaways across the set (the key spread evenly over the four positions, how often it is the
 * longest choice measured), and seeds that decide the order of choices but never which questions
 * exist.
 */
class GiveawaysAndSeedsTest {
    private static final double MAX_KEY_POSITION_SHARE = 0.35;

    private static List<Question> fourChoice(QuizSet set) {
        return set.questions().stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.choices().size() == 4).toList();
    }

    @Test
    void noKeyPositionHoldsMoreThanThirtyFivePercentOfTheFourChoiceKeys() {
        for (long seed : new long[] {ShippedQuiz.SEED, 2, 3, 4, 1234567}) {
            QuizSet set = seed == ShippedQuiz.SEED ? ShippedQuiz.set() : ShippedQuiz.builder().build(seed);
            List<Question> fourChoice = fourChoice(set);
            assertThat(fourChoice).hasSizeGreaterThanOrEqualTo(8);
            Map<String, Integer> positions = new TreeMap<>(Map.of("a", 0, "b", 0, "c", 0, "d", 0));
            fourChoice.forEach(q -> positions.merge(q.answer().choices().get(0), 1, Integer::sum));
            assertThat(set.stats().keyPositions()).as("seed " + seed).isEqualTo(positions);
            double largest = positions.values().stream().mapToInt(i -> i).max().orElseThrow() / (double) fourChoice.size();
            assertThat(set.stats().largestKeyPositionShare()).isEqualTo(largest);
            assertThat(largest).as("seed " + seed + ": " + positions).isLessThanOrEqualTo(MAX_KEY_POSITION_SHARE);
        }
    }

    @Test
    void howOftenTheKeyIsTheLongestChoiceIsMeasured() {
        QuizSet set = ShippedQuiz.set();
        List<Question> fourChoice = fourChoice(set);
        List<String> longest = fourChoice.stream().filter(q -> {
            String key = q.answer().choices().get(0);
            int keyLength = q.choices().stream().filter(c -> c.id().equals(key)).findFirst().orElseThrow()
                    .text().get(Language.EN).length();
            return q.choices().stream().filter(c -> !c.id().equals(key))
                    .allMatch(c -> c.text().get(Language.EN).length() < keyLength);
        }).map(Question::id).toList();
        double share = longest.size() / (double) fourChoice.size();
        System.out.printf("the key is the longest of the four choices in %d of %d questions (%.0f%%): %s%n",
                longest.size(), fourChoice.size(), 100 * share, longest);
        assertThat(set.stats().keyIsLongestShare()).isEqualTo(share);
    }

    @Test
    void aDistractorAtLeastAsLongAsTheKeyIsPreferredWhenOneIsEquallyClose() {
        // "Which company makes Ernie Bot?": the key (Baidu) is the shortest company name, so every
        // distractor can be at least as long, and the key must not stand out as the longest.
        Question q = ShippedQuiz.set().questions().stream().filter(x -> x.id().equals("which-makes-ernie-bot"))
                .findFirst().orElseThrow();
        String key = q.answer().choices().get(0);
        int keyLength = q.choices().stream().filter(c -> c.id().equals(key)).findFirst().orElseThrow()
                .text().get(Language.EN).length();
        assertThat(q.choices()).allSatisfy(c -> assertThat(c.text().get(Language.EN).length())
                .isGreaterThanOrEqualTo(keyLength));
    }

    @Test
    void theSameSeedGivesByteIdenticalExports() {
        QuizSet first = ShippedQuiz.builder().build(7);
        QuizSet second = ShippedQuiz.builder().build(7);
        assertThat(QuizJson.render(second, QuizSelection.select(second.questions(), null, null, 1000, 7), 7, "en"))
                .isEqualTo(QuizJson.render(first, QuizSelection.select(first.questions(), null, null, 1000, 7), 7, "en"));
    }

    @Test
    void exportedMapsListTheirKeysSortedWhateverTheMapOrder() {
        // Map.copyOf iterates in an order that changes from one JVM run to the next; sorted keys
        // keep the export byte-identical across runs (checked in a fresh JVM by QuizCommandTest).
        String json = QuizJson.render(ShippedQuiz.set(), ShippedQuiz.set().questions(), 1, "en");
        java.util.regex.Matcher perType = java.util.regex.Pattern.compile("\"perType\" : \\{([^}]*)}").matcher(json);
        assertThat(perType.find()).isTrue();
        List<String> keys = java.util.regex.Pattern.compile("\"([a-z-]+)\" :").matcher(perType.group(1)).results()
                .map(m -> m.group(1)).toList();
        assertThat(keys).hasSizeGreaterThanOrEqualTo(6).isSorted();
        assertThat(json).contains("\"prompt\" : {\n      \"de\" : ");
    }

    @Test
    void anotherSeedReordersChoicesButKeepsTheQuestions() {
        QuizSet one = ShippedQuiz.set();
        QuizSet other = ShippedQuiz.builder().build(ShippedQuiz.SEED + 1);
        Map<String, Question> byId = other.questions().stream().collect(Collectors.toMap(Question::id, q -> q));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(one.questions().stream().map(Question::id).toList());
        long reordered = one.questions().stream().filter(q -> q.choices().size() > 2)
                .filter(q -> !texts(q).equals(texts(byId.get(q.id())))).count();
        long withChoices = one.questions().stream().filter(q -> q.choices().size() > 2).count();
        assertThat(reordered).as("questions whose choice order the seed changed").isGreaterThan(withChoices / 2);
        assertThat(one.questions()).allSatisfy(q -> {
            Question o = byId.get(q.id());
            assertThat(texts(o)).as(q.id()).containsExactlyInAnyOrderElementsOf(texts(q));
            assertThat(o.prompt()).isEqualTo(q.prompt());
            assertThat(keyTexts(o)).as(q.id()).isEqualTo(keyTexts(q));
        });
        List<String> firstOrder = QuizSelection.select(one.questions(), null, null, 10, 1).stream().map(Question::id).toList();
        List<String> secondOrder = QuizSelection.select(one.questions(), null, null, 10, 2).stream().map(Question::id).toList();
        assertThat(secondOrder).as("the seed picks the quiz's questions too").isNotEqualTo(firstOrder);
    }

    private static List<String> texts(Question q) {
        return q.choices().stream().map(c -> c.text().get(Language.EN)).toList();
    }

    /** The right answer as text, in order: the same whatever letters the seed gave it. */
    private static List<String> keyTexts(Question q) {
        if (q.type() == QuestionType.NUMERIC || q.type() == QuestionType.CLOZE) {
            return List.of(String.valueOf(q.answer().number()), String.valueOf(q.answer().accepted()));
        }
        List<String> keys = q.answer().choices().stream().map(id -> q.choices().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow().text().get(Language.EN)).collect(
                        Collectors.toList());
        if (q.type() == QuestionType.MULTIPLE_RESPONSE) {
            keys.sort(null);
        }
        return keys;
    }
}
