package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.TypeDef;

/**
 * Items that answer themselves, found from the entities' names: a name that contains another
 * entity's name ("Acme chips", "Globex's search engine", "risks of the merger plan")
 * tells whom it belongs to. Such a name turns "Acme makes Acme chips" into a tautology and
 * "Initech makes Globex's search engine" into a giveaway, whatever the article.
 */
final class Giveaways {
    /** Names shorter than this ("AI", "KI") are too common inside other names to tell anything. */
    private static final int SHORTEST_NAME = 3;

    private final Map<String, Set<String>> mentioned = new HashMap<>();
    private final Map<String, Set<String>> types = new HashMap<>();
    private final Set<String> singleSubject = new HashSet<>();
    private final Map<String, String> declared = new HashMap<>();

    Giveaways(FactBase facts) {
        Map<String, TypeDef> typeDefs = new HashMap<>();
        facts.types().forEach(t -> typeDefs.putIfAbsent(t.id(), t));
        for (Entity e : facts.entities()) {
            Set<String> chain = new HashSet<>();
            for (TypeDef t = typeDefs.get(e.type()); t != null && chain.add(t.id());
                 t = t.parent() == null ? null : typeDefs.get(t.parent())) {
                // up to the root
            }
            chain.add(e.type());
            types.put(e.id(), chain);
            declared.put(e.id(), e.type());
        }
        facts.predicates().stream().filter(PredicateDef::singleSubject).forEach(p -> singleSubject.add(p.id()));
        List<Map.Entry<String, Pattern>> names = new ArrayList<>();
        for (Entity e : facts.entities()) {
            for (String name : namesOf(e)) {
                if (name.length() >= SHORTEST_NAME) {
                    names.add(Map.entry(e.id(), Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(name)
                            + "(?:'s|’s|s)?(?![\\p{L}\\d])")));
                }
            }
        }
        for (Entity e : facts.entities()) {
            Set<String> inside = new HashSet<>();
            for (Map.Entry<String, Pattern> name : names) {
                if (!name.getKey().equals(e.id()) && namesOf(e).stream().anyMatch(n -> name.getValue().matcher(n).find())) {
                    inside.add(name.getKey());
                }
            }
            mentioned.put(e.id(), inside);
        }
    }

    private static List<String> namesOf(Entity e) {
        List<String> names = new ArrayList<>(List.of(e.name().en(), e.name().de()));
        names.addAll(e.aliases());
        return names;
    }

    /** True when {@code entity}'s name names {@code other}: "Acme chips" names Acme. */
    boolean names(String entity, String other) {
        return mentioned.getOrDefault(entity, Set.of()).contains(other);
    }

    /** True when {@code entity}'s name names an entity of {@code type} (or a subtype of it). */
    boolean namesOneOf(String entity, String type) {
        return mentioned.getOrDefault(entity, Set.of()).stream()
                .anyMatch(other -> types.getOrDefault(other, Set.of()).contains(type));
    }

    /**
     * Why "subject predicate object" answers itself, or empty: the object's name names the subject
     * (a tautology: "the merger plan carries risks of the merger plan"), or, for a predicate with one
     * subject per object, names an entity of the subject's kind (it says who the one subject is:
     * "Initech makes Globex's search engine").
     */
    Optional<String> inRelation(String subject, String predicate, String object, String subjectType) {
        if (names(object, subject) || names(subject, object)) {
            return Optional.of("it answers itself: '" + object + "' is named after '" + subject + "'");
        }
        if (singleSubject.contains(predicate) && subjectType != null && namesOneOf(object, subjectType)) {
            return Optional.of("its object's name gives the answer away: '" + object + "' names a " + subjectType);
        }
        return Optional.empty();
    }

    /** The declared type of {@code entity}, or null. */
    String typeOf(String entity) {
        return declared.get(entity);
    }
}
