package org.factquiz.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.model.Derived;
import org.factquiz.model.FactBase;
import org.factquiz.model.Identified;
import org.factquiz.model.Location;
import org.factquiz.model.Statement;

/** Turns fact ids (written or derived) into {@link Evidence}, following derivations down to written facts. */
public final class Explainer {
    private final Map<String, List<Identified>> written = new HashMap<>();
    private final SessionResult session;

    public Explainer(FactBase facts, SessionResult session) {
        this.session = session;
        for (Object item : facts.all()) {
            if (item instanceof Identified identified) {
                written.computeIfAbsent(identified.id(), k -> new ArrayList<>()).add(identified);
            }
        }
    }

    /** Evidence for every thing written or derived under {@code id} (more than one if the id is duplicated). */
    public List<Evidence> explain(String id) {
        return explain(id, new HashSet<>());
    }

    private List<Evidence> explain(String id, Set<String> onPath) {
        List<Evidence> found = new ArrayList<>();
        for (Identified item : written.getOrDefault(id, List.of())) {
            if (item instanceof Statement statement) {
                found.add(new Evidence(id, statement.location(), statement.source(), statement.status(), null,
                        List.of()));
            } else {
                found.add(new Evidence(id, item.location(), null, null, null, List.of()));
            }
        }
        if (found.isEmpty()) {
            session.derived(id).ifPresent(derived -> found.add(derivedEvidence(derived, onPath)));
        }
        if (found.isEmpty()) {
            found.add(new Evidence(id, Location.UNKNOWN, null, null, null, List.of()));
        }
        return found;
    }

    private Evidence derivedEvidence(Derived derived, Set<String> onPath) {
        List<Evidence> premises = new ArrayList<>();
        if (onPath.add(derived.id())) {
            for (String premise : derived.derivation().premises()) {
                premises.addAll(explain(premise, onPath));
            }
            onPath.remove(derived.id());
        }
        return new Evidence(derived.id(), null, null, derived.status(), derived.derivation().rule(), premises);
    }
}
