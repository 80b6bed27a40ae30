package org.factquiz.model;

import java.util.Objects;

/**
 * One way of saying a kind of fact, with slots: {@code "{subject} makes {object}"}. {@code kind}
 * is relation, quantity, comparison, title or event; {@code key} the predicate, measure, title or
 * event it says; {@code more} the direction of a comparison phrase.
 */
public record Phrase(String kind, String key, boolean more, Language language, String template, int rank,
                     Location location) {
    public Phrase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
    }
}
