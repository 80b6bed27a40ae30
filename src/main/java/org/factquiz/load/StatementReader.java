package org.factquiz.load;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.factquiz.load.FactsFile.StatementEntry;
import org.factquiz.model.Bound;
import org.factquiz.model.Comparison;
import org.factquiz.model.Document;
import org.factquiz.model.Enumeration;
import org.factquiz.model.Event;
import org.factquiz.model.Link;
import org.factquiz.model.LinkKind;
import org.factquiz.model.Location;
import org.factquiz.model.PartialDate;
import org.factquiz.model.Provenance;
import org.factquiz.model.Quantity;
import org.factquiz.model.Relation;
import org.factquiz.model.SourceRef;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.factquiz.model.Title;
import org.factquiz.model.When;

/**
 * Turns one statement entry into model statements, checking what Jackson cannot: which fields a
 * kind takes, allowed words, dates, and that the cited sentence contains the quote.
 */
final class StatementReader {
    private static final Set<String> COMMON = Set.of("id", "kind", "sentence", "quote", "status", "according-to",
            "hedge", "source", "topic");
    private static final Set<String> TIME = Set.of("at", "since", "until");
    private static final Map<String, Set<String>> FIELDS_BY_KIND = Map.of(
            "relation", Set.of("subject", "predicate", "object", "objects", "list", "where", "manner"),
            "quantity", Set.of("subject", "measure", "value", "scale", "bound", "unit"),
            "comparison", Set.of("subject", "measure", "comparator", "object", "degree"),
            "title", Set.of("holder", "title", "of", "scope"),
            "event", Set.of("subject", "event", "where"),
            "link", Set.of("link", "from", "to"));
    private static final Map<String, Double> SCALES = Map.of("one", 1.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Method[] ENTRY_ACCESSORS = accessors();
    private static final List<String> ENTRY_FIELD_NAMES = Arrays.stream(StatementEntry.class.getRecordComponents())
            .map(c -> c.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)).toList();

    private final ParsedFile<FactsFile> file;
    private final Map<String, Document> documents;
    private final Set<String> unreadable;
    private final List<InputProblem> problems;

    /** @param unreadable ids of sources that are declared but could not be read (already reported) */
    StatementReader(ParsedFile<FactsFile> file, Map<String, Document> documents, Set<String> unreadable,
                    List<InputProblem> problems) {
        this.file = file;
        this.documents = documents;
        this.unreadable = unreadable;
        this.problems = problems;
    }

    /** The statements of entry {@code index}, or none when it has problems (which are recorded). */
    List<Statement> read(int index, StatementEntry entry) {
        String at = "/statements/" + index;
        int before = problems.size();
        String kind = entry.kind();
        if (entry.id() == null || entry.id().isBlank()) {
            problem(at, "statement has no 'id'");
        }
        if (kind == null) {
            problem(at, "statement '" + entry.id() + "' has no 'kind'; expected one of: "
                    + String.join(", ", new TreeSet<>(FIELDS_BY_KIND.keySet())));
            return List.of();
        }
        Set<String> allowed = FIELDS_BY_KIND.get(kind);
        if (allowed == null) {
            problem(at + "/kind", "unknown kind '" + Excerpt.of(kind) + "'" + ClosestNames.hint(kind, FIELDS_BY_KIND.keySet())
                    + "; expected one of: " + String.join(", ", new TreeSet<>(FIELDS_BY_KIND.keySet())));
            return List.of();
        }
        for (String field : presentFields(entry)) {
            boolean timeAllowed = !kind.equals("link");
            if (!COMMON.contains(field) && !allowed.contains(field) && !(TIME.contains(field) && timeAllowed)) {
                problem(at + "/" + field, "field '" + field + "' does not belong to a " + kind + " statement");
            }
        }
        if (kind.equals("event") && entry.at() != null && (entry.since() != null || entry.until() != null)) {
            problem(at + "/at", "an event takes place 'at' a date, or lasts over a span ('since' and/or 'until'),"
                    + " not both");
        }
        Provenance provenance = provenance(at, entry);
        When when = when(at, entry);
        if (problems.size() > before || provenance == null) {
            return List.of();
        }
        List<Statement> statements = switch (kind) {
            case "relation" -> relations(at, entry, when, provenance);
            case "quantity" -> quantity(at, entry, when, provenance);
            case "comparison" -> comparison(at, entry, when, provenance);
            case "title" -> title(at, entry, when, provenance);
            case "event" -> event(at, entry, when, provenance);
            default -> link(at, entry, provenance);
        };
        return problems.size() > before ? List.of() : statements;
    }

