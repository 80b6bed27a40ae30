package org.factquiz.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Picks relations for a matching question: distinct subjects and distinct objects, in a fixed order. */
public final class MatchingPairs {
    private MatchingPairs() {
    }

    /** Up to {@code max} relations, by object id, no subject or object twice. */
    public static List<Relation> pick(Collection<?> relations, int max) {
        List<Relation> sorted = relations.stream().filter(Relation.class::isInstance).map(Relation.class::cast)
                .sorted(Comparator.comparing(Relation::object).thenComparing(Relation::subject)).toList();
        Set<String> subjects = new HashSet<>();
        Set<String> objects = new HashSet<>();
        List<Relation> picked = new ArrayList<>();
        for (Relation r : sorted) {
            if (picked.size() < max && !subjects.contains(r.subject()) && !objects.contains(r.object())) {
                subjects.add(r.subject());
                objects.add(r.object());
                picked.add(r);
            }
        }
        return picked;
    }
}
