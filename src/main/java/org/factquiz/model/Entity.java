package org.factquiz.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something the source talks about: a company, person, product, place, ... {@code grammar} says,
 * per language, what the dictionaries cannot know about its name (gender, number, case forms).
 */
public record Entity(String id, String type, Names name, List<String> aliases, Location location,
                     Map<Language, NameGrammar> grammar) implements Identified {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        grammar = grammar == null ? Map.of() : Map.copyOf(grammar);
    }

    public Entity(String id, String type, Names name, List<String> aliases, Location location) {
        this(id, type, name, aliases, location, Map.of());
    }

    /** The grammar the facts give for the name in {@code language}, or none. */
    public NameGrammar grammarIn(Language language) {
        return grammar.get(language);
    }

    @Override
    public String kind() {
        return "entity";
    }
}