    private List<Statement> relations(String at, StatementEntry e, When when, Provenance provenance) {
        require(at, e.subject(), "subject");
        require(at, e.predicate(), "predicate");
        if ((e.object() == null) == (e.objects() == null)) {
            problem(at, "a relation needs either 'object' or 'objects' (a list), not "
                    + (e.object() == null ? "neither" : "both"));
            return List.of();
        }
        if (e.subject() == null || e.predicate() == null) {
            return List.of();
        }
        if (e.object() != null) {
            if (e.list() != null) {
                problem(at + "/list", "'list' goes with 'objects', not with a single 'object'");
            }
            return List.of(new Relation(e.id(), e.subject(), e.predicate(), e.object(), e.where(), e.manner(), null,
                    when, provenance));
        }
        Boolean complete = e.list() == null ? null : switch (e.list()) {
            case "open" -> false;
            case "complete" -> true;
            default -> null;
        };
        if (complete == null) {
            problem(at + "/list", "a list of 'objects' needs 'list: open' (the source says \"darunter\", \"wie\", "
                    + "\"unter anderem\") or 'list: complete'" + (e.list() == null ? "" : "; found '" + Excerpt.of(e.list()) + "'"));
            return List.of();
        }
        if (e.objects().isEmpty()) {
            problem(at + "/objects", "'objects' is empty");
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < e.objects().size(); i++) {
            String object = e.objects().get(i);
            if (object == null) {
                problem(at + "/objects/" + i, "'objects' has an empty entry");
                return List.of();
            }
            if (!seen.add(object)) {
                problem(at + "/objects/" + i, "'objects' lists '" + object + "' twice");
                return List.of();
            }
        }
        List<Statement> statements = new ArrayList<>();
        statements.add(new Enumeration(e.id(), e.subject(), e.predicate(), e.objects(), complete, when, provenance));
        for (String object : e.objects()) {
            statements.add(new Relation(e.id() + "/" + object, e.subject(), e.predicate(), object, e.where(),
                    e.manner(), e.id(), when, provenance));
        }
        return statements;
    }

    private List<Statement> quantity(String at, StatementEntry e, When when, Provenance provenance) {
        require(at, e.subject(), "subject");
        require(at, e.measure(), "measure");
        require(at, e.value(), "value");
        require(at, e.unit(), "unit");
        double scale = 1;
        if (e.scale() != null) {
            Double factor = SCALES.get(e.scale());
            if (factor == null) {
                problem(at + "/scale", "unknown scale '" + Excerpt.of(e.scale()) + "'" + ClosestNames.hint(e.scale(), SCALES.keySet())
                        + "; expected one of: " + String.join(", ", new TreeSet<>(SCALES.keySet())));
            } else {
                scale = factor;
            }
        }
        Bound bound = word(at + "/bound", e.bound(), Bound.class, Bound.EXACT);
        if (e.value() == null || e.unit() == null || e.subject() == null || e.measure() == null || bound == null) {
            return List.of();
        }
        double amount = e.value() * scale;
        if (!Double.isFinite(amount)) {
            problem(at + "/value", "'" + e.value() + "' " + e.scale() + " is too large a number: it has no finite value");
            return List.of();
        }
        return List.of(new Quantity(e.id(), e.subject(), e.measure(), amount, e.unit(), bound, when, provenance));
    }

    private List<Statement> comparison(String at, StatementEntry e, When when, Provenance provenance) {
        require(at, e.subject(), "subject");
        require(at, e.measure(), "measure");
        require(at, e.object(), "object");
        require(at, e.comparator(), "comparator");
        if (e.comparator() != null && !e.comparator().equals("more") && !e.comparator().equals("less")) {
            problem(at + "/comparator", "comparator must be 'more' or 'less', not '" + Excerpt.of(e.comparator()) + "'");
        }
        if (e.subject() == null || e.measure() == null || e.object() == null || e.comparator() == null) {
            return List.of();
        }
        return List.of(new Comparison(e.id(), e.subject(), e.measure(), "more".equals(e.comparator()), e.object(),
                e.degree(), when, provenance));
    }

    private List<Statement> title(String at, StatementEntry e, When when, Provenance provenance) {
        require(at, e.holder(), "holder");
        require(at, e.title(), "title");
        if (e.holder() == null || e.title() == null) {
            return List.of();
        }
        return List.of(new Title(e.id(), e.holder(), e.title(), e.of(), e.scope(), when, provenance));
    }

    private List<Statement> event(String at, StatementEntry e, When when, Provenance provenance) {
        require(at, e.subject(), "subject");
        require(at, e.event(), "event");
        if (e.subject() == null || e.event() == null) {
            return List.of();
        }
        return List.of(new Event(e.id(), e.subject(), e.event(), e.where(), when, provenance));
    }

