package org.factquiz.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.factquiz.stats.AttemptResult;
import org.factquiz.stats.ItemDefinition;
import org.factquiz.stats.ItemResponse;

/**
 * A synthetic class for the statistics benchmarks: learners of normally distributed ability answer
 * four-option questions of spread difficulty and discrimination (a two-parameter logistic model, so
 * the statistics have something to find: a few questions discriminate the wrong way, a few
 * distractors are never chosen). Same sizes and seed, same class.
 */
public final class SyntheticClass {
    public static final long SEED = 20260302;
    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");

    private SyntheticClass() {
    }

    /** The questions and the finished attempts of a class. */
    public record Generated(List<ItemDefinition> items, List<AttemptResult> attempts) {
    }

    /**
     * {@code learners} learners; each takes {@code quizzes} quizzes of {@code perQuiz} questions drawn
     * from {@code questions} (with {@code perQuiz == questions} and one quiz, everybody answers everything).
     */
    public static Generated generate(int learners, int questions, int quizzes, int perQuiz, long seed) {
        Random random = new Random(seed);
        List<ItemDefinition> items = new ArrayList<>();
        double[] difficulty = new double[questions];
        double[] discrimination = new double[questions];
        boolean[] deadDistractor = new boolean[questions];
        for (int q = 0; q < questions; q++) {
            difficulty[q] = random.nextGaussian();
            discrimination[q] = q % 17 == 5 ? -0.8 : 0.3 + 1.7 * random.nextDouble();
            deadDistractor[q] = q % 11 == 3;
            items.add(new ItemDefinition("q" + q, "Question " + q + "?", "topic-" + (q % 7), 1, List.of(
                    new ItemDefinition.Option("a", "option a", q % 4 == 0), new ItemDefinition.Option("b", "option b", q % 4 == 1),
                    new ItemDefinition.Option("c", "option c", q % 4 == 2), new ItemDefinition.Option("d", "option d", q % 4 == 3))));
        }
        List<Integer> all = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            all.add(q);
        }
        List<AttemptResult> attempts = new ArrayList<>();
        for (int l = 0; l < learners; l++) {
            double ability = random.nextGaussian();
            for (int t = 0; t < quizzes; t++) {
                List<Integer> drawn = new ArrayList<>(all);
                if (perQuiz < questions) {
                    Collections.shuffle(drawn, random);
                }
                List<ItemResponse> responses = new ArrayList<>(perQuiz);
                for (int q : drawn.subList(0, perQuiz)) {
                    double p = 1 / (1 + Math.exp(-discrimination[q] * (ability - difficulty[q])));
                    boolean right = random.nextDouble() < p;
                    String key = String.valueOf((char) ('a' + q % 4));
                    String chosen = right ? key : wrong(key, deadDistractor[q], random);
                    responses.add(new ItemResponse("q" + q, right ? 1 : 0, 1, List.of(chosen)));
                }
                Instant end = START.plus(Duration.ofHours(24L * t + l % 24));
                attempts.add(new AttemptResult("attempt-" + l + "-" + t, "learner-" + l, end, responses));
            }
        }
        return new Generated(items, attempts);
    }

    private static String wrong(String key, boolean deadDistractor, Random random) {
        List<String> distractors = new ArrayList<>(List.of("a", "b", "c", "d"));
        distractors.remove(key);
        if (deadDistractor) {
            distractors.remove(distractors.size() - 1);
        }
        return distractors.get(random.nextInt(distractors.size()));
    }
}
