package org.factquiz.engine;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factquiz.model.Derived;
import org.factquiz.model.Finding;

/** Everything a rule session held when it came to rest: inputs, derived facts and results. */
public final class SessionResult {
    private final List<Object> objects;
    private final Map<String, Derived> derivedById = new HashMap<>();

    SessionResult(List<Object> objects) {
        this.objects = List.copyOf(objects);
        for (Object object : objects) {
            if (object instanceof Derived derived) {
                derivedById.putIfAbsent(derived.id(), derived);
            }
        }
    }

    public <T> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The findings, in a fixed order: by rule, then by the facts involved, then by message. */
    public List<Finding> findings() {
        return all(Finding.class).stream()
                .sorted(Comparator.comparing(Finding::rule)
                        .thenComparing(f -> String.join(",", f.facts()))
                        .thenComparing(Finding::messageEn))
                .toList();
    }

    public java.util.Optional<Derived> derived(String id) {
        return java.util.Optional.ofNullable(derivedById.get(id));
    }
}
