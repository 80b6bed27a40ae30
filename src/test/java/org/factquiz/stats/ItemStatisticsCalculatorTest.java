package org.factquiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The statistics of Moodle's quiz report: a worked example by hand, and the figures of Moodle's own unit test. */
class ItemStatisticsCalculatorTest {
    private static final Offset<Double> CLOSE = within(1e-9);
    private static final Instant END = Instant.parse("2026-03-02T10:00:00Z");

    /**
     * Five attempts at four one-mark questions (1 right, 0 wrong):
     * <pre>
     *   attempt  q1 q2 q3 q4  total
     *   A1        1  1  1  0    3
     *   A2        1  1  0  1    3
     *   A3        1  0  1  0    2
     *   A4        0  1  0  1    2
     *   A5        0  0  0  1    1
     * </pre>
     */
    private static final String[] WORKED = {"1 1 1 0", "1 1 0 1", "1 0 1 0", "0 1 0 1", "0 0 0 1"};

    @Test
    void theWorkedExampleGivesTheFiguresComputedByHand() {
        List<ItemStatistics> stats = ItemStatisticsCalculator.calculate(items(4, 1), attempts(WORKED, 1));

        // q1: x = 1 1 1 0 0, rest y = X - x = 2 2 1 2 1 (of 3; as shares the same /3, which cancels).
        // x̄ = 3/5 = 0.6, ȳ = 8/5 = 1.6; dx = .4 .4 .4 -.6 -.6; dy = .4 .4 -.6 .4 -.6
        // Σdx² = 3·.16 + 2·.36 = 1.2, Var(x) = 1.2/(5-1) = 0.3, SD = √0.3 = 0.5477225575
        // Σdy² = 3·.16 + 2·.36 = 1.2, Var(y) = 0.3
        // Σdx·dy = .16 + .16 - .24 - .24 + .36 = 0.2, Cov = 0.2/4 = 0.05
        // DI = 100·0.05/√(0.3·0.3) = 100·0.05/0.3 = 16.6667
        // sorted: x = 0 0 1 1 1, y = 1 1 2 2 2 → dx·dy = .36 .36 .16 .16 .16, Σ = 1.2, Cov_max = 0.3
        // DE = 100·0.05/0.3 = 16.6667
        ItemStatistics q1 = stats.get(0);
        assertThat(q1.attempts()).isEqualTo(5);
        assertThat(q1.facility().getAsDouble()).isCloseTo(0.6, CLOSE);
        assertThat(q1.standardDeviation().getAsDouble()).isCloseTo(Math.sqrt(0.3), CLOSE);
        assertThat(q1.discriminationIndex().getAsDouble()).isCloseTo(100 * 0.05 / 0.3, CLOSE);
        assertThat(q1.discriminativeEfficiency().getAsDouble()).isCloseTo(100 * 0.05 / 0.3, CLOSE);

        // q4: x = 0 1 0 1 1, y = 3 2 2 1 0; x̄ = 0.6, ȳ = 1.6
        // dx = -.6 .4 -.6 .4 .4; dy = 1.4 .4 .4 -.6 -1.6
        // Σdx² = 1.2, Var(x) = 0.3; Σdy² = 1.96 + .16 + .16 + .36 + 2.56 = 5.2, Var(y) = 1.3
        // Σdx·dy = -.84 + .16 - .24 - .24 - .64 = -1.8, Cov = -0.45
        // DI = 100·(-0.45)/√(0.3·1.3) = -45/√0.39 = -72.0577
        // sorted: x = 0 0 1 1 1 → dx = -.6 -.6 .4 .4 .4; y = 0 1 2 2 3 → dy = -1.6 -.6 .4 .4 1.4
        // Σ = .96 + .36 + .16 + .16 + .56 = 2.2, Cov_max = 0.55; DE = -45/0.55 = -81.8182
        ItemStatistics q4 = stats.get(3);
        assertThat(q4.facility().getAsDouble()).isCloseTo(0.6, CLOSE);
        assertThat(q4.discriminationIndex().getAsDouble()).isCloseTo(-45 / Math.sqrt(0.39), CLOSE)
                .isCloseTo(-72.0577, within(1e-4));
        assertThat(q4.discriminativeEfficiency().getAsDouble()).isCloseTo(-45 / 0.55, CLOSE)
                .isCloseTo(-81.8182, within(1e-4));

        // q2: x = 1 1 0 1 0, facility 3/5; q3: x = 1 0 1 0 0, facility 2/5.
        assertThat(stats.get(1).facility().getAsDouble()).isCloseTo(0.6, CLOSE);
        assertThat(stats.get(2).facility().getAsDouble()).isCloseTo(0.4, CLOSE);
    }

