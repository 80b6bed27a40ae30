package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.model.TypeDef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a teacher checks before handing a quiz out, computed from the questions themselves on the
 * shipped article and on the second article (docs/quiz.md reports the figures): true/false at most
 * 40% of the set and 40-60% of them false; at least 30% testing understanding or inference; the key the
 * longest choice in at most 35% of the four-choice questions, in each language; orderings of at least
 * three; every question rated and tagged with its skill; nothing that answers itself; wrong choices of
 * the key's kind.
 */
class QuizQualityTest {
    record Article(String name, FactBase facts, QuizSet set) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> articles() {
        return Stream.of(Arguments.of(new Article("shipped", ShippedQuiz.knowledge().facts(), ShippedQuiz.set())),
                Arguments.of(new Article("second", SecondArticleQuiz.knowledge().facts(), SecondArticleQuiz.set())));
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    @ParameterizedTest(name = "{0} article")
    @MethodSource("articles")
    void trueFalseIsAtMostFortyPercentAndFortyToSixtyPercentOfItFalse(Article a) {
        List<Question> all = a.set().questions();
        List<Question> trueFalse = all.stream().filter(q -> q.type() == QuestionType.TRUE_FALSE).toList();
        long wrong = trueFalse.stream().filter(q -> !q.answer().truth()).count();
        System.out.printf("%s: %d questions, %d true/false (%.0f%%), %d of them false (%.0f%%)%n", a, all.size(),
                trueFalse.size(), 100 * share(trueFalse.size(), all.size()), wrong, 100 * share(wrong, trueFalse.size()));
        assertThat(trueFalse).isNotEmpty();
        assertThat(share(trueFalse.size(), all.size())).isLessThanOrEqualTo(0.40);
        assertThat(share(wrong, trueFalse.size())).isBetween(0.40, 0.60);
        assertThat(a.set().stats().trueFalseShare()).isEqualTo(share(trueFalse.size(), all.size()));
        assertThat(a.set().stats().falseTrueFalseShare()).isEqualTo(share(wrong, trueFalse.size()));
    }

    @ParameterizedTest(name = "{0} article")
    @MethodSource("articles")
    void atLeastThirtyPercentTestUnderstandingOrInference(Article a) {
        List<Question> all = a.set().questions();
        long deeper = all.stream().filter(q -> !q.skill().equals("recall")).count();
        Map<String, Long> kinds = new HashMap<>();
        all.stream().filter(q -> !q.skill().equals("recall")).forEach(q -> kinds.merge(q.rule(), 1L, Long::sum));
        System.out.printf("%s: %d of %d questions (%.0f%%) test understanding or inference: %s%n", a, deeper,
                all.size(), 100 * share(deeper, all.size()), kinds);
        assertThat(share(deeper, all.size())).isGreaterThanOrEqualTo(0.30);
        assertThat(all).as("why, what follows and what for, each").anyMatch(q -> q.template().startsWith("ask-")
                && q.template().contains("reason")).anyMatch(q -> q.template().contains("consequence"))
                .anyMatch(q -> q.template().equals("ask-purpose"));
        assertThat(a.set().stats().understandingOrInferenceShare()).isEqualTo(share(deeper, all.size()));
    }

    @ParameterizedTest(name = "{0} article")
    @MethodSource("articles")
    void theKeyIsTheLongestChoiceInAtMostThirtyFivePercentOfFourChoiceQuestions(Article a) {
        List<Question> four = a.set().questions().stream()
                .filter(q -> q.type() == QuestionType.MULTIPLE_CHOICE && q.choices().size() == 4).toList();
        assertThat(four).hasSizeGreaterThanOrEqualTo(8);
        for (Language l : Language.values()) {
            long longest = four.stream().filter(q -> {
                String key = q.answer().choices().get(0);
                int length = q.choices().stream().filter(c -> c.id().equals(key)).findFirst().orElseThrow().text()
                        .get(l).length();
                return q.choices().stream().filter(c -> !c.id().equals(key)).allMatch(c -> c.text().get(l).length() < length);
            }).count();
            System.out.printf("%s (%s): the key is the longest choice in %d of %d four-choice questions (%.0f%%)%n", a,
                    l.code(), longest, four.size(), 100 * share(longest, four.size()));
            assertThat(share(longest, four.size())).as(l.code()).isLessThanOrEqualTo(0.35);
            assertThat(a.set().stats().keyIsLongestShareByLanguage().get(l.code())).isEqualTo(share(longest, four.size()));
        }
    }

    @ParameterizedTest(name = "{0} article")
    @MethodSource("articles")
    void orderingQuestionsHaveAtLeastThreeItemsAndEveryQuestionItsDifficultyAndSkill(Article a) {
        assertThat(a.set().questions()).filteredOn(q -> q.type() == QuestionType.ORDERING)
                .allSatisfy(q -> assertThat(q.choices()).as(q.id()).hasSizeGreaterThanOrEqualTo(3));
        assertThat(a.set().questions()).allSatisfy(q -> {
            assertThat(q.difficulty()).isBetween(1, 5);
            assertThat(q.skill()).isIn(QuizSelection.SKILLS);
        });
        for (String skill : QuizSelection.SKILLS) {
            List<Question> selected = QuizSelection.select(a.set().questions(), null, null, skill, 1000, 1);
            assertThat(selected).as(skill).isNotEmpty().allMatch(q -> q.skill().equals(skill));
        }
    }

