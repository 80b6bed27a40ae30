package org.factquiz.model;

import java.util.Objects;

/**
 * Where a statement was written down and how firmly its source states it. {@code accordingTo}
 * names who the source attributes it to (an entity id), {@code hedge} the hedging word used.
 */
public record Provenance(Location location, SourceRef source, Status status, String accordingTo,
                         String hedge, String topic) {
    public Provenance {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        topic = topic == null ? "" : topic;
    }
}