    @Test
    void theRestOfAnAttemptIsTheShareOfWhatTheRestCouldEarnSoQuizzesOfAnyLengthCompare() {
        // q1 in four attempts of different lengths; the rest as shares: 2/2, 8/10, 1/2, 2/10.
        //   x = 1 1 0 0, x̄ = .5, dx = .5 .5 -.5 -.5, Σdx² = 1, Var(x) = 1/3
        //   y = 1 .8 .5 .2, ȳ = .625, dy = .375 .175 -.125 -.425
        //   Σdy² = .140625 + .030625 + .015625 + .180625 = .3675, Var(y) = .1225
        //   Σdx·dy = .1875 + .0875 + .0625 + .2125 = .55, Cov = .55/3
        //   DI = 100·(.55/3)/√(1/3·.1225) = 90.7265
        // Raw rest marks (2 8 1 2) would rank the learner of the long quiz first and give 63.1.
        List<AttemptResult> attempts = List.of(
                attempt("a", "1", 1, 1, 1),
                attempt("b", "1", 1, 1, 1, 1, 1, 1, 1, 1, 0, 0),
                attempt("c", "0", 1, 0),
                attempt("d", "0", 1, 1, 0, 0, 0, 0, 0, 0, 0, 0));
        ItemStatistics q1 = ItemStatisticsCalculator.calculate(List.of(item("q1", 1)), attempts).get(0);
        double expected = 100 * (0.55 / 3) / Math.sqrt(1.0 / 3 * 0.1225);
        assertThat(q1.discriminationIndex().getAsDouble()).isCloseTo(expected, CLOSE).isCloseTo(90.7265, within(1e-4));
    }

    @Test
    void anAttemptWithASingleQuestionIsNoTestAndIsLeftOut() {
        List<AttemptResult> attempts = new ArrayList<>(attempts(WORKED, 1));
        attempts.add(new AttemptResult("single", "learner-x", END, List.of(new ItemResponse("q1", 0, 1, List.of()))));
        assertThat(ItemStatisticsCalculator.calculate(items(4, 1), attempts))
                .isEqualTo(ItemStatisticsCalculator.calculate(items(4, 1), attempts(WORKED, 1)));
    }

    @Test
    void valuesAreEmptyWhereMoodleLeavesTheCellBlank() {
        // Everybody right: no variance, so no discrimination; one attempt: no spread at all.
        List<ItemStatistics> allRight = ItemStatisticsCalculator.calculate(items(2, 1),
                attempts(new String[] {"1 1", "1 0", "1 1"}, 1));
        assertThat(allRight.get(0).facility()).hasValue(1.0);
        assertThat(allRight.get(0).standardDeviation()).hasValue(0.0);
        assertThat(allRight.get(0).discriminationIndex()).isEmpty();
        assertThat(allRight.get(0).discriminativeEfficiency()).isEmpty();

        ItemStatistics once = ItemStatisticsCalculator.calculate(items(2, 1), attempts(new String[] {"1 0"}, 1)).get(0);
        assertThat(once.attempts()).isEqualTo(1);
        assertThat(once.facility()).hasValue(1.0);
        assertThat(once.standardDeviation()).isEmpty();
        assertThat(once.discriminationIndex()).isEmpty();

        ItemStatistics never = ItemStatisticsCalculator.calculate(List.of(item("q1", 1), item("unused", 1)),
                attempts(new String[] {"1 0"}, 1)).get(1);
        assertThat(never.attempts()).isZero();
        assertThat(never.facility()).isEmpty();
    }

