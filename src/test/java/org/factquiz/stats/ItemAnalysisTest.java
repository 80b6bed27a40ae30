package org.factquiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the teacher's report adds to the statistics: how often each answer was given, and the flags. */
class ItemAnalysisTest {
    private static final Instant END = Instant.parse("2026-03-02T10:00:00Z");

    /** Which company makes the product? a is the key; d ("a bakery") fools nobody. */
    private static final ItemDefinition MAKER = new ItemDefinition("which-maker", "Which company makes the product?", "products", 1, List.of(
            new ItemDefinition.Option("a", "the maker", true),
            new ItemDefinition.Option("b", "a rival", false),
            new ItemDefinition.Option("c", "a partner", false),
            new ItemDefinition.Option("d", "a bakery", false)));
    private static final ItemDefinition YEAR = new ItemDefinition("which-year", "In which year did the product launch?", "products", 1, List.of());
    private static final ItemDefinition TRUE_FALSE = new ItemDefinition("is-it-true", "True or false? The company is private.", "company", 1, List.of(
            new ItemDefinition.Option("a", "true", true), new ItemDefinition.Option("b", "false", false)));

    @Test
    void everyOptionIsCountedInTheQuestionsOrderAndADistractorNobodyChoseIsFlagged() {
        // Six attempts: the maker question answered a, a, a, b, c, a; the year 2023, 2023, 2022, 2023, 2024, 2023.
        String[] maker = {"a", "a", "a", "b", "c", "a"};
        String[] year = {"2023", "2023", "2022", "2023", "2024", "2023"};
        List<AttemptResult> attempts = new ArrayList<>();
        for (int i = 0; i < maker.length; i++) {
            attempts.add(new AttemptResult("t" + i, "learner" + i, END, List.of(
                    new ItemResponse(MAKER.questionId(), maker[i].equals("a") ? 1 : 0, 1, List.of(maker[i])),
                    new ItemResponse(YEAR.questionId(), year[i].equals("2023") ? 1 : 0, 1, List.of(year[i])),
                    new ItemResponse(TRUE_FALSE.questionId(), i % 2, 1, List.of(i % 2 == 1 ? "a" : "b")))));
        }
        ItemAnalysis analysis = ItemAnalysis.of(List.of(MAKER, YEAR, TRUE_FALSE), attempts, FlagThresholds.DEFAULT);

        ItemReport makerReport = analysis.items().get(0);
        assertThat(makerReport.responses()).extracting(ResponseCount::response, ResponseCount::count, ResponseCount::key)
                .containsExactly(
                        tuple("a", 4, true),
                        tuple("b", 1, false),
                        tuple("c", 1, false),
                        tuple("d", 0, false));
        assertThat(makerReport.responses().get(0).share()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(makerReport.unchosenDistractors()).extracting(ResponseCount::text).containsExactly("a bakery");
        assertThat(makerReport.flags()).contains(ItemFlag.UNCHOSEN_DISTRACTOR);

        ItemReport yearReport = analysis.items().get(1);
        assertThat(yearReport.responses()).extracting(ResponseCount::response, ResponseCount::count, ResponseCount::key)
                .containsExactly(
                        tuple("2023", 4, true),
                        tuple("2022", 1, false),
                        tuple("2024", 1, false));
        assertThat(yearReport.flags()).doesNotContain(ItemFlag.UNCHOSEN_DISTRACTOR);
        assertThat(analysis.attempts()).isEqualTo(6);
    }

    @Test
    void questionsThatDiscriminateTheWrongWayOrHardlyAtAllAreFlagged() {
        // The worked example of ItemStatisticsCalculatorTest: q1 has DI 16.7 (low), q4 -72.1 (negative).
        String[] rows = {"1 1 1 0", "1 1 0 1", "1 0 1 0", "0 1 0 1", "0 0 0 1"};
        List<ItemDefinition> items = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            items.add(new ItemDefinition("q" + i, "Question " + i + "?", "t", 1, List.of()));
        }
        List<AttemptResult> attempts = new ArrayList<>();
        for (int a = 0; a < rows.length; a++) {
            String[] marks = rows[a].split(" ");
            List<ItemResponse> responses = new ArrayList<>();
            for (int i = 0; i < marks.length; i++) {
                responses.add(new ItemResponse("q" + (i + 1), Double.parseDouble(marks[i]), 1, List.of(marks[i])));
            }
            attempts.add(new AttemptResult("A" + a, "learner" + a, END, responses));
        }

        ItemAnalysis analysis = ItemAnalysis.of(items, attempts, FlagThresholds.DEFAULT);
        assertThat(analysis.items().get(0).flags()).containsExactly(ItemFlag.LOW_DISCRIMINATION);
        assertThat(analysis.items().get(3).flags()).containsExactly(ItemFlag.NEGATIVE_DISCRIMINATION);
        assertThat(analysis.flagged()).extracting(r -> r.item().questionId()).contains("q1", "q4");

        // Six attempts needed before anything is flagged: none is.
        assertThat(ItemAnalysis.of(items, attempts, new FlagThresholds(6, 20)).flagged()).isEmpty();
    }
}
