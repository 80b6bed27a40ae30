package org.factquiz.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts what learners answered to a question, as Moodle's response analysis does: for a question
 * answered by choosing, every option in the question's order (an option nobody chose counts 0);
 * otherwise every distinct response, the most frequent first.
 */
public final class ResponseCounter {
    private ResponseCounter() {
    }

    /** The responses to {@code item}, given its answers in all attempts. */
    public static List<ResponseCount> count(ItemDefinition item, List<ItemResponse> responses) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> fullMarks = new HashSet<>();
        int answered = responses.size();
        for (ItemResponse response : responses) {
            if (item.hasOptions()) {
                List<String> chosen = response.response();
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.indexOf(chosen.get(i)) == i) {
                        counts.merge(chosen.get(i), 1, Integer::sum);
                    }
                }
            } else {
                String given = String.join(", ", response.response());
                counts.merge(given, 1, Integer::sum);
                if (response.mark() == response.maxMark()) {
                    fullMarks.add(given);
                }
            }
        }
        List<ResponseCount> result = new ArrayList<>();
        if (item.hasOptions()) {
            for (ItemDefinition.Option option : item.options()) {
                int count = counts.getOrDefault(option.id(), 0);
                result.add(new ResponseCount(option.id(), option.text(), option.key(), count, share(count, answered)));
            }
            return result;
        }
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> result.add(new ResponseCount(e.getKey(), e.getKey(), fullMarks.contains(e.getKey()),
                        e.getValue(), share(e.getValue(), answered))));
        return result;
    }

    private static double share(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }
}
