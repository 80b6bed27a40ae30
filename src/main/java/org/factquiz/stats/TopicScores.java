package org.factquiz.stats;

import java.util.List;
import java.util.Objects;

/** A topic's score day by day, the earliest day first: one line of the score-over-time chart. */
public record TopicScores(String topic, List<DailyScore> days) {
    public TopicScores {
        Objects.requireNonNull(topic, "topic");
        days = List.copyOf(days);
    }

    /** All answers on the topic. */
    public int answers() {
        return days.stream().mapToInt(DailyScore::answers).sum();
    }
}
