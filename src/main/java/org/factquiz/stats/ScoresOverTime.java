package org.factquiz.stats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores over time: per topic, per calendar day (in the zone given, the school's), the share of
 * marks earned by the answers of that day, quiz and review answers alike. For one learner pass
 * that learner's answers; for a class, everybody's.
 */
public final class ScoresOverTime {
    private ScoresOverTime() {
    }

    /** The topics in alphabetical order, each with its days in order. */
    public static List<TopicScores> byTopic(Collection<ScoredAnswer> answers, ZoneId zone) {
        Map<String, Map<LocalDate, double[]>> sums = new TreeMap<>();
        for (ScoredAnswer answer : answers) {
            LocalDate day = answer.answeredAt().atZone(zone).toLocalDate();
            double[] sum = sums.computeIfAbsent(answer.topic(), t -> new TreeMap<>())
                    .computeIfAbsent(day, d -> new double[3]);
            sum[0]++;
            sum[1] += answer.mark();
            sum[2] += answer.maxMark();
        }
        List<TopicScores> topics = new ArrayList<>();
        sums.forEach((topic, days) -> {
            List<DailyScore> scores = new ArrayList<>();
            days.forEach((day, sum) -> scores.add(new DailyScore(day, (int) sum[0], sum[1], sum[2])));
            topics.add(new TopicScores(topic, scores));
        });
        return topics;
    }
}
