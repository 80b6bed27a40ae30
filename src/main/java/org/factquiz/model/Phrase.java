package org.factquiz.model;

import java.util.Objects;

/**
 * One way of saying a kind of fact, with slots: {@code "{subject} makes {object}"}. {@code kind}
 * is relation, quantity, comparison, title or event; {@code key} the predicate, measure, title or
 * event it says; {@code more} the direction of a comparison phrase; {@code origin} where it was
 * written (or that factquiz made it from the vocabulary entry's name).
 */
public record Phrase(String kind, String key, boolean more, Language language, String template, int rank,
                     Location location, Origin origin) {
    /** Where a phrase comes from. */
    public enum Origin {
        /** Written in the facts folder, beside the vocabulary. */
        FACTS,
        /** Written in the rules folder's language files, where domain phrases were kept before. */
        RULES,
        /** Made by factquiz from the name of a vocabulary entry that has no phrases of its own. */
        NAME
    }

    public Phrase {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(origin, "origin");
    }

    /** A phrase written in the facts folder. */
    public Phrase(String kind, String key, boolean more, Language language, String template, int rank,
                  Location location) {
        this(kind, key, more, language, template, rank, location, Origin.FACTS);
    }

    /** True for a phrase an editor wrote, false for one made from a name. */
    public boolean written() {
        return origin != Origin.NAME;
    }
}