    @ParameterizedTest(name = "{0} article")
    @MethodSource("articles")
    void noItemAnswersItself(Article a) {
        Names names = new Names(a.facts());
        List<String> found = new ArrayList<>();
        for (Question q : a.set().questions()) {
            for (Language l : Language.values()) {
                // A statement of one fact naming one thing twice answers itself ("Nvidia makes Nvidia GPUs").
                List<String> statements = new ArrayList<>();
                if (q.type() == QuestionType.TRUE_FALSE && q.template().equals("statement") && q.rule().startsWith("A ")
                        && !q.rule().contains("link") && !q.rule().contains("cause") && !q.rule().contains("purpose")) {
                    statements.add(q.prompt().get(l));
                }
                Stream.concat(q.choices().stream(), q.items().stream()).map(c -> c.text().get(l)).forEach(statements::add);
                for (String text : statements) {
                    names.twice(text).ifPresent(e -> found.add(q.id() + " (" + l.code() + ") names " + e + " twice: " + text));
                }
                // A choice question whose prompt names one of its entity answers.
                if (q.type() == QuestionType.MULTIPLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE) {
                    for (String key : q.answer().choices()) {
                        String text = q.choices().stream().filter(c -> c.id().equals(key)).findFirst().orElseThrow()
                                .text().get(l);
                        if (names.isName(text) && q.prompt().get(l).toLowerCase(Locale.ROOT)
                                .contains(text.toLowerCase(Locale.ROOT))) {
                            found.add(q.id() + " (" + l.code() + ") names its answer " + text);
                        }
                    }
                }
            }
        }
        System.out.printf("%s: %d items answer themselves%n", a, found.size());
        assertThat(found).isEmpty();
    }

    @ParameterizedTest(name = "{0} article")
    @MethodSource("articles")
    void wrongChoicesAreOfTheKeysKind(Article a) {
        Names names = new Names(a.facts());
        List<String> odd = new ArrayList<>();
        for (Question q : a.set().questions()) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE && q.type() != QuestionType.MULTIPLE_RESPONSE) {
                continue;
            }
            List<Set<String>> kinds = q.choices().stream().map(c -> names.kindsOf(c.text().get(Language.EN))).toList();
            if (kinds.stream().anyMatch(Set::isEmpty)) {
                continue;
            }
            Set<String> shared = new HashSet<>(kinds.get(0));
            kinds.forEach(shared::retainAll);
            shared.removeAll(names.roots());
            if (shared.isEmpty()) {
                odd.add(q.id() + ": " + q.choices().stream().map(c -> c.text().get(Language.EN)).toList());
            }
        }
        assertThat(odd).as("choice questions whose entity choices share no kind below the root type").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSecondArticleIsAskedInOrderAndForWhatFollows() {
        List<Question> orderings = SecondArticleQuiz.set().questions().stream()
                .filter(q -> q.type() == QuestionType.ORDERING).toList();
        assertThat(orderings).as("the tunnel's dated steps").isNotEmpty();
        assertThat(SecondArticleQuiz.set().stats().fewestOrderingItems()).isGreaterThanOrEqualTo(3);

    }

    /** Entity names of a fact base, for finding them in a text. */
    static final class Names {
        private final Map<String, Pattern> byEntity = new HashMap<>();
        private final Map<String, Set<String>> kinds = new HashMap<>();
        private final Map<String, String> byName = new HashMap<>();
        private final Set<String> roots = new HashSet<>();

        Names(FactBase facts) {
            Map<String, TypeDef> types = new HashMap<>();
            facts.types().forEach(t -> types.put(t.id(), t));
            facts.types().stream().filter(t -> t.parent() == null).forEach(t -> roots.add(t.id()));
            for (Entity e : facts.entities()) {
                List<String> all = new ArrayList<>(List.of(e.name().en(), e.name().de()));
                all.addAll(e.aliases());
                String alternatives = String.join("|", all.stream().filter(n -> n.length() >= 3)
                        .sorted((x, y) -> y.length() - x.length()).map(Pattern::quote).toList());
                byEntity.put(e.id(), Pattern.compile("(?iu)(?<![\\p{L}\\d])(" + alternatives + ")(?![\\p{L}\\d])"));
                Set<String> chain = new HashSet<>();
                for (TypeDef t = types.get(e.type()); t != null && chain.add(t.id()); t = types.get(t.parent())) {
                    // every ancestor
                }
                kinds.put(e.id(), chain);
                byName.put(e.name().en().toLowerCase(Locale.ROOT), e.id());
                byName.put(e.name().de().toLowerCase(Locale.ROOT), e.id());
            }
        }

        /** An entity named twice in {@code text}, counting each stretch of it once. */
        java.util.Optional<String> twice(String text) {
            for (Map.Entry<String, Pattern> e : byEntity.entrySet()) {
                Matcher m = e.getValue().matcher(text);
                int count = 0;
                while (m.find()) {
                    count++;
                }
                if (count >= 2) {
                    return java.util.Optional.of(e.getKey());
                }
            }
            return java.util.Optional.empty();
        }

        boolean isName(String text) {
            return byName.containsKey(text.toLowerCase(Locale.ROOT));
        }

        Set<String> kindsOf(String text) {
            String id = byName.get(text.toLowerCase(Locale.ROOT));
            return id == null ? Set.of() : new HashSet<>(kinds.get(id));
        }

        Set<String> roots() {
            return roots;
        }
    }
}
