package org.factquiz.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** "holder is the title (of whom) in scope": {@code northgate busiest-branch in harwick}. */
public record Title(String id, String holder, String title, String of, String scope, When when,
                    Provenance provenance) implements Statement {
    public Title {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(provenance, "provenance");
    }

    @Override
    public String subject() {
        return holder;
    }

    /** Titles with the same key compete: same title, of the same entity, in the same scope. */
    public String key() {
        return title + "|" + of + "|" + scope;
    }

    /** A readable id part: "head-librarian-of-harwick-library", "busiest-branch-in-harwick". */
    public String slug() {
        return title + (of == null ? "" : "-of-" + of) + (scope == null ? "" : "-in-" + scope);
    }

    @Override
    public List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>(List.of(new Mention(id, "holder", holder)));
        if (of != null) {
            mentions.add(new Mention(id, "of", of));
        }
        if (scope != null) {
            mentions.add(new Mention(id, "scope", scope));
        }
        return mentions;
    }
}
