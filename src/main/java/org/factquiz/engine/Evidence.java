package org.factquiz.engine;

import java.util.List;
import org.factquiz.model.Location;
import org.factquiz.model.SourceRef;
import org.factquiz.model.Status;

/**
 * Why a fact is there: a written fact with its place and source sentence, or a derived fact with
 * the rule that made it and the evidence for each of its premises.
 */
public record Evidence(String id, Location location, SourceRef source, Status status, String rule,
                       List<Evidence> premises) {
    public Evidence {
        premises = List.copyOf(premises);
    }

    public boolean isDerived() {
        return rule != null;
    }

    /** The written facts this evidence finally rests on, each once, in order of first use. */
    public List<Evidence> leaves() {
        java.util.LinkedHashMap<String, Evidence> leaves = new java.util.LinkedHashMap<>();
        collect(this, leaves);
        return List.copyOf(leaves.values());
    }

    private static void collect(Evidence evidence, java.util.Map<String, Evidence> leaves) {
        if (!evidence.isDerived()) {
            leaves.putIfAbsent(evidence.id + "@" + evidence.location, evidence);
            return;
        }
        for (Evidence premise : evidence.premises) {
            collect(premise, leaves);
        }
    }
}
