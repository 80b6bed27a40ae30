package org.factquiz.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factquiz.review.LearnerCard.Retirement.Reason;
import org.junit.jupiter.api.Test;

/** What the review page shows: due cards first, none with an outdated answer. */
class ReviewQueueTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final Scheduler SCHEDULER = new Scheduler(SchedulerSettings.defaults());

    /** A card answered right twice on Monday (learning steps done), so it is due in a few days. */
    private static LearnerCard learned(String question, String key) {
        Card card = SCHEDULER.review(Card.fresh(MONDAY), Rating.GOOD, MONDAY).after();
        Instant later = card.due();
        card = SCHEDULER.review(card, Rating.GOOD, later).after();
        return new LearnerCard("ana", question, "products", key, card, null);
    }

    @Test
    void aCardLearnedOnMondayIsDueOnlyOnceItsIntervalHasPassed() {
        LearnerCard card = learned("which-maker", "b");
        Map<String, String> keys = Map.of("which-maker", "b");

        ReviewQueue monday = ReviewQueue.of(List.of(card), keys, MONDAY.plus(Duration.ofHours(1)));
        assertThat(monday.due()).isEmpty();
        assertThat(monday.later()).isEqualTo(1);
        assertThat(monday.nextDue()).contains(card.card().due());

        ReviewQueue due = ReviewQueue.of(List.of(card), keys, card.card().due());
        assertThat(due.due()).containsExactly(card);
        assertThat(due.later()).isZero();
    }

    @Test
    void aCardWhoseQuestionChangedItsKeyOrDisappearedIsRetiredNeverShown() {
        LearnerCard changed = learned("which-maker", "b");
        LearnerCard gone = learned("how-many-users", "60");
        LearnerCard kept = learned("which-year", "2023");
        LearnerCard longRetired = learned("old", "a").retire(Reason.QUESTION_GONE, MONDAY);
        Instant friday = MONDAY.plus(Duration.ofDays(4));

        ReviewQueue queue = ReviewQueue.of(List.of(changed, gone, kept, longRetired),
                Map.of("which-maker", "c", "which-year", "2023"), friday);

        assertThat(queue.due()).extracting(LearnerCard::questionId).containsExactly("which-year");
        assertThat(queue.retiredNow()).extracting(LearnerCard::questionId, c -> c.retirement().reason())
                .containsExactly(tuple("how-many-users", Reason.QUESTION_GONE),
                        tuple("which-maker", Reason.ANSWER_CHANGED));
        assertThat(queue.retiredNow()).allMatch(c -> !c.retirement().told() && c.retirement().at().equals(friday));
    }

    @Test
    void theLongestOverdueCardComesFirst() {
        LearnerCard early = learned("a-question", "x");
        Instant tuesday = MONDAY.plus(Duration.ofDays(1));
        Card later = SCHEDULER.review(SCHEDULER.review(Card.fresh(tuesday), Rating.GOOD, tuesday).after(), Rating.GOOD,
                tuesday.plus(Duration.ofMinutes(10))).after();
        LearnerCard second = new LearnerCard("ana", "b-question", "products", "y", later, null);

        ReviewQueue queue = ReviewQueue.of(List.of(second, early), Map.of("a-question", "x", "b-question", "y"),
                MONDAY.plus(Duration.ofDays(30)));
        assertThat(queue.due()).extracting(LearnerCard::questionId).containsExactly("a-question", "b-question");
    }
}
