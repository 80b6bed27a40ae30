package org.factquiz.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks relations for a matching question, in a fixed order: distinct objects (the items), whose
 * subjects (the partners) may repeat, with at least two different subjects.
 */
public final class MatchingPairs {
    private MatchingPairs() {
    }

    /** Up to {@code max} relations, by object id, no object twice; none when they have only one subject. */
    public static List<Relation> pick(Collection<?> relations, int max) {
        List<Relation> sorted = relations.stream().filter(Relation.class::isInstance).map(Relation.class::cast)
                .sorted(Comparator.comparing(Relation::object).thenComparing(Relation::subject)).toList();
        Set<String> subjects = new HashSet<>();
        Set<String> objects = new HashSet<>();
        List<Relation> picked = new ArrayList<>();
        for (Relation r : sorted) {
            if (picked.size() < max && !objects.contains(r.object())) {
                subjects.add(r.subject());
                objects.add(r.object());
                picked.add(r);
            }
        }
        return subjects.size() >= 2 ? picked : List.of();
    }
}