    /**
     * Moodle's own unit test of these statistics (mod/quiz/report/statistics/tests/statistics_test.php,
     * fixture mdl_question_states.csv): 22 attempts at 20 slots, the marks per slot transcribed
     * below; the expected figures come from that test (which took them from a spreadsheet).
     */
    @Test
    void moodlesOwnTestFiguresAreReproduced() {
        double[] maxMarks = {1, 1, 1, 1, 0, 0, 0, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        List<ItemDefinition> slots = new ArrayList<>();
        for (int i = 0; i < maxMarks.length; i++) {
            slots.add(item("slot" + (i + 1), maxMarks[i]));
        }
        List<AttemptResult> attempts = new ArrayList<>();
        for (int a = 0; a < MOODLE_MARKS.length; a++) {
            String[] marks = MOODLE_MARKS[a].split(" ");
            List<ItemResponse> responses = new ArrayList<>();
            for (int i = 0; i < marks.length; i++) {
                responses.add(new ItemResponse("slot" + (i + 1), Double.parseDouble(marks[i]), maxMarks[i], List.of()));
            }
            attempts.add(new AttemptResult("usage" + a, "learner" + a, END, responses));
        }
        List<ItemStatistics> stats = ItemStatisticsCalculator.calculate(slots, attempts);

        Double[] facility = {0d, 0d, 0d, 0d, null, null, null, 41.19318182, 81.36363636, 71.36363636, 65.45454545,
                65.90909091, 36.36363636, 59.09090909, 50d, 59.09090909, 63.63636364, 45.45454545, 27.27272727, 50d};
        Double[] sd = {0d, 0d, 0d, 0d, 0d, 0d, 0d, 1912.733589, 251.2738111, 322.6312277, 333.4199022, 337.5811591,
                492.3659639, 503.2362797, 511.7663157, 503.2362797, 492.3659639, 509.6471914, 455.8423058, 511.7663157};
        Double[] effectiveWeight = {0d, 0d, 0d, 0d, 0d, 0d, 0d, 26.58464457, 3.368456046, 3.253955259, 7.584083694,
                3.79658376, 3.183278505, 4.532356904, 7.78856243, 10.08351572, 8.381139345, 8.727645713, 7.946277111,
                4.769500946};
        Double[] discrimination = {null, null, null, null, null, null, null, 25.88327077, 1.170256965, -4.207816809,
                28.16930644, -2.513606859, -12.99017581, -8.900638238, 8.670004606, 29.63337745, 15.18945843,
                16.21079629, 15.52451404, -8.396734802};
        Double[] efficiency = {null, null, null, null, null, null, null, 27.23492723, 1.382386552, -4.691171307,
                31.12404354, -2.877487579, -17.5074184, -10.27568922, 10.86956522, 34.58997279, 17.4790556,
                20.14359793, 22.06477733, -10d};
        for (int i = 0; i < stats.size(); i++) {
            ItemStatistics slot = stats.get(i);
            String as = "slot " + (i + 1);
            assertThat(slot.attempts()).as(as).isEqualTo(22);
            expect(as + " facility", slot.facility(), 100, facility[i]);
            expect(as + " SD", slot.standardDeviation(), 1000, sd[i]);
            expect(as + " effective weight", slot.effectiveWeight(), 1, effectiveWeight[i]);
            expect(as + " discrimination index", slot.discriminationIndex(), 1, discrimination[i]);
            expect(as + " discriminative efficiency", slot.discriminativeEfficiency(), 1, efficiency[i]);
        }
    }

    private static void expect(String what, OptionalDouble actual, double multiplier, Double expected) {
        if (expected == null) {
            assertThat(actual).as(what).isEmpty();
        } else {
            assertThat(actual).as(what).isPresent();
            assertThat(actual.getAsDouble() * multiplier).as(what).isCloseTo(expected, within(1e-6));
        }
    }

    /** The marks of the 22 attempts of Moodle's fixture, slots 1 to 20 (maximum marks above). */
    private static final String[] MOODLE_MARKS = {
            "0 0 0 0 0 0 0 5.5 0.3 0.9 1 0.3 1 0 0 1 1 0 0 1",
            "0 0 0 0 0 0 0 1 0.9 0.9 0.3 0.3 1 0 0 1 0 1 0 1",
            "0 0 0 0 0 0 0 2.5 1 0.9 0.3 1 0 0 1 1 1 1 1 1",
            "0 0 0 0 0 0 0 4 0.3 0.9 1 0.3 0 0 0 0 1 0 0 1",
            "0 0 0 0 0 0 0 3 0.9 0.3 0.9 1 0 1 0 0 1 1 1 0",
            "0 0 0 0 0 0 0 4.5 0.9 1 1 0.9 0 1 1 1 0 0 0 0",
            "0 0 0 0 0 0 0 3 0.3 0.3 0.3 0.3 1 0 1 1 1 1 1 1",
            "0 0 0 0 0 0 0 6 0.9 0.9 1 0.3 0 1 1 1 1 0 0 1",
            "0 0 0 0 0 0 0 0.5 0.9 1 0.9 0.3 0 1 1 0 1 1 0 1",
            "0 0 0 0 0 0 0 5.5 0.9 1 0.9 0.3 1 1 0 0 1 0 0 0",
            "0 0 0 0 0 0 0 2.5 0.9 1 1 0.9 0 1 0 0 1 0 0 1",
            "0 0 0 0 0 0 0 4 0.9 0.3 0.9 1 0 1 1 1 1 1 0 1",
            "0 0 0 0 0 0 0 4 0.9 0.3 0.3 1 1 1 1 0 0 1 1 0",
            "0 0 0 0 0 0 0 3 1 1 0.3 1 0 1 0 1 1 1 1 0",
            "0 0 0 0 0 0 0 1 1 0.9 0.3 0.3 1 0 1 0 0 0 0 0",
            "0 0 0 0 0 0 0 1 0.3 0.3 0.3 0.9 0 0 0 1 0 0 0 1",
            "0 0 0 0 0 0 0 1.5 1 0.3 0.9 1 1 1 0 1 1 0 0 0",
            "0 0 0 0 0 0 0 4 0.9 1 0.9 1 0 1 1 1 0 1 0 0",
            "0 0 0 0 0 0 0 2 0.9 0.9 0.3 0.9 0 1 0 0 0 0 0 0",
            "0 0 0 0 0 0 0 1 1 0.3 0.3 0.3 0 1 1 0 1 0 0 0",
            "0 0 0 0 0 0 0 6 0.9 1 1 0.9 0 0 0 1 0 0 1 1",
            "0 0 0 0 0 0 0 7 0.9 0.3 0.3 0.3 1 0 1 1 1 1 0 0"};

    private static List<ItemDefinition> items(int count, double maxMark) {
        List<ItemDefinition> items = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            items.add(item("q" + i, maxMark));
        }
        return items;
    }