    private List<Statement> link(String at, StatementEntry e, Provenance provenance) {
        require(at, e.from(), "from");
        require(at, e.to(), "to");
        LinkKind kind = word(at + "/link", e.link(), LinkKind.class, null);
        if (e.link() == null) {
            problem(at, "a link needs 'link': one of " + words(LinkKind.class));
        }
        if (kind == null || e.from() == null || e.to() == null) {
            return List.of();
        }
        return List.of(new Link(e.id(), kind, e.from(), e.to(), provenance));
    }

    private Provenance provenance(String at, StatementEntry e) {
        Status status = word(at + "/status", e.status(), Status.class, Status.ASSERTED);
        if (status == Status.REPORTED && e.accordingTo() == null) {
            problem(at + "/status", "a reported statement needs 'according-to': who reports it");
        }
        // Both words say the source is not certain; without the status the fact would count as certain.
        if (status == Status.ASSERTED && e.accordingTo() != null) {
            problem(at + "/according-to", "'according-to' attributes the statement to someone: mark it"
                    + " 'status: reported' (or 'hedged')");
        }
        if (status != null && status != Status.HEDGED && e.hedge() != null) {
            problem(at + "/hedge", "'hedge' names the word that makes the statement uncertain: mark it"
                    + " 'status: hedged'");
        }
        String documentId = e.source() != null ? e.source() : file.content().source();
        SourceRef source = null;
        if (documentId == null) {
            problem(at, "statement '" + e.id() + "' names no source document: add 'source:' to it or to the file");
        } else if (unreadable.contains(documentId)) {
            return null;
        } else if (!documents.containsKey(documentId)) {
            problem(e.source() != null ? at + "/source" : "/source", "unknown source document '" + Excerpt.of(documentId) + "'"
                    + ClosestNames.hint(documentId, documents.keySet()));
        } else if (e.sentence() == null) {
            problem(at, "statement '" + e.id() + "' has no 'sentence': every fact cites the sentence it comes from");
        } else {
            Document document = documents.get(documentId);
            if (!document.hasSentence(e.sentence())) {
                problem(at + "/sentence", "sentence " + e.sentence() + " does not exist: '" + documentId + "' has "
                        + document.sentences().size() + " sentences");
            } else {
                String sentence = document.sentence(e.sentence());
                if (e.quote() != null && !normalise(sentence).contains(normalise(e.quote()))) {
                    problem(at + "/quote", "quote \"" + Excerpt.of(e.quote()) + "\" is not in sentence " + e.sentence()
                            + ", which reads: \"" + sentence + "\"");
                }
                source = new SourceRef(documentId, e.sentence(), e.quote(), sentence);
            }
        }
        if (status == null || source == null) {
            return null;
        }
        String topic = e.topic() != null ? e.topic() : file.content().topic();
        return new Provenance(file.at(at), source, status, e.accordingTo(), e.hedge(), topic);
    }

    private When when(String at, StatementEntry e) {
        return new When(date(at + "/at", e.at()), date(at + "/since", e.since()), date(at + "/until", e.until()));
    }

    private PartialDate date(String at, String text) {
        if (text == null) {
            return null;
        }
        PartialDate date = PartialDate.parse(text);
        if (date == null) {
            problem(at, "'" + Excerpt.of(text) + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return date;
    }

    private <E extends Enum<E>> E word(String at, String text, Class<E> type, E fallback) {
        if (text == null) {
            return fallback;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(text)) {
                return value;
            }
        }
        String field = at.substring(at.lastIndexOf('/') + 1);
        problem(at, "'" + Excerpt.of(text) + "' is not a valid " + field + "; expected one of: " + words(type));
        return null;
    }

    private static <E extends Enum<E>> String words(Class<E> type) {
        Set<String> names = new LinkedHashSet<>();
        for (E value : type.getEnumConstants()) {
            names.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return String.join(", ", names);
    }

    private void require(String at, Object value, String field) {
        if (value == null) {
            problem(at, "missing field '" + field + "'");
        }
    }

    private void problem(String pointer, String message) {
        Location location = file.at(pointer);
        problems.add(new InputProblem(location, message));
    }

    private static String normalise(String text) {
        return WHITE_SPACE.matcher(text).replaceAll(" ").strip();
    }

    private static List<String> presentFields(StatementEntry entry) {
        List<String> present = new ArrayList<>();
        for (int i = 0; i < ENTRY_ACCESSORS.length; i++) {
            try {
                if (ENTRY_ACCESSORS[i].invoke(entry) != null) {
                    present.add(ENTRY_FIELD_NAMES.get(i));
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return present;
    }

    /** The accessors of a statement entry's fields, looked up once: every statement asks for them. */
    private static Method[] accessors() {
        RecordComponent[] components = StatementEntry.class.getRecordComponents();
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        return accessors;
    }
}
