package org.factquiz.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CandidatePoolTest {
    private static final CandidatePool SMALL = new CandidatePool("type", "company", List.of("c", "a", "b", "a"));
    private static final CandidatePool LARGE = new CandidatePool("type", "company",
            IntStream.range(0, 10_000).mapToObj(i -> String.format("co-%05d", i)).toList());

    @Test
    void aSmallPoolGivesEveryCandidateButTheExcludedInSortedOrder() {
        assertThat(SMALL.ids()).containsExactly("a", "b", "c");
        assertThat(SMALL.sample("q", 8, "b")).containsExactly("a", "c");
        assertThat(SMALL.sample("q", 2, "b", "x")).containsExactly("a", "c");
        assertThat(SMALL.sample("q", 8, "a", null, "c")).containsExactly("b");
    }

    @Test
    void aLargePoolGivesAtMostTheCountAskedFor() {
        List<String> drawn = LARGE.sample("which-makes-x", 8, "co-00001", "co-00002");

        assertThat(drawn).hasSize(8).doesNotHaveDuplicates().isSorted()
                .doesNotContain("co-00001", "co-00002").allSatisfy(id -> assertThat(LARGE.ids()).contains(id));
    }

    @Test
    void theSameQuestionDrawsTheSameCandidatesAndAnotherQuestionOthers() {
        assertThat(LARGE.sample("which-makes-x", 8)).isEqualTo(LARGE.sample("which-makes-x", 8));
        assertThat(LARGE.sample("which-makes-y", 8)).isNotEqualTo(LARGE.sample("which-makes-x", 8));
    }

    @Test
    void excludedIdsDoNotCountTowardsThePoolBeingSmall() {
        CandidatePool four = new CandidatePool("type", "t", List.of("a", "b", "c", "d"));

        // Two of four are excluded: the two left are all there is, not a sample of them.
        assertThat(four.sample("q", 2, "a", "d")).containsExactly("b", "c");
    }

    @Test
    void firstIsTheSmallestIdThatIsNotExcluded() {
        assertThat(SMALL.first("a", "x")).containsExactly("b");
        assertThat(SMALL.first("a", "b", "c")).isEmpty();
        assertThat(SMALL.first(null, null)).containsExactly("a");
    }
}
