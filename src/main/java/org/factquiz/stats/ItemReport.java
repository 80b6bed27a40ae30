package org.factquiz.stats;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Everything the teacher's report says about one question: its statistics, what was answered, its flags. */
public record ItemReport(ItemDefinition item, ItemStatistics statistics, List<ResponseCount> responses,
                         Set<ItemFlag> flags) {
    public ItemReport {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(statistics, "statistics");
        responses = List.copyOf(responses);
        flags = Set.copyOf(flags);
    }

    /** The distractors (options that are not the key) that nobody chose. */
    public List<ResponseCount> unchosenDistractors() {
        return responses.stream().filter(r -> !r.key() && r.count() == 0).toList();
    }
}