    private static ItemDefinition item(String id, double maxMark) {
        return new ItemDefinition(id, "Question " + id + "?", "topic", maxMark, List.of());
    }

    private static List<AttemptResult> attempts(String[] rows, double maxMark) {
        List<AttemptResult> attempts = new ArrayList<>();
        for (int a = 0; a < rows.length; a++) {
            String[] marks = rows[a].split(" ");
            List<ItemResponse> responses = new ArrayList<>();
            for (int i = 0; i < marks.length; i++) {
                responses.add(new ItemResponse("q" + (i + 1), Double.parseDouble(marks[i]), maxMark, List.of()));
            }
            attempts.add(new AttemptResult("A" + (a + 1), "learner" + (a + 1), END, responses));
        }
        return attempts;
    }

    /** An attempt with q1 marked {@code q1} and other one-mark questions marked {@code others}. */
    private static AttemptResult attempt(String id, String q1, int... others) {
        List<ItemResponse> responses = new ArrayList<>();
        responses.add(new ItemResponse("q1", Double.parseDouble(q1), 1, List.of()));
        for (int i = 0; i < others.length; i++) {
            responses.add(new ItemResponse(id + "-other" + i, others[i], 1, List.of()));
        }
        return new AttemptResult(id, "learner-" + id, END, responses);
    }
}
