package org.factquiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresOverTimeTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void eachTopicGetsOneScorePerDayOfTheSchoolsCalendar() {
        List<ScoredAnswer> answers = List.of(
                new ScoredAnswer("ana", "products", Instant.parse("2026-03-02T09:00:00Z"), 1, 1),
                new ScoredAnswer("ana", "products", Instant.parse("2026-03-02T09:05:00Z"), 0, 1),
                new ScoredAnswer("ben", "products", Instant.parse("2026-03-02T22:30:00Z"), 1, 1), // 23:30 in Berlin
                new ScoredAnswer("ana", "products", Instant.parse("2026-03-02T23:30:00Z"), 1, 1), // already the 3rd
                new ScoredAnswer("ana", "company", Instant.parse("2026-03-05T08:00:00Z"), 0, 1));

        List<TopicScores> topics = ScoresOverTime.byTopic(answers, BERLIN);

        assertThat(topics).extracting(TopicScores::topic).containsExactly("company", "products");
        assertThat(topics.get(1).days()).extracting(DailyScore::day, DailyScore::answers, DailyScore::score)
                .containsExactly(tuple(LocalDate.of(2026, 3, 2), 3, 2 / 3.0), tuple(LocalDate.of(2026, 3, 3), 1, 1.0));
        assertThat(topics.get(0).days()).extracting(DailyScore::score).containsExactly(0.0);
        assertThat(topics.get(1).answers()).isEqualTo(4);
    }
}
