package org.factquiz.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.model.Title;
import org.factquiz.model.TypeDef;

/**
 * What the certain facts say about who is who, for resolving a description in a claim ("the maker
 * of Chatly", "der reichste Mann Chinas"): stated relations (list members included) and their
 * inverses and symmetric counterparts, titles, and the type hierarchy. Only asserted statements
 * count: a description resolved through a reported fact would make a certain claim out of it.
 */
final class FactIndex {
    /** An entity a description names, and the statements that say so. */
    record Found(String entity, List<String> facts) {
    }

    private final Map<String, List<Relation>> byPredicate = new HashMap<>();
    private final List<Title> titles = new ArrayList<>();
    private final Map<String, String> inverseOf = new HashMap<>();
    private final Set<String> symmetric = new HashSet<>();
    private final Map<String, String> typeOf = new HashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();

    FactIndex(FactBase facts) {
        for (PredicateDef p : facts.predicates()) {
            if (p.inverse() != null) {
                inverseOf.put(p.id(), p.inverse());
                inverseOf.put(p.inverse(), p.id());
            }
            if (p.symmetric()) {
                symmetric.add(p.id());
            }
        }
        for (Statement s : facts.statements()) {
            if (!s.status().isCertain()) {
                continue;
            }
            if (s instanceof Relation r) {
                byPredicate.computeIfAbsent(r.predicate(), k -> new ArrayList<>()).add(r);
            } else if (s instanceof Title t) {
                titles.add(t);
            }
        }
        for (Entity e : facts.entities()) {
            typeOf.put(e.id(), e.type());
        }
        for (TypeDef t : facts.types()) {
            if (t.parent() != null) {
                parentOf.put(t.id(), t.parent());
            }
        }
    }

    /** Every entity {@code x} with "x predicate object" holding, with the facts that say so. */
    List<Found> subjectsOf(String predicate, String object) {
        return holders(predicate, object, true);
    }

    /** Every entity {@code x} with "subject predicate x" holding. */
    List<Found> objectsOf(String predicate, String subject) {
        return holders(predicate, subject, false);
    }

    private List<Found> holders(String predicate, String known, boolean wantSubject) {
        Map<String, List<String>> found = new HashMap<>();
        List<String> order = new ArrayList<>();
        for (Relation r : byPredicate.getOrDefault(predicate, List.of())) {
            if ((wantSubject ? r.object() : r.subject()).equals(known)) {
                add(found, order, wantSubject ? r.subject() : r.object(), r.id());
            }
            if (symmetric.contains(predicate) && (wantSubject ? r.subject() : r.object()).equals(known)) {
                add(found, order, wantSubject ? r.object() : r.subject(), r.id());
            }
        }
        String inverse = inverseOf.get(predicate);
        if (inverse != null) {
            for (Relation r : byPredicate.getOrDefault(inverse, List.of())) {
                if ((wantSubject ? r.subject() : r.object()).equals(known)) {
                    add(found, order, wantSubject ? r.object() : r.subject(), r.id());
                }
            }
        }
        List<Found> out = new ArrayList<>();
        for (String e : order) {
            out.add(new Found(e, List.copyOf(new LinkedHashSet<>(found.get(e)))));
        }
        return out;
    }

    private static void add(Map<String, List<String>> found, List<String> order, String entity, String fact) {
        if (!found.containsKey(entity)) {
            order.add(entity);
        }
        found.computeIfAbsent(entity, k -> new ArrayList<>()).add(fact);
    }

    /** The holders of a title (of whom, in which scope; null for either when the claim gives none). */
    List<Found> holdersOf(String title, String of, String scope) {
        List<Found> out = new ArrayList<>();
        for (Title t : titles) {
            if (t.title().equals(title) && java.util.Objects.equals(t.of(), of) && java.util.Objects.equals(t.scope(), scope)) {
                out.add(new Found(t.holder(), List.of(t.id())));
            }
        }
        return out;
    }

    /** True when {@code entity} is of {@code type} or one of its subtypes. */
    boolean isA(String entity, String type) {
        for (String t = typeOf.get(entity); t != null; t = parentOf.get(t)) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }
}
