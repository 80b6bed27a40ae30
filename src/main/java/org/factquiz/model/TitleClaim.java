package org.factquiz.model;

import java.util.Objects;

/** "subject is the title (of whom) in scope": {@code northgate busiest-branch in harwick}. */
public record TitleClaim(String id, String subject, String title, String of, String scope, String accordingTo,
                         boolean possibly, String text, Location location) implements Claim {
    public TitleClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
    }

    /** Same key as {@link Title#key()}: the claim and a title statement speak of the same title. */
    public String key() {
        return title + "|" + of + "|" + scope;
    }

    /** A claim built by a rule (a quiz option). */
    public static TitleClaim of(String id, String subject, String title, String of, String scope, String accordingTo,
                                boolean possibly) {
        return new TitleClaim(id, subject, title, of, scope, accordingTo, possibly,
                subject + " " + title + (of == null ? "" : " of " + of) + (scope == null ? "" : " in " + scope),
                Location.UNKNOWN);
    }
}
