package org.factquiz.stats;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The item analysis of a question set over the finished attempts: for each question its Moodle
 * statistics, response counts and flags, and how many attempts the statistics rest on (an attempt
 * with fewer than two questions is no test and is left out, see {@link ItemStatisticsCalculator}).
 */
public record ItemAnalysis(int attempts, List<ItemReport> items) {
    public ItemAnalysis {
        items = List.copyOf(items);
    }

    /** The analysis of {@code items} over {@code attempts}, flagged by {@code thresholds}. */
    public static ItemAnalysis of(List<ItemDefinition> items, List<AttemptResult> attempts, FlagThresholds thresholds) {
        List<AttemptResult> tests = attempts.stream().filter(a -> a.responses().size() >= 2).toList();
        List<ItemStatistics> statistics = ItemStatisticsCalculator.calculate(items, tests);
        Map<String, List<ItemResponse>> answers = new HashMap<>();
        for (AttemptResult attempt : tests) {
            for (ItemResponse response : attempt.responses()) {
                answers.computeIfAbsent(response.questionId(), id -> new ArrayList<>()).add(response);
            }
        }
        List<ItemReport> reports = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ItemDefinition item = items.get(i);
            List<ResponseCount> responses = ResponseCounter.count(item, answers.getOrDefault(item.questionId(), List.of()));
            reports.add(new ItemReport(item, statistics.get(i), responses, flags(item, statistics.get(i), responses, thresholds)));
        }
        return new ItemAnalysis(tests.size(), reports);
    }

    /** The questions with at least one flag, in the order of the question set. */
    public List<ItemReport> flagged() {
        return items.stream().filter(r -> !r.flags().isEmpty()).toList();
    }

    private static Set<ItemFlag> flags(ItemDefinition item, ItemStatistics statistics, List<ResponseCount> responses,
                                       FlagThresholds thresholds) {
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (statistics.attempts() < thresholds.minimumAttempts()) {
            return flags;
        }
        statistics.discriminationIndex().ifPresent(index -> {
            if (index < 0) {
                flags.add(ItemFlag.NEGATIVE_DISCRIMINATION);
            } else if (index < thresholds.lowDiscrimination()) {
                flags.add(ItemFlag.LOW_DISCRIMINATION);
            }
        });
        if (item.hasOptions() && responses.stream().anyMatch(r -> !r.key() && r.count() == 0)) {
            flags.add(ItemFlag.UNCHOSEN_DISTRACTOR);
        }
        return flags;
    }
}
