package org.factquiz.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factquiz.load.ClosestNames;
import org.factquiz.load.DataFileReader;
import org.factquiz.load.Excerpt;
import org.factquiz.load.InputException;
import org.factquiz.load.InputProblem;
import org.factquiz.load.ParsedFile;
import org.factquiz.model.Claim;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.ComparisonClaim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.FactBase;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.PartialDate;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.TitleClaim;
import org.factquiz.model.UnknownTerm;
import org.factquiz.model.VerdictLabel;

/**
 * Reads claims from a YAML/JSON file or from command-line sentences, checking every name against
 * the fact base so that a typo is reported with file:line and a suggestion, not judged.
 */
public final class ClaimsReader {
    /** The longest claim read: sentences of news articles stay far below (the shipped article's longest has 259). */
    public static final int MAX_CLAIM_CHARS = 1000;
    private static final Map<String, ClaimedValue.Comparator> COMPARATORS = Map.ofEntries(
            Map.entry("=", ClaimedValue.Comparator.EQUAL), Map.entry("exactly", ClaimedValue.Comparator.EQUAL),
            Map.entry(">", ClaimedValue.Comparator.MORE), Map.entry("more", ClaimedValue.Comparator.MORE),
            Map.entry("<", ClaimedValue.Comparator.LESS), Map.entry("less", ClaimedValue.Comparator.LESS),
            Map.entry(">=", ClaimedValue.Comparator.AT_LEAST), Map.entry("at-least", ClaimedValue.Comparator.AT_LEAST),
            Map.entry("<=", ClaimedValue.Comparator.AT_MOST), Map.entry("at-most", ClaimedValue.Comparator.AT_MOST),
            Map.entry("about", ClaimedValue.Comparator.ABOUT), Map.entry("~", ClaimedValue.Comparator.ABOUT));
    private static final Map<String, Double> SCALES = Map.of("one", 1.0, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    private final FactBase facts;
    private final ClaimParser parser;
    private final Set<String> entityIds = new HashSet<>();
    private final Set<String> predicates = new TreeSet<>();

    /**
     * A claim as read, with the verdict its author expects, if any, and the words in it that name
     * nothing the facts know (the rules judge such a claim NOT ENOUGH INFO and say so).
     */
    public record ReadClaim(Claim claim, VerdictLabel expected, List<UnknownTerm> unknowns) {
        public ReadClaim {
            unknowns = List.copyOf(unknowns);
        }

        public ReadClaim(Claim claim, VerdictLabel expected) {
            this(claim, expected, List.of());
        }
    }

    public ClaimsReader(FactBase facts, ClaimParser parser) {
        this.facts = facts;
        this.parser = parser;
        facts.entities().forEach(e -> entityIds.add(e.id()));
        for (PredicateDef p : facts.predicates()) {
            predicates.add(p.id());
            if (p.inverse() != null) {
                predicates.add(p.inverse());
            }
        }
    }

    /** Claims given as sentences on the command line, numbered claim-1, claim-2, ... */
    public List<ReadClaim> fromSentences(List<String> sentences) throws InputException {
        List<ReadClaim> claims = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Location where = new Location("claim " + (i + 1), 0, 0);
            String tooLong = tooLong(sentences.get(i));
            if (tooLong != null) {
                problems.add(new InputProblem(where, tooLong));
                continue;
            }
            ClaimParser.Reading reading = parser.read("claim-" + (i + 1), sentences.get(i), where);
            if (reading instanceof ClaimParser.Read read) {
                claims.add(new ReadClaim(read.claim(), null, read.unknowns()));
            } else {
                problems.add(new InputProblem(where, ((ClaimParser.Unreadable) reading).message()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return claims;
    }

    public List<ReadClaim> fromFile(Path path) throws InputException {
        ParsedFile<ClaimsFile> file = new DataFileReader(path.getParent() == null ? Path.of(".") : path.getParent())
                .readNamed(path, ClaimsFile.class);
        List<InputProblem> problems = new ArrayList<>();
        List<ReadClaim> claims = new ArrayList<>();
        List<ClaimsFile.Entry> entries = file.content().claims() == null ? List.of() : file.content().claims();
        if (entries.isEmpty()) {
            problems.add(new InputProblem(file.at(""), "no claims: the file needs a 'claims:' list"));
        }
        Map<String, Location> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String at = "/claims/" + i;
            ClaimsFile.Entry e = entries.get(i);
            if (e == null) {
                continue;
            }
            String id = e.id() != null ? e.id() : "claim-" + (i + 1);
            Location location = file.at(at);
            Location first = seen.putIfAbsent(id, location);
            if (first != null) {
                problems.add(new InputProblem(location, "claim id '" + id + "' is used twice (first at " + first + ")"));
            }
            VerdictLabel expected = null;
            if (e.expect() != null) {
                try {
                    expected = VerdictLabel.valueOf(e.expect().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException ex) {
                    problems.add(new InputProblem(file.at(at + "/expect"), "unknown verdict '" + e.expect()
                            + "'; expected one of: SUPPORTED, REFUTED, NOT ENOUGH INFO, REPORTED, HEDGED, CONFLICT"));
                }
            }
            if (e.text() != null) {
                String tooLong = tooLong(e.text());
                if (tooLong != null) {
                    problems.add(new InputProblem(file.at(at + "/text"), tooLong));
                    continue;
                }
                ClaimParser.Reading reading = parser.read(id, e.text(), location);
                if (reading instanceof ClaimParser.Read read) {
                    claims.add(new ReadClaim(read.claim(), expected, read.unknowns()));
                } else {
                    problems.add(new InputProblem(file.at(at + "/text"), ((ClaimParser.Unreadable) reading).message()));
                }
                continue;
            }
            Claim claim = fromFields(id, e, location, file, at, problems);
            if (claim != null) {
                claims.add(new ReadClaim(claim, expected));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return claims;
    }

    private Claim fromFields(String id, ClaimsFile.Entry e, Location location, ParsedFile<?> file, String at,
                             List<InputProblem> problems) {
        int before = problems.size();
        if (e.kind() == null) {
            problems.add(new InputProblem(location, "claim '" + id + "' needs 'text' (a sentence) or 'kind' "
                    + "(relation, quantity, comparison, title, event)"));
            return null;
        }
        String subject = entity(e.subject(), "subject", file, at, problems, true);
        String accordingTo = entity(e.accordingTo(), "according-to", file, at, problems, false);
        boolean possibly = Boolean.TRUE.equals(e.possibly());
        String text = describe(e);
        Claim claim = switch (e.kind()) {
            case "relation" -> {
                String object = entity(e.object(), "object", file, at, problems, true);
                String where = entity(e.where(), "where", file, at, problems, false);
                if (e.predicate() == null) {
                    problems.add(new InputProblem(location, "missing field 'predicate'"));
                } else if (!predicates.contains(e.predicate())) {
                    problems.add(new InputProblem(file.at(at + "/predicate"), "unknown predicate '" + e.predicate()
                            + "'" + ClosestNames.hint(e.predicate(), predicates)));
                }
                PartialDate since = date(e.since(), file, at + "/since", problems);
                PartialDate until = date(e.until(), file, at + "/until", problems);
                yield new RelationClaim(id, nz(subject), nz(e.predicate()), nz(object), where, since, until,
                        accordingTo, possibly, text, location);
            }
            case "quantity" -> {
                MeasureDef measure = measure(e.measure(), file, at, location, problems);
                ClaimedValue value = value(e, file, at, location, problems);
                String unit = e.unit() != null ? e.unit() : measure == null ? "" : measure.unit();
                if (measure != null && !unit.equals(measure.unit())) {
                    problems.add(new InputProblem(file.at(at + "/unit"), "measure '" + measure.id() + "' is counted in '"
                            + measure.unit() + "', not '" + unit + "'"));
                }
                yield value == null ? null : new QuantityClaim(id, nz(subject), nz(e.measure()), value, unit,
                        accordingTo, possibly, text, location);
            }
            case "comparison" -> {
                measure(e.measure(), file, at, location, problems);
                String object = entity(e.object(), "object", file, at, problems, true);
                boolean more = !"less".equals(e.comparator()) && !"<".equals(e.comparator());
                if (e.comparator() != null && !List.of("more", "less", ">", "<").contains(e.comparator())) {
                    problems.add(new InputProblem(file.at(at + "/comparator"), "a comparison's comparator is "
                            + "'more' or 'less', not '" + e.comparator() + "'"));
                }
                yield new ComparisonClaim(id, nz(subject), nz(e.measure()), more, nz(object), accordingTo, possibly,
                        text, location);
            }
            case "title" -> {
                if (e.title() == null || facts.titles().stream().noneMatch(t -> t.id().equals(e.title()))) {
                    problems.add(new InputProblem(file.at(at + "/title"), e.title() == null ? "missing field 'title'"
                            : "unknown title '" + e.title() + "'" + ClosestNames.hint(e.title(),
                            facts.titles().stream().map(t -> t.id()).toList())));
                }
                String of = entity(e.of(), "of", file, at, problems, false);
                String scope = entity(e.scope(), "scope", file, at, problems, false);
                yield new TitleClaim(id, nz(subject), nz(e.title()), of, scope, accordingTo, possibly, text, location);
            }
            case "event" -> {
                if (e.event() == null) {
                    problems.add(new InputProblem(location, "missing field 'event'"));
                }
                PartialDate date = date(e.date() != null ? e.date() : e.since(), file,
                        at + (e.date() != null ? "/date" : "/since"), problems);
                PartialDate until = date(e.until(), file, at + "/until", problems);
                if (e.date() != null && e.since() != null) {
                    problems.add(new InputProblem(file.at(at + "/since"), "an event claim gives 'date' (when it took"
                            + " place) or 'since' and 'until' (the span it lasts), not both 'date' and 'since'"));
                }
                String where = entity(e.where(), "where", file, at, problems, false);
                yield new EventClaim(id, nz(subject), nz(e.event()), date, until, where, accordingTo, possibly, text,
                        location);
            }
            default -> {
                problems.add(new InputProblem(file.at(at + "/kind"), "unknown kind '" + e.kind() + "'; expected one of:"
                        + " relation, quantity, comparison, title, event"));
                yield null;
            }
        };
        return problems.size() > before ? null : claim;
    }

    private String entity(String id, String field, ParsedFile<?> file, String at, List<InputProblem> problems,
                          boolean required) {
        if (id == null) {
            if (required) {
                problems.add(new InputProblem(file.at(at), "missing field '" + field + "'"));
            }
            return null;
        }
        if (!entityIds.contains(id)) {
            problems.add(new InputProblem(file.at(at + "/" + field), "unknown entity '" + id + "'"
                    + ClosestNames.hint(id, entityIds)));
        }
        return id;
    }

    private MeasureDef measure(String id, ParsedFile<?> file, String at, Location location,
                               List<InputProblem> problems) {
        if (id == null) {
            problems.add(new InputProblem(location, "missing field 'measure'"));
            return null;
        }
        return facts.measures().stream().filter(m -> m.id().equals(id)).findFirst().orElseGet(() -> {
            problems.add(new InputProblem(file.at(at + "/measure"), "unknown measure '" + id + "'"
                    + ClosestNames.hint(id, facts.measures().stream().map(MeasureDef::id).toList())));
            return null;
        });
    }

    private ClaimedValue value(ClaimsFile.Entry e, ParsedFile<?> file, String at, Location location,
                               List<InputProblem> problems) {
        if (e.value() == null) {
            problems.add(new InputProblem(location, "missing field 'value'"));
            return null;
        }
        ClaimedValue.Comparator comparator = ClaimedValue.Comparator.EQUAL;
        if (e.comparator() != null) {
            comparator = COMPARATORS.get(e.comparator());
            if (comparator == null) {
                problems.add(new InputProblem(file.at(at + "/comparator"), "unknown comparator '" + e.comparator()
                        + "'; expected one of: =, >, <, >=, <=, about"));
                return null;
            }
        }
        double scale = 1;
        if (e.scale() != null) {
            Double factor = SCALES.get(e.scale());
            if (factor == null) {
                problems.add(new InputProblem(file.at(at + "/scale"), "unknown scale '" + e.scale() + "'"));
                return null;
            }
            scale = factor;
        }
        double tolerance = e.tolerance() != null ? e.tolerance() : ClaimedValue.DEFAULT_TOLERANCE;
        if (tolerance < 0 || tolerance >= 1) {
            problems.add(new InputProblem(file.at(at + "/tolerance"), "tolerance is a fraction from 0 to below 1"
                    + " (0.1 = 10%), not " + tolerance));
            return null;
        }
        if (!Double.isFinite(e.value() * scale)) {
            problems.add(new InputProblem(file.at(at + "/value"), "'" + e.value() + "' " + e.scale()
                    + " is too large a number: it has no finite value"));
            return null;
        }
        return new ClaimedValue(comparator, e.value() * scale, tolerance);
    }

    /**
     * Why a claim is too long to be read, or null. A claim is one sentence; a long text is refused
     * before the grammar tries it, and quoted only in part.
     */
    private static String tooLong(String sentence) {
        int length = sentence.codePointCount(0, sentence.length());
        return length <= MAX_CLAIM_CHARS ? null : "a claim is one sentence of at most " + MAX_CLAIM_CHARS
                + " characters, and this one has " + length + ": \"" + Excerpt.of(sentence.strip()) + "\"";
    }

    private static PartialDate date(String text, ParsedFile<?> file, String at, List<InputProblem> problems) {
        if (text == null) {
            return null;
        }
        PartialDate date = PartialDate.parse(text);
        if (date == null) {
            problems.add(new InputProblem(file.at(at), "'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"));
        }
        return date;
    }

    /**
     * A structured claim in one line, in the vocabulary's ids, for reports:
     * "according to insiders: acme largest-customer of chipmaker in asia".
     */
    static String describe(ClaimsFile.Entry e) {
        List<String> parts = new ArrayList<>();
        if (e.accordingTo() != null) {
            parts.add("according to " + e.accordingTo() + ":");
        }
        if (Boolean.TRUE.equals(e.possibly())) {
            parts.add("possibly");
        }
        parts.add(e.subject());
        parts.add(e.predicate());
        parts.add(e.measure());
        parts.add(e.title());
        parts.add(e.event());
        boolean comparison = "comparison".equals(e.kind());
        if (comparison) {
            parts.add(e.comparator() == null ? "more" : e.comparator());
            parts.add("than");
        } else if (e.comparator() != null && !"=".equals(e.comparator())) {
            parts.add(e.comparator());
        }
        if (e.value() != null) {
            parts.add(new BigDecimal(e.value()).stripTrailingZeros().toPlainString());
        }
        parts.add(e.scale());
        parts.add(e.unit());
        if (e.tolerance() != null) {
            parts.add("(±" + new BigDecimal(e.tolerance() * 100).setScale(1, RoundingMode.HALF_UP)
                    .stripTrailingZeros().toPlainString() + "%)");
        }
        parts.add(e.object());
        parts.add(e.of() == null ? null : "of " + e.of());
        parts.add(e.scope() == null ? null : "in " + e.scope());
        parts.add(e.where() == null ? null : "in " + e.where());
        parts.add(e.date() == null ? null : "in " + e.date());
        parts.add(e.since() == null ? null : "since " + e.since());
        parts.add(e.until() == null ? null : "until " + e.until());
        return String.join(" ", parts.stream().filter(p -> p != null && !p.isBlank()).toList());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
