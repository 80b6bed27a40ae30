package org.factquiz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.stats.ItemFlag;
import org.junit.jupiter.api.Test;

/** The benchmark's class has what a teacher's report must find: wrong-way questions and dead distractors. */
class SyntheticClassTest {
    @Test
    void theSyntheticClassHasQuestionsThatDiscriminateTheWrongWayAndDistractorsNobodyChooses() {
        SyntheticClass.Generated small = SyntheticClass.generate(300, 40, 1, 40, SyntheticClass.SEED);
        ItemAnalysis analysis = ItemAnalysis.of(small.items(), small.attempts(), FlagThresholds.DEFAULT);

        assertThat(analysis.attempts()).isEqualTo(300);
        // q5, q22, q39 were made to discriminate the wrong way; q3, q14, q25, q36 have a dead distractor.
        assertThat(analysis.items().stream().filter(r -> r.flags().contains(ItemFlag.NEGATIVE_DISCRIMINATION))
                .map(r -> r.item().questionId())).containsExactlyInAnyOrder("q5", "q22", "q39");
        assertThat(analysis.items().stream().filter(r -> r.flags().contains(ItemFlag.UNCHOSEN_DISTRACTOR))
                .map(r -> r.item().questionId())).contains("q3", "q14", "q25", "q36");
        assertThat(SyntheticClass.generate(300, 40, 1, 40, SyntheticClass.SEED)).isEqualTo(small);
    }
}
