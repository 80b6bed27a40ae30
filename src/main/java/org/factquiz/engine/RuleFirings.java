package org.factquiz.engine;

import java.util.Map;
import java.util.TreeMap;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Counts how often each rule fired, over one or more sessions; rules that never fired are absent. */
public final class RuleFirings {
    private final Map<String, Integer> counts = new TreeMap<>();
    private final DefaultAgendaEventListener listener = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            counts.merge(event.getMatch().getRule().getName(), 1, Integer::sum);
        }
    };

    DefaultAgendaEventListener listener() {
        return listener;
    }

    public int count(String rule) {
        return counts.getOrDefault(rule, 0);
    }

    /** Adds the counts of {@code other} to these. */
    public void add(RuleFirings other) {
        other.counts.forEach((rule, n) -> counts.merge(rule, n, Integer::sum));
    }

    public Map<String, Integer> counts() {
        return Map.copyOf(counts);
    }
}
