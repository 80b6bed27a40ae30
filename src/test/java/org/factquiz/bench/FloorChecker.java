package org.factquiz.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The floor for the benchmarks: the constraints of the shipped consistency rules, checked by plain
 * Java over the same files, with hash maps instead of a rule engine. It parses the facts folder
 * with the same YAML library, derives what the rules derive (type hierarchy, inverse, symmetric and
 * transitive relations, chained comparisons) and counts the findings each rule would report. No
 * messages, no provenance, no input checks: the least work that finds the same inconsistencies.
 */
public final class FloorChecker {
    private static final List<String> STATUS_ORDER = List.of("asserted", "reported", "intended", "hedged");
    private static final Map<String, Double> SCALES = Map.of("one", 1.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    private final Map<String, Integer> findings = new TreeMap<>();
    private final Map<String, Map<String, Integer>> idsByKind = new HashMap<>();
    private final Map<String, String> typeParents = new HashMap<>();
    private final Set<String> units = new HashSet<>();
    private final Set<String> rootTypes = new HashSet<>();
    private final List<String[]> typeDefs = new ArrayList<>();
    private final List<Predicate> predicateDefs = new ArrayList<>();
    private final List<Measure> measureDefs = new ArrayList<>();
    private final List<TitleDef> titleDefs = new ArrayList<>();
    private final Map<String, Predicate> predicates = new HashMap<>();
    private final Map<String, Measure> measures = new HashMap<>();
    private final Map<String, TitleDef> titles = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<Stmt> statements = new ArrayList<>();
    private final Map<String, CompleteList> completeLists = new HashMap<>();
    private final List<EventKind> eventDefs = new ArrayList<>();
    /** Written phrases: kind, key and language, in the order read, with how many templates each list has. */
    private final List<String[]> phrases = new ArrayList<>();

    /** A list the source gives as complete: its subject, predicate and members. */
    private record CompleteList(String subject, String predicate, Set<String> members) {
    }

    private record Predicate(String id, List<String> domain, List<String> range, String inverse, boolean symmetric,
                             boolean transitive, boolean singleSubject, boolean singleObject, boolean containment,
                             List<String> roles, List<String> named) {
        boolean chains() {
            return transitive || containment;
        }
    }

    /** A kind of event and the roles the vocabulary gives it. */
    private record EventKind(String id, List<String> roles) {
    }

    private record Measure(String id, List<String> subject, String unit) {
    }

    private record TitleDef(String id, List<String> holder, String measure, boolean unique) {
    }

    private record Entity(String id, String type) {
    }

    /** A day span: the first and last day (epoch days) a partial date may mean. */
    private record Month(long first, long last) {
        boolean before(Month other) {
            return last < other.first;
        }
    }

    /** One statement of any kind; fields a kind does not have are null. */
    private record Stmt(String kind, String id, String status, String accordingTo, boolean partOfList, String subject, String predicate, String object,
                        String where, String measure, double value, String unit, String bound, boolean more,
                        String title, String of, String scope, String event, String link, List<String> from,
                        String to, Month at, Month since, Month until) {
        Month start() {
            return at != null ? at : since;
        }

        Month end() {
            return at != null ? at : until;
        }

        double lowest() {
            return switch (bound) {
                case "at-most" -> Double.NEGATIVE_INFINITY;
                case "about" -> value * 0.9;
                default -> value;
            };
        }

        double highest() {
            return switch (bound) {
                case "at-least" -> Double.POSITIVE_INFINITY;
                case "about" -> value * 1.1;
                default -> value;
            };
        }

        boolean mayOverlap(Stmt other) {
            if (end() != null && other.start() != null && end().before(other.start())) {
                return false;
            }
            return !(other.end() != null && start() != null && other.end().before(start()));
        }

        List<String> mentions() {
            List<String> mentioned = new ArrayList<>();
            switch (kind) {
                case "relation", "event" -> {
                    mentioned.add(subject);
                    if (object != null) {
                        mentioned.add(object);
                    }
                    if (where != null) {
                        mentioned.add(where);
                    }
                }
                case "quantity" -> mentioned.add(subject);
                case "comparison" -> {
                    mentioned.add(subject);
                    mentioned.add(object);
                }
                case "title" -> {
                    mentioned.add(subject);
                    if (of != null) {
                        mentioned.add(of);
                    }
                    if (scope != null) {
                        mentioned.add(scope);
                    }
                }
                default -> {
                    // Lists and links mention statements, not entities.
                }
            }
            return mentioned;
        }
    }

    private record Holds(String subject, String predicate, String object, String where, String status) {
    }

    private record Exceeds(String subject, String object, String measure, String status) {
    }

    /** Checks the facts below {@code folder} and returns how many findings each rule would report. */
    public static Map<String, Integer> check(Path folder) throws IOException {
        FloorChecker checker = new FloorChecker();
        checker.read(folder);
        checker.checkAll();
        return checker.findings;
    }

    private void read(Path folder) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
            }).sorted().toList();
        }
        for (Path file : files) {
            JsonNode root = yaml.readTree(file.toFile());
            for (JsonNode n : root.path("sources")) {
                id("source", n);
            }
            for (JsonNode n : root.path("types")) {
                id("type", n);
                typeParents.putIfAbsent(text(n, "id"), text(n, "parent"));
                typeDefs.add(new String[] {text(n, "id"), text(n, "parent")});
                if (text(n, "parent") == null) {
                    rootTypes.add(text(n, "id"));
                }
            }
            for (JsonNode n : root.path("predicates")) {
                id("predicate", n);
                List<String> named = new ArrayList<>(words(n.path("sub-property-of")));
                n.path("chains").forEach(chain -> named.addAll(words(chain)));
                Predicate predicate = new Predicate(text(n, "id"), types(n, "domain"), types(n, "range"),
                        text(n, "inverse"), n.path("symmetric").asBoolean(false), n.path("transitive").asBoolean(false),
                        n.path("single-subject").asBoolean(false), n.path("single-object").asBoolean(false),
                        n.path("containment").asBoolean(false), words(n.path("roles")),
                        List.copyOf(new java.util.LinkedHashSet<>(named)));
                predicates.putIfAbsent(predicate.id(), predicate);
                predicateDefs.add(predicate);
            }
            for (JsonNode n : root.path("measures")) {
                id("measure", n);
                Measure measure = new Measure(text(n, "id"), types(n, "subject"), text(n, "unit"));
                measures.putIfAbsent(measure.id(), measure);
                measureDefs.add(measure);
            }
            for (JsonNode n : root.path("units")) {
                id("unit", n);
                units.add(text(n, "id"));
            }
            for (JsonNode n : root.path("titles")) {
                id("title", n);
                TitleDef title = new TitleDef(text(n, "id"), types(n, "holder"), text(n, "measure"),
                        n.path("unique").asBoolean(true));
                titles.putIfAbsent(title.id(), title);
                titleDefs.add(title);
            }
            for (JsonNode n : root.path("events")) {
                id("event", n);
                eventDefs.add(new EventKind(text(n, "id"), words(n.path("roles"))));
            }
            for (String kind : List.of("relations", "quantities", "comparisons", "titles", "events")) {
                for (JsonNode n : root.path("phrases").path(kind)) {
                    String key = text(n, switch (kind) {
                        case "relations" -> "predicate";
                        case "quantities", "comparisons" -> "measure";
                        case "titles" -> "title";
                        default -> "event";
                    });
                    String phraseKind = kind.equals("comparisons") ? "quantities" : kind;
                    for (String language : List.of("en", "de")) {
                        JsonNode templates = kind.equals("comparisons") ? n.path("more").path(language) : n.path(language);
                        if (kind.equals("comparisons") && templates.isMissingNode()) {
                            templates = n.path("less").path(language);
                        }
                        if (templates.size() > 0) {
                            phrases.add(new String[] {phraseKind, key, language});
                        }
                    }
                }
            }
            for (JsonNode n : root.path("entities")) {
                id("entity", n);
                entities.add(new Entity(text(n, "id"), text(n, "type")));
            }
            for (JsonNode n : root.path("statements")) {
                readStatement(n);
            }
        }
    }

    private void readStatement(JsonNode n) {
        String kind = text(n, "kind");
        String status = n.hasNonNull("status") ? text(n, "status") : "asserted";
        Month at = month(text(n, "at"));
        Month since = month(text(n, "since"));
        Month until = month(text(n, "until"));
        String id = text(n, "id");
        String who = text(n, "according-to");
        switch (kind) {
            case "relation" -> {
                if (n.hasNonNull("objects")) {
                    if ("complete".equals(text(n, "list"))) {
                        Set<String> members = new HashSet<>();
                        n.get("objects").forEach(o -> members.add(o.asText()));
                        completeLists.put(id, new CompleteList(text(n, "subject"), text(n, "predicate"), members));
                    }
                    add(new Stmt("list", id, status, who, false, text(n, "subject"), text(n, "predicate"), null, null, null, 0,
                            null, null, false, null, null, null, null, null, null, null, null, null, null));
                    for (JsonNode object : n.get("objects")) {
                        add(new Stmt(kind, id + "/" + object.asText(), status, who, true, text(n, "subject"),
                                text(n, "predicate"), object.asText(), text(n, "where"), null, 0, null, null, false,
                                null, null, null, null, null, null, null, at, since, until));
                    }
                } else {
                    add(new Stmt(kind, id, status, who, false, text(n, "subject"), text(n, "predicate"), text(n, "object"),
                            text(n, "where"), null, 0, null, null, false, null, null, null, null, null, null, null,
                            at, since, until));
                }
            }
            case "quantity" -> {
                double scale = n.hasNonNull("scale") ? SCALES.get(text(n, "scale")) : 1;
                add(new Stmt(kind, id, status, who, false, text(n, "subject"), null, null, null, text(n, "measure"),
                        n.path("value").asDouble() * scale, text(n, "unit"),
                        n.hasNonNull("bound") ? text(n, "bound") : "exact", false, null, null, null, null, null,
                        null, null, at, since, until));
            }
            case "comparison" -> add(new Stmt(kind, id, status, who, false, text(n, "subject"), null, text(n, "object"), null,
                    text(n, "measure"), 0, null, null, "more".equals(text(n, "comparator")), null, null, null, null,
                    null, null, null, at, since, until));
            case "title" -> add(new Stmt(kind, id, status, who, false, text(n, "holder"), null, null, null, null, 0, null, null,
                    false, text(n, "title"), text(n, "of"), text(n, "scope"), null, null, null, null, at, since,
                    until));
            case "event" -> add(new Stmt(kind, id, status, who, false, text(n, "subject"), null, null, text(n, "where"), null, 0,
                    null, null, false, null, null, null, text(n, "event"), null, null, null, at, since, until));
            case "link" -> {
                List<String> from = new ArrayList<>();
                n.path("from").forEach(f -> from.add(f.asText()));
                if (n.path("from").isTextual()) {
                    from.add(n.get("from").asText());
                }
                add(new Stmt(kind, id, status, who, false, null, null, null, null, null, 0, null, null, false, null, null, null,
                        null, text(n, "link"), from, text(n, "to"), null, null, null));
            }
            default -> throw new IllegalArgumentException("unknown statement kind: " + kind);
        }
    }

    private void add(Stmt statement) {
        statements.add(statement);
        idsByKind.computeIfAbsent("statement", k -> new HashMap<>()).merge(statement.id(), 1, Integer::sum);
    }

    private void checkAll() {
        Map<String, List<Stmt>> byId = group(statements, Stmt::id);
        Map<String, List<Stmt>> bySubject = group(statements, s -> s.subject() == null ? "" : s.subject());
        Map<String, List<Stmt>> quantities = group(only("quantity"), s -> s.subject() + "|" + s.measure());
        Map<String, List<Entity>> entitiesById = group(entities, Entity::id);
        Map<String, Set<String>> isA = typesOfEntities();
        Set<Holds> holds = holds();
        Set<String> scopes = new HashSet<>();
        predicateDefs.stream().filter(d -> d.roles().contains("scope")).forEach(d -> scopes.add(d.id()));
        Map<String, List<Holds>> availableIn = group(
                holds.stream().filter(h -> scopes.contains(h.predicate())).toList(), Holds::object);
        Set<Exceeds> exceeds = exceeds();
        Map<String, List<Exceeds>> exceedsByObject = group(new ArrayList<>(exceeds), e -> e.object() + "|" + e.measure());
        Map<String, List<Exceeds>> exceedsBySubject = group(new ArrayList<>(exceeds),
                e -> e.subject() + "|" + e.measure());
        Set<String> exceedsKeys = new HashSet<>();
        exceeds.forEach(e -> exceedsKeys.add(e.subject() + "|" + e.object() + "|" + e.measure()));

        // certainty.drl
        for (Stmt link : only("link")) {
            for (String from : link.from()) {
                for (Stmt premise : byId.getOrDefault(from, List.of())) {
                    count(link.status().equals("asserted") && !premise.status().equals("asserted"),
                            "A certain link rests on certain facts");
                }
            }
            for (Stmt outcome : byId.getOrDefault(link.to(), List.of())) {
                count(link.status().equals("asserted") && !link.link().equals("purpose")
                        && !outcome.status().equals("asserted"),
                        "A certain link leads to a certain fact unless it names a purpose");
                count(link.link().equals("purpose") && outcome.status().equals("asserted"),
                        "The aim of a purpose is not stated as achieved");
            }
        }
        // comparisons.drl
        for (Exceeds x : exceeds) {
            if (!x.subject().equals(x.object())) {
                for (Stmt qa : quantities.getOrDefault(x.subject() + "|" + x.measure(), List.of())) {
                    for (Stmt qb : quantities.getOrDefault(x.object() + "|" + x.measure(), List.of())) {
                        count(qb.unit().equals(qa.unit()) && qb.lowest() >= qa.highest(),
                                "A comparison must agree with the quantities it compares");
                    }
                }
            } else {
                // Reported once per cycle: at the member with no smaller member on a cycle through it.
                boolean smallerMember = exceedsBySubject.getOrDefault(x.subject() + "|" + x.measure(), List.of())
                        .stream().anyMatch(e -> e.object().compareTo(x.subject()) < 0
                                && exceedsKeys.contains(e.object() + "|" + x.subject() + "|" + x.measure()));
                count(!smallerMember, "Comparisons must not form a cycle");
            }
        }
        // dates.drl
        Set<String> starting = new HashSet<>();
        Set<String> ending = new HashSet<>();
        for (EventKind kind : eventDefs) {
            if (kind.roles().contains("start")) {
                starting.add(kind.id());
            }
            if (kind.roles().contains("end")) {
                ending.add(kind.id());
            }
        }
        for (Stmt event : only("event")) {
            if (starting.contains(event.event()) && event.start() != null) {
                for (Stmt s : bySubject.getOrDefault(event.subject(), List.of())) {
                    count(s != event && !s.partOfList() && s.start() != null && s.start().before(event.start()),
                            "Nothing happens to a subject before the event that starts it");
                }
            }
            if (ending.contains(event.event()) && event.end() != null) {
                for (Stmt s : bySubject.getOrDefault(event.subject(), List.of())) {
                    count(s != event && !s.partOfList() && s.start() != null && event.end().before(s.start()),
                            "Nothing happens to a subject after the event that ends it");
                }
            }
        }
        for (Stmt link : only("link")) {
            if (link.link().equals("purpose")) {
                continue;
            }
            for (Stmt effect : byId.getOrDefault(link.to(), List.of())) {
                if (effect.start() == null) {
                    continue;
                }
                for (String from : link.from()) {
                    for (Stmt cause : byId.getOrDefault(from, List.of())) {
                        count(cause.start() != null && effect.start().before(cause.start()),
                                "A cause does not start after what it led to");
                    }
                }
            }
        }
        // quantities.drl
        for (Stmt q : only("quantity")) {
            count(q.value() < 0, "A quantity is not negative");
            Measure measure = measures.get(q.measure());
            count(measure != null && !measure.unit().equals(q.unit()), "A quantity uses its measure's unit");
            count(measure == null, "A quantity uses a known measure");
            if (measure != null) {
                for (Entity e : entitiesById.getOrDefault(q.subject(), List.of())) {
                    count(wrongType(isA.get(e.id()), measure.subject()),
                            "A quantity's subject has the type its measure requires");
                }
            }
        }
        // references.drl
        Set<String> entityIds = entitiesById.keySet();
        for (Stmt s : statements) {
            for (String mentioned : s.mentions()) {
                count(!entityIds.contains(mentioned), "A statement refers only to known entities");
            }
        }
        for (Stmt r : only("relation")) {
            Predicate predicate = predicates.get(r.predicate());
            count(predicate == null, "A relation uses a known predicate");
            if (predicate != null) {
                for (Entity e : entitiesById.getOrDefault(r.subject(), List.of())) {
                    count(wrongType(isA.get(e.id()), predicate.domain()),
                            "A relation's subject has the type its predicate requires");
                }
                for (Entity e : entitiesById.getOrDefault(r.object(), List.of())) {
                    count(wrongType(isA.get(e.id()), predicate.range()),
                            "A relation's object has the type its predicate requires");
                }
            }
        }
        for (Stmt c : only("comparison")) {
            count(!measures.containsKey(c.measure()), "A comparison uses a known measure");
            for (Measure measure : measureDefs) {
                if (!measure.id().equals(c.measure())) {
                    continue;
                }
                for (String side : new java.util.TreeSet<>(List.of(c.subject(), c.object()))) {
                    for (Entity e : entitiesById.getOrDefault(side, List.of())) {
                        count(wrongType(isA.get(e.id()), measure.subject()),
                                "A comparison compares things its measure applies to");
                    }
                }
            }
        }
        for (Stmt s : statements) {
            count(!s.partOfList() && s.accordingTo() != null && !entityIds.contains(s.accordingTo()),
                    "A statement is attributed to a known entity");
        }
        Set<String> declaredEvents = new HashSet<>();
        eventDefs.forEach(e -> declaredEvents.add(e.id()));
        Set<String> usedEvents = new HashSet<>();
        for (Stmt e : only("event")) {
            count(!declaredEvents.contains(e.event()) && usedEvents.add(e.event()),
                    "An event statement names a declared event");
        }
        Set<String> inverses = new HashSet<>();
        predicateDefs.forEach(d -> inverses.add(d.inverse()));
        for (Predicate predicate : predicateDefs) {
            for (String named : predicate.named()) {
                count(!predicates.containsKey(named) && !inverses.contains(named),
                        "A predicate's chains and super-predicates are known predicates");
            }
        }
        checkPhrasing(inverses, declaredEvents, usedEvents);
        for (String[] type : typeDefs) {
            count(type[1] != null && !typeParents.containsKey(type[1]), "A type's parent is a known type");
        }
        for (Predicate predicate : predicateDefs) {
            for (String type : new java.util.LinkedHashSet<>(concat(predicate.domain(), predicate.range()))) {
                count(!typeParents.containsKey(type), "A predicate names only known types");
            }
        }
        for (Measure measure : measureDefs) {
            for (String type : measure.subject()) {
                count(!typeParents.containsKey(type), "A measure names only known types");
            }
            count(!units.contains(measure.unit()), "A measure is counted in a known unit");
        }
        for (TitleDef title : titleDefs) {
            for (String type : title.holder()) {
                count(!typeParents.containsKey(type), "A title names only known types");
            }
            count(title.measure() != null && !measures.containsKey(title.measure()),
                    "A title is decided by a known measure");
        }
        // relations.drl
        Map<String, List<Stmt>> relationsByObject = group(only("relation"), r -> r.predicate() + "|" + r.object());
        for (Predicate predicate : predicateDefs) {
            if (!predicate.singleSubject()) {
                continue;
            }
            for (Stmt a : only("relation")) {
                if (!a.predicate().equals(predicate.id())) {
                    continue;
                }
                for (Stmt b : relationsByObject.get(a.predicate() + "|" + a.object())) {
                    count(b.subject().compareTo(a.subject()) > 0 && b.mayOverlap(a)
                                    && !contained(holds, a.subject(), b.subject()),
                            "A single-subject relation has one subject for each object");
                }
            }
        }
        Map<String, List<Stmt>> relationsBySubject = group(only("relation"), r -> r.predicate() + "|" + r.subject());
        for (Predicate predicate : predicateDefs) {
            if (!predicate.singleObject()) {
                continue;
            }
            for (Stmt a : only("relation")) {
                if (!a.predicate().equals(predicate.id())) {
                    continue;
                }
                for (Stmt b : relationsBySubject.get(a.predicate() + "|" + a.subject())) {
                    count(b.object().compareTo(a.object()) > 0 && b.mayOverlap(a)
                                    && !contained(holds, a.object(), b.object()),
                            "A single-object relation has one object for each subject");
                }
            }
        }
        for (Map.Entry<String, CompleteList> list : completeLists.entrySet()) {
            CompleteList l = list.getValue();
            for (Stmt r : only("relation")) {
                count(r.subject().equals(l.subject()) && r.predicate().equals(l.predicate())
                                && !l.members().contains(r.object()) && !r.id().startsWith(list.getKey() + "/"),
                        "A complete list names every object of its subject and predicate");
            }
        }
        for (Entity e : entities) {
            count(!typeParents.containsKey(e.type()), "An entity has a known type");
        }
        for (Stmt link : only("link")) {
            for (String from : link.from()) {
                count(!byId.containsKey(from), "A link connects known statements");
            }
            count(!byId.containsKey(link.to()), "A link leads to a known statement");
        }
        for (Map<String, Integer> ids : idsByKind.values()) {
            for (int n : ids.values()) {
                findings.merge("An id names only one thing of its kind", n * (n - 1) / 2, Integer::sum);
            }
        }
        // titles.drl
        Map<String, List<Stmt>> titlesByKey = group(only("title"), t -> t.title() + "|" + t.of() + "|" + t.scope());
        for (Stmt t : only("title")) {
            TitleDef def = titles.get(t.title());
            count(def == null, "A title statement uses a known title");
            if (def == null) {
                continue;
            }
            for (Entity e : entitiesById.getOrDefault(t.subject(), List.of())) {
                count(wrongType(isA.get(e.id()), def.holder()), "A title's holder has the type the title requires");
            }
            if (def.unique()) {
                for (Stmt b : titlesByKey.get(t.title() + "|" + t.of() + "|" + t.scope())) {
                    count(!b.subject().equals(t.subject()) && b.id().compareTo(t.id()) > 0 && b.mayOverlap(t),
                            "A unique title has one holder at a time");
                }
            }
            if (t.scope() == null || def.measure() == null) {
                continue;
            }
            for (Holds in : availableIn.getOrDefault(t.scope(), List.of())) {
                String rival = in.subject();
                if (rival.equals(t.subject())) {
                    continue;
                }
                int typeMatches = matches(isA.get(rival), def.holder());
                for (Stmt qh : quantities.getOrDefault(t.subject() + "|" + def.measure(), List.of())) {
                    for (Stmt qx : quantities.getOrDefault(rival + "|" + def.measure(), List.of())) {
                        if (qx.unit().equals(qh.unit()) && qx.lowest() > qh.highest()) {
                            findings.merge("A superlative is not beaten by a count in its scope", typeMatches,
                                    Integer::sum);
                        }
                    }
                }
                for (Exceeds x : exceedsByObject.getOrDefault(t.subject() + "|" + def.measure(), List.of())) {
                    if (x.subject().equals(rival)) {
                        findings.merge("A superlative is not beaten by a comparison in its scope", typeMatches,
                                Integer::sum);
                    }
                }
            }
        }
        findings.values().removeIf(n -> n == 0);
    }

    /** Every entity's type and the type's ancestors, as "An entity is of its declared type" and its parent rule derive. */
    private Map<String, Set<String>> typesOfEntities() {
        Map<String, Set<String>> isA = new HashMap<>();
        for (Entity e : entities) {
            Set<String> types = isA.computeIfAbsent(e.id(), k -> new HashSet<>());
            for (String t = e.type(); t != null && types.add(t); t = typeParents.get(t)) {
                // The loop adds the type and climbs to its parent until the root or a type seen before.
            }
        }
        return isA;
    }

    /** Stated relations with their inverse, symmetric and transitive consequences, to a fixed point. */
    private Set<Holds> holds() {
        Set<Holds> all = new HashSet<>();
        Map<String, List<Holds>> bySubject = new HashMap<>();
        Map<String, List<Holds>> byObject = new HashMap<>();
        List<Holds> work = new ArrayList<>();
        for (Stmt r : only("relation")) {
            work.add(new Holds(r.subject(), r.predicate(), r.object(), r.where(), r.status()));
        }
        while (!work.isEmpty()) {
            Holds h = work.remove(work.size() - 1);
            if (!all.add(h)) {
                continue;
            }
            bySubject.computeIfAbsent(h.subject() + "|" + h.predicate(), k -> new ArrayList<>()).add(h);
            byObject.computeIfAbsent(h.object() + "|" + h.predicate(), k -> new ArrayList<>()).add(h);
            Predicate p = predicates.get(h.predicate());
            if (p == null) {
                continue;
            }
            if (p.inverse() != null) {
                work.add(new Holds(h.object(), p.inverse(), h.subject(), h.where(), h.status()));
            }
            if (p.symmetric()) {
                work.add(new Holds(h.object(), h.predicate(), h.subject(), h.where(), h.status()));
            }
            if (p.chains()) {
                for (Holds next : List.copyOf(bySubject.getOrDefault(h.object() + "|" + h.predicate(), List.of()))) {
                    work.add(new Holds(h.subject(), h.predicate(), next.object(), null,
                            weakest(h.status(), next.status())));
                }
                for (Holds before : List.copyOf(byObject.getOrDefault(h.subject() + "|" + h.predicate(), List.of()))) {
                    work.add(new Holds(before.subject(), h.predicate(), h.object(), null,
                            weakest(before.status(), h.status())));
                }
            }
        }
        return all;
    }

    /** Stated comparisons and their transitive closure, as the derive rules for comparisons make them. */
    private Set<Exceeds> exceeds() {
        Set<Exceeds> all = new HashSet<>();
        Map<String, List<Exceeds>> bySubject = new HashMap<>();
        Map<String, List<Exceeds>> byObject = new HashMap<>();
        List<Exceeds> work = new ArrayList<>();
        for (Stmt c : only("comparison")) {
            String greater = c.more() ? c.subject() : c.object();
            String lesser = c.more() ? c.object() : c.subject();
            work.add(new Exceeds(greater, lesser, c.measure(), c.status()));
        }
        while (!work.isEmpty()) {
            Exceeds x = work.remove(work.size() - 1);
            if (!all.add(x)) {
                continue;
            }
            bySubject.computeIfAbsent(x.subject() + "|" + x.measure(), k -> new ArrayList<>()).add(x);
            byObject.computeIfAbsent(x.object() + "|" + x.measure(), k -> new ArrayList<>()).add(x);
            for (Exceeds next : List.copyOf(bySubject.getOrDefault(x.object() + "|" + x.measure(), List.of()))) {
                work.add(new Exceeds(x.subject(), next.object(), x.measure(), weakest(x.status(), next.status())));
            }
            for (Exceeds before : List.copyOf(byObject.getOrDefault(x.subject() + "|" + x.measure(), List.of()))) {
                work.add(new Exceeds(before.subject(), x.object(), x.measure(), weakest(before.status(), x.status())));
            }
        }
        return all;
    }

    /** True when one of the two lies within the other by a containment predicate. */
    private boolean contained(Set<Holds> holds, String a, String b) {
        for (Predicate p : predicateDefs) {
            if (p.containment() && holds.stream().anyMatch(h -> h.predicate().equals(p.id())
                    && (h.subject().equals(a) && h.object().equals(b) || h.subject().equals(b) && h.object().equals(a)))) {
                return true;
            }
        }
        return false;
    }

    /** rules/consistency/phrasing.drl: every entry phrased in each language; every phrase for a known entry. */
    private void checkPhrasing(Set<String> inverses, Set<String> declaredEvents, Set<String> usedEvents) {
        Set<String> phrased = new HashSet<>();
        for (String[] p : phrases) {
            phrased.add(p[0] + "|" + p[1] + "|" + p[2]);
        }
        for (String language : List.of("en", "de")) {
            for (Predicate d : predicateDefs) {
                boolean own = phrased.contains("relations|" + d.id() + "|" + language);
                count(!own, "A predicate has phrasings of its own in each language");
                count(own && d.inverse() != null && !phrased.contains("relations|" + d.inverse() + "|" + language),
                        "A predicate's inverse has phrasings of its own in each language");
            }
            for (Measure d : measureDefs) {
                count(!phrased.contains("quantities|" + d.id() + "|" + language),
                        "A measure has phrasings of its own in each language");
            }
            for (TitleDef d : titleDefs) {
                count(!phrased.contains("titles|" + d.id() + "|" + language),
                        "A title has phrasings of its own in each language");
            }
            for (EventKind d : eventDefs) {
                count(!phrased.contains("events|" + d.id() + "|" + language),
                        "An event has phrasings of its own in each language");
            }
        }
        Set<String> reported = new HashSet<>();
        for (String[] p : phrases) {
            if (!reported.add(p[0] + "|" + p[1])) {
                continue;
            }
            switch (p[0]) {
                case "relations" -> count(!predicates.containsKey(p[1]) && !inverses.contains(p[1]),
                        "A phrase says a predicate of the vocabulary");
                case "quantities" -> count(!measures.containsKey(p[1]), "A phrase says a measure of the vocabulary");
                case "titles" -> count(!titles.containsKey(p[1]), "A phrase says a title of the vocabulary");
                default -> count(!declaredEvents.contains(p[1]) && !usedEvents.contains(p[1]),
                        "A phrase says an event of the vocabulary");
            }
        }
    }

    private static List<String> words(JsonNode list) {
        List<String> words = new ArrayList<>();
        list.forEach(w -> words.add(w.asText()));
        if (list.isTextual()) {
            words.add(list.asText());
        }
        return words;
    }

    private List<Stmt> only(String kind) {
        return statements.stream().filter(s -> s.kind().equals(kind)).toList();
    }

    private void count(boolean found, String rule) {
        if (found) {
            findings.merge(rule, 1, Integer::sum);
        }
    }

    private void id(String kind, JsonNode n) {
        idsByKind.computeIfAbsent(kind, k -> new HashMap<>()).merge(text(n, "id"), 1, Integer::sum);
    }

    /**
     * The type rules' condition: the allowed types are all known, the entity's types reach a root
     * of the hierarchy, and none of them is allowed.
     */
    private boolean wrongType(Set<String> types, List<String> allowed) {
        if (!typeParents.keySet().containsAll(allowed) || types == null) {
            return false;
        }
        boolean rooted = types.stream().anyMatch(rootTypes::contains);
        return rooted && matches(types, allowed) == 0;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> both = new ArrayList<>(a);
        both.addAll(b);
        return both;
    }

    private static int matches(Set<String> types, List<String> allowed) {
        if (types == null) {
            return 0;
        }
        int n = 0;
        for (String type : types) {
            if (allowed.contains(type)) {
                n++;
            }
        }
        return n;
    }

    private static String weakest(String a, String b) {
        return STATUS_ORDER.indexOf(a) >= STATUS_ORDER.indexOf(b) ? a : b;
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new HashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>(2)).add(item);
        }
        return groups;
    }

    private static String text(JsonNode n, String field) {
        JsonNode value = n.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> types(JsonNode n, String field) {
        List<String> types = new ArrayList<>();
        n.path(field).forEach(t -> types.add(t.asText()));
        if (n.path(field).isTextual()) {
            types.add(n.get(field).asText());
        }
        return types.isEmpty() ? List.of("thing") : types;
    }

    private static Month month(String text) {
        if (text == null) {
            return null;
        }
        int year = Integer.parseInt(text.substring(0, 4));
        if (text.length() > 7) {
            long day = java.time.LocalDate.parse(text).toEpochDay();
            return new Month(day, day);
        }
        if (text.length() > 4) {
            java.time.YearMonth month = java.time.YearMonth.of(year, Integer.parseInt(text.substring(5)));
            return new Month(month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay());
        }
        return new Month(java.time.LocalDate.of(year, 1, 1).toEpochDay(), java.time.LocalDate.of(year, 12, 31).toEpochDay());
    }

    /** {@code FloorChecker FACTS}: prints the findings per rule as JSON, and the time taken on stderr. */
    public static void main(String[] args) throws IOException {
        long start = System.nanoTime();
        Map<String, Integer> counts = check(Path.of(args[0]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(counts));
        System.err.printf("floor: %d findings in %d ms%n", counts.values().stream().mapToInt(i -> i).sum(), millis);
    }
}
