package org.factquiz.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheduler as a learner meets it (ts-fsrs agreement is SchedulerMatchesTsFsrsTest's). */
class SchedulerTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());

    @Test
    void aNewCardGoesThroughOneAndTenMinuteStepsBeforeItIsScheduledInDays() {
        Map<Rating, Review> first = scheduler.preview(Card.fresh(NOW), NOW);
        assertThat(first.get(Rating.AGAIN).after().due()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(first.get(Rating.HARD).after().due()).isEqualTo(NOW.plus(Duration.ofMinutes(6)));
        assertThat(first.get(Rating.GOOD).after().due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(first.get(Rating.EASY).after().state()).isEqualTo(CardState.REVIEW);
        assertThat(first.get(Rating.EASY).after().scheduledDays()).isGreaterThanOrEqualTo(8);

        Card stepped = first.get(Rating.GOOD).after();
        Card graduated = scheduler.review(stepped, Rating.GOOD, stepped.due()).after();
        assertThat(graduated.state()).isEqualTo(CardState.REVIEW);
        assertThat(graduated.scheduledDays()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void atItsDueDateACardIsRecalledWithTheDesiredRetention() {
        Card card = scheduler.review(Card.fresh(NOW), Rating.EASY, NOW).after();
        for (int i = 0; i < 4; i++) {
            card = scheduler.review(card, Rating.GOOD, card.due()).after();
        }
        // Whole days round the interval, so R at the due date is near 0.9, not exactly.
        assertThat(scheduler.retrievability(card, card.due())).isCloseTo(0.9, within(0.01));
    }

    @Test
    void aHigherDesiredRetentionBringsReviewsSooner() {
        Scheduler keen = new Scheduler(SchedulerSettings.defaults().withDesiredRetention(0.97));
        Card relaxed = scheduler.review(Card.fresh(NOW), Rating.EASY, NOW).after();
        Card strict = keen.review(Card.fresh(NOW), Rating.EASY, NOW).after();
        assertThat(strict.scheduledDays()).isLessThan(relaxed.scheduledDays());
    }

    @Test
    void aLapseSendsAReviewCardToRelearningAndCountsIt() {
        Card card = scheduler.review(Card.fresh(NOW), Rating.EASY, NOW).after();
        Review lapse = scheduler.review(card, Rating.AGAIN, card.due());
        assertThat(lapse.after().state()).isEqualTo(CardState.RELEARNING);
        assertThat(lapse.after().lapses()).isEqualTo(1);
        assertThat(lapse.after().stability()).isLessThan(card.stability());
        assertThat(lapse.after().due()).isEqualTo(card.due().plus(Duration.ofMinutes(10)));
    }

    @Test
    void aReviewBeforeTheLastOneIsRefused() {
        Card card = scheduler.review(Card.fresh(NOW), Rating.GOOD, NOW).after();
        assertThatThrownBy(() -> scheduler.review(card, Rating.GOOD, NOW.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be reviewed earlier");
    }

    @Test
    void aWrongAnswerIsAgainAndOnlyARightOneLetsTheLearnerSayHowHardItWas() {
        assertThat(Ratings.fromAnswer(false)).isEqualTo(Rating.AGAIN);
        assertThat(Ratings.choices(false)).containsExactly(Rating.AGAIN);
        assertThat(Ratings.fromAnswer(true)).isEqualTo(Rating.GOOD);
        assertThat(Ratings.choices(true)).containsExactly(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY);
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedWithTheReason() {
        assertThatThrownBy(() -> SchedulerSettings.defaults().withDesiredRetention(1.2))
                .hasMessage("desired retention must be above 0 and at most 1, not 1.2");
        assertThatThrownBy(() -> Weights.of(java.util.List.of(1.0, 2.0), 1, true))
                .hasMessage("FSRS-6 takes 21 weights, not 2");
    }
}
