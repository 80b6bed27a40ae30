package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factquiz.bench.SyntheticFacts;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.SessionResult;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuizOption;
import org.factquiz.model.QuizRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quiz generation must grow with the fact base, not with its square: every question draws a bounded
 * number of candidate answers, so twice the facts give about twice the questions and options. Counted,
 * not timed (timing belongs to bench/run).
 */
class QuizGrowthTest {
    private static final Path RULES = Path.of("rules");

    @TempDir
    static Path folder;
    static SessionResult small;
    static SessionResult large;

    @BeforeAll
    static void runTheQuizRulesOnTwoSizes() throws Exception {
        small = quizSession(SyntheticFacts.write(folder.resolve("1000"), 1_000, SyntheticFacts.SEED).facts());
        large = quizSession(SyntheticFacts.write(folder.resolve("2000"), 2_000, SyntheticFacts.SEED).facts());
    }

    private static SessionResult quizSession(Path facts) throws Exception {
        return Knowledge.load(facts, RULES).run(List.of(new QuizRequest()));
    }

    @Test
    void noQuestionIsOfferedMoreThanABoundedNumberOfAnswers() {
        Map<String, Long> perQuestion = large.all(QuizOption.class).stream()
                .collect(Collectors.groupingBy(QuizOption::question, Collectors.counting()));

        // A key, at most 8 candidates of its type and 16 from each of the two wider pools; matching
        // questions pair four items with each other subject (4 + 12).
        assertThat(perQuestion.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(41));
    }

    @Test
    void twiceTheFactsGiveAboutTwiceTheQuestionsAndOptions() {
        assertThat(ratio(QuestionDraft.class)).isBetween(1.6, 2.4);
        assertThat(ratio(QuizOption.class)).isBetween(1.6, 2.4);
    }

    private static double ratio(Class<?> type) {
        Function<SessionResult, Integer> count = session -> session.all(type).size();
        return (double) count.apply(large) / count.apply(small);
    }
}
