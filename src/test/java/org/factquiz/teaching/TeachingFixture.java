package org.factquiz.teaching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factquiz.stats.AttemptResult;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.stats.ItemDefinition;
import org.factquiz.stats.ItemResponse;

/**
 * A small class: six attempts at three questions. The first question's distractor d is never
 * chosen; the third is answered right by everybody, so it has no discrimination index; a topic
 * and a prompt carry markup and a formula, which must stay text.
 */
final class TeachingFixture {
    static final Instant END = Instant.parse("2026-03-02T10:00:00Z");

    static final ItemDefinition MAKER = new ItemDefinition("which-maker", "Which company makes the <b>product</b>?",
            "products", 1, List.of(new ItemDefinition.Option("a", "the maker", true),
                    new ItemDefinition.Option("b", "a rival, \"the big one\"", false),
                    new ItemDefinition.Option("c", "a partner", false),
                    new ItemDefinition.Option("d", "a bakery", false)));
    static final ItemDefinition YEAR = new ItemDefinition("which-year", "=HYPERLINK(\"x\") In which year?",
            "<script>alert(1)</script>", 1, List.of());
    static final ItemDefinition EASY = new ItemDefinition("is-it-true", "True or false? The sky is up.", "company", 1,
            List.of(new ItemDefinition.Option("a", "true", true), new ItemDefinition.Option("b", "false", false)));

    private TeachingFixture() {
    }

    static ItemAnalysis analysis() {
        String[] maker = {"a", "a", "a", "b", "c", "a"};
        String[] year = {"2023", "2023", "2022", "2023", "2024", "2022"};
        List<AttemptResult> attempts = new ArrayList<>();
        for (int i = 0; i < maker.length; i++) {
            attempts.add(new AttemptResult("t" + i, "learner" + i, END, List.of(
                    new ItemResponse(MAKER.questionId(), maker[i].equals("a") ? 1 : 0, 1, List.of(maker[i])),
                    new ItemResponse(YEAR.questionId(), year[i].equals("2023") ? 1 : 0, 1, List.of(year[i])),
                    new ItemResponse(EASY.questionId(), 1, 1, List.of("a")))));
        }
        return ItemAnalysis.of(List.of(MAKER, YEAR, EASY), attempts, FlagThresholds.DEFAULT);
    }
}
