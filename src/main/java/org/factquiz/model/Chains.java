package org.factquiz.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Helpers for ordering questions: facts or entities that stand in one certain order. */
public final class Chains {
    private Chains() {
    }

    /**
     * The longest run of statements each of which certainly starts before the next (at most
     * {@code max}, earliest first), from dated statements in any order. Lists are skipped (their
     * members stand for them); of statements starting together only the first by id is taken.
     */
    public static List<Statement> chronology(Collection<?> statements, int max) {
        List<Statement> dated = statements.stream().filter(Statement.class::isInstance).map(Statement.class::cast)
                .filter(s -> !(s instanceof Enumeration) && s.time().start() != null)
                // Earliest possible end first: the greedy pick then gives the longest chain.
                .sorted(Comparator.comparingInt((Statement s) -> monthIndex(s.time().start(), true))
                        .thenComparingInt(s -> monthIndex(s.time().start(), false)).thenComparing(Statement::id))
                .toList();
        List<Statement> chain = new ArrayList<>();
        for (Statement s : dated) {
            if (chain.size() < max && (chain.isEmpty()
                    || chain.get(chain.size() - 1).time().start().certainlyBefore(s.time().start()))) {
                chain.add(s);
            }
        }
        return chain;
    }

    private static int monthIndex(PartialDate date, boolean last) {
        return date.year() * 12 + (last ? date.lastMonth() : date.firstMonth());
    }

    /**
     * The longest run of entities each of which has more of a measure than the next (at most
     * {@code max}, most first): from who exceeds whom ({@code Exceeds}, stated or derived), and from
     * counts whose ranges do not overlap ({@code Quantity}). Only facts of {@code measure} count.
     */
    public static List<String> ranking(Collection<?> facts, String measure, int max) {
        Map<String, Set<String>> above = new HashMap<>();
        List<Quantity> counts = new ArrayList<>();
        for (Object o : facts) {
            if (o instanceof Exceeds x && x.measure().equals(measure) && x.status() == Status.ASSERTED) {
                above.computeIfAbsent(x.subject(), k -> new HashSet<>()).add(x.object());
            } else if (o instanceof Quantity q && q.measure().equals(measure) && q.status() == Status.ASSERTED
                    && (q.bound() == Bound.EXACT || q.bound() == Bound.ABOUT)) {
                counts.add(q);
            }
        }
        for (Quantity a : counts) {
            for (Quantity b : counts) {
                if (!a.subject().equals(b.subject()) && a.unitId().equals(b.unitId()) && a.lowest() > b.highest()) {
                    above.computeIfAbsent(a.subject(), k -> new HashSet<>()).add(b.subject());
                }
            }
        }
        Map<String, List<String>> longest = new HashMap<>();
        List<String> best = List.of();
        for (String start : above.keySet().stream().sorted().toList()) {
            List<String> chain = longestFrom(start, above, longest, new HashSet<>());
            if (chain.size() > best.size()) {
                best = chain;
            }
        }
        return best.size() > max ? best.subList(0, max) : best;
    }

    /** The longest path down from {@code start}, remembered per entity; a cycle (an inconsistency) is cut. */
    private static List<String> longestFrom(String start, Map<String, Set<String>> above,
                                            Map<String, List<String>> longest, Set<String> open) {
        List<String> known = longest.get(start);
        if (known != null) {
            return known;
        }
        open.add(start);
        List<String> best = List.of();
        for (String next : above.getOrDefault(start, Set.of()).stream().sorted().toList()) {
            if (!open.contains(next)) {
                List<String> rest = longestFrom(next, above, longest, open);
                if (rest.size() > best.size()) {
                    best = rest;
                }
            }
        }
        open.remove(start);
        List<String> chain = new ArrayList<>();
        chain.add(start);
        chain.addAll(best);
        longest.put(start, List.copyOf(chain));
        return chain;
    }
}
