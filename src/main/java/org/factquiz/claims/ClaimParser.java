package org.factquiz.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.load.Excerpt;
import org.factquiz.model.Claim;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.ComparisonClaim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.PartialDate;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.TitleClaim;

/**
 * Reads one-line claims in English or German with the phrase templates of the phrase book: a
 * small controlled grammar that grows when editors add phrases, with no Java change.
 */
public final class ClaimParser {
    private static final Pattern SLOT = Pattern.compile("\\{(subject|object|holder|scope|of|where|value|date)}");
    private static final Set<String> ENTITY_SLOTS = Set.of("subject", "object", "holder", "scope", "of", "where");
    private static final int SUGGESTIONS = 3;

    private final FactBase facts;
    private final PhraseBook phrases;
    private final EntityNames entities;
    private final List<Compiled> compiled = new ArrayList<>();

    /**
     * A template as patterns. The loose one takes anything in every slot. The strict one takes only
     * known names in entity slots; it is built for each sentence from the names that sentence
     * contains ({@link #strictFor}), since one alternation of every name of a large fact base would
     * be huge to build and slow to match.
     */
    private record Compiled(Phrase phrase, List<String> literals, Pattern loose, List<String> slots) {
        Pattern strictFor(String knownName) {
            StringBuilder strict = new StringBuilder("(?iu)^");
            for (int i = 0; i < slots.size(); i++) {
                strict.append(literals.get(i)).append("(?<").append(slots.get(i)).append('>')
                        .append(ENTITY_SLOTS.contains(slots.get(i)) ? knownName : ".+?").append(')');
            }
            return Pattern.compile(strict.append(literals.get(slots.size())).append('$').toString());
        }
    }

    /** The outcome of reading one sentence: a claim, or why not. */
    public sealed interface Reading permits Read, Unreadable {
    }

    public record Read(Claim claim, Language language) implements Reading {
    }

    public record Unreadable(String message) implements Reading {
    }

    public ClaimParser(FactBase facts, PhraseBook phrases) {
        this.facts = facts;
        this.phrases = phrases;
        this.entities = new EntityNames(facts.entities());
        // Relation templates are the most general ("{subject} was launched in {object}"), so every
        // other kind is tried first: a sentence that names a measure, title or event is read as one,
        // the way the facts record it ("X was launched in international markets" is an event).
        List<Phrase> relationsLast = phrases.phrases().stream()
                .sorted(Comparator.comparing((Phrase p) -> p.kind().equals("relation"))).toList();
        for (Phrase phrase : relationsLast) {
            compiled.add(compile(phrase, phrase.template()));
            inverted(phrase.template()).ifPresent(t -> compiled.add(compile(phrase, t)));
            onDay(phrase).ifPresent(t -> compiled.add(compile(phrase, t)));
        }
    }

    /** Reads {@code sentence} as claim {@code id}. */
    public Reading read(String id, String sentence, Location location) {
        String text = sentence.strip().replaceAll("[.!?]+$", "").replaceAll("(?<=\\p{L})[’‘](?=\\p{L})", "'")
                .replaceAll("[„“”\"‚‘’«»]", "")
                .replaceAll("\\s+", " ");
        String accordingTo = null;
        for (Language language : Language.values()) {
            for (String prefix : phrases.words(language).accordingTo()) {
                Matcher m = prefixPattern(prefix).matcher(text);
                if (m.find()) {
                    // "Laut Femern A/S dauern ...": the longest known name the prefix can take, not the shortest.
                    Matcher longest = longestKnownSource(prefix, text, m);
                    Optional<String> source = entities.find(longest.group("source"));
                    if (source.isEmpty()) {
                        return new Unreadable("unknown source '" + Excerpt.of(m.group("source")) + "'"
                                + entities.hint(m.group("source")));
                    }
                    accordingTo = source.get();
                    text = text.substring(longest.end()).strip();
                    break;
                }
            }
            if (accordingTo != null) {
                break;
            }
        }
        boolean possibly = false;
        for (Language language : Language.values()) {
            for (String word : phrases.words(language).possibly()) {
                Matcher m = Pattern.compile("(?iu)(^|\\s)" + Pattern.quote(word) + "(?=\\s|$)").matcher(text);
                if (m.find()) {
                    possibly = true;
                    text = m.replaceAll("$1").replaceAll("\\s+", " ").strip();
                }
            }
        }
        String unknownName = null;
        String knownName = EntityNames.alternation(entities.namesIn(text));
        for (Compiled c : compiled) {
            // A sentence the loose pattern does not take, the strict one cannot take either.
            if (!c.loose.matcher(text).matches()) {
                continue;
            }
            Matcher m = c.strictFor(knownName).matcher(text);
            if (m.matches()) {
                Optional<Claim> claim = build(c, m, id, accordingTo, possibly, sentence, location);
                if (claim.isPresent()) {
                    return new Read(claim.get(), c.phrase.language());
                }
            }
        }
        for (Compiled c : compiled) {
            Matcher m = c.loose.matcher(text);
            if (m.matches()) {
                for (String slot : c.slots) {
                    if (ENTITY_SLOTS.contains(slot) && entities.find(m.group(slot)).isEmpty()) {
                        unknownName = "unknown entity '" + Excerpt.of(m.group(slot).strip()) + "'"
                                + entities.hint(m.group(slot));
                        break;
                    }
                }
                if (unknownName == null) {
                    String problem = valueProblem(c, m);
                    if (problem != null) {
                        return new Unreadable(problem);
                    }
                }
                if (unknownName != null) {
                    return new Unreadable(unknownName);
                }
            }
        }
        return new Unreadable("cannot read \"" + Excerpt.of(sentence.strip()) + "\" as a claim; closest phrasings known: "
                + String.join(" | ", closest(text)));
    }

    private Optional<Claim> build(Compiled c, Matcher m, String id, String accordingTo, boolean possibly,
                                  String text, Location location) {
        Phrase p = c.phrase;
        String subject = entity(c, m, "subject");
        String object = entity(c, m, "object");
        String where = entity(c, m, "where");
        Language language = p.language();
        return switch (p.kind()) {
            case "relation" -> {
                DateSlot time = c.slots.contains("date") ? dateSlot(m.group("date"), language) : DateSlot.NONE;
                if (time == null) {
                    yield Optional.empty();
                }
                yield Optional.of(new RelationClaim(id, subject, p.key(), object, where, time.date(), time.until(),
                        accordingTo, possibly, text, location));
            }
            case "quantity" -> {
                Optional<MeasureDef> measure = facts.measures().stream().filter(d -> d.id().equals(p.key())).findFirst();
                ClaimedValue value = value(m.group("value"), language, measure.map(MeasureDef::unit).orElse(""));
                if (value == null || measure.isEmpty()) {
                    yield Optional.empty();
                }
                yield Optional.of(new QuantityClaim(id, subject, p.key(), value, measure.get().unit(), accordingTo,
                        possibly, text, location));
            }
            case "comparison" -> Optional.of(new ComparisonClaim(id, subject, p.key(), p.more(), object, accordingTo,
                    possibly, text, location));
            case "title" -> Optional.of(new TitleClaim(id, entity(c, m, "holder"), p.key(), entity(c, m, "of"),
                    entity(c, m, "scope"), accordingTo, possibly, text, location));
            case "event" -> {
                DateSlot time = c.slots.contains("date") ? dateSlot(m.group("date"), language) : DateSlot.NONE;
                if (time == null) {
                    yield Optional.empty();
                }
                yield Optional.of(new EventClaim(id, subject, p.key(), time.date(), time.until(), where, accordingTo,
                        possibly, text, location));
            }
            default -> Optional.empty();
        };
    }

    private String valueProblem(Compiled c, Matcher m) {
        Language language = c.phrase.language();
        if (c.slots.contains("value")) {
            String unit = facts.measures().stream().filter(d -> d.id().equals(c.phrase.key())).map(MeasureDef::unit)
                    .findFirst().orElse("");
            if (value(m.group("value"), language, unit) == null) {
                return "cannot read '" + m.group("value").strip() + "' as a number (write e.g. \"60 million\", "
                        + "\"about 60 million\", \"more than 50 million\")";
            }
        }
        if (c.slots.contains("date") && dateSlot(m.group("date"), language) == null) {
            return "cannot read '" + m.group("date").strip() + "' as a date (write e.g. \"2023\", \"August 2023\","
                    + " \"14 April 2023\" or \"until July 2031\")";
        }
        return null;
    }

    private String entity(Compiled c, Matcher m, String slot) {
        return c.slots.contains(slot) ? entities.find(m.group(slot)).orElse(null) : null;
    }

    /** Reads "about 60 million", "mehr als 50 Millionen", "60,000,000 users". */
    ClaimedValue value(String text, Language language, String unit) {
        String rest = text.strip().toLowerCase(Locale.ROOT);
        PhraseBook.Words words = phrases.words(language);
        ClaimedValue.Comparator comparator = ClaimedValue.Comparator.EQUAL;
        outer:
        for (Map.Entry<String, List<String>> entry : words.comparators().entrySet()) {
            for (String word : entry.getValue().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
                if (rest.startsWith(word.toLowerCase(Locale.ROOT) + " ")) {
                    comparator = switch (entry.getKey()) {
                        case "about" -> ClaimedValue.Comparator.ABOUT;
                        case "more" -> ClaimedValue.Comparator.MORE;
                        case "less" -> ClaimedValue.Comparator.LESS;
                        case "at-least" -> ClaimedValue.Comparator.AT_LEAST;
                        case "at-most" -> ClaimedValue.Comparator.AT_MOST;
                        default -> ClaimedValue.Comparator.EQUAL;
                    };
                    rest = rest.substring(word.length()).strip();
                    break outer;
                }
            }
        }
        Matcher number = Pattern.compile("^(\\d+(?:[.,]\\d+)*)\\s*(.*)$").matcher(rest);
        if (!number.matches()) {
            return bareScale(rest, comparator, words, unit);
        }
        Double amount = number(number.group(1), language);
        if (amount == null) {
            return null;
        }
        String tail = number.group(2).strip();
        for (Map.Entry<String, Double> scale : words.scales().entrySet()) {
            String word = scale.getKey().toLowerCase(Locale.ROOT);
            if (tail.equals(word) || tail.startsWith(word + " ")) {
                amount *= scale.getValue();
                tail = tail.substring(word.length()).strip();
                break;
            }
        }
        if (!tail.isEmpty() && !unitWords(unit).contains(tail)) {
            return null;
        }
        return new ClaimedValue(comparator, amount, ClaimedValue.DEFAULT_TOLERANCE);
    }

    /**
     * "Acme investiert Milliarden": a scale word without a number, as articles write vague
     * amounts, means at least one of that scale.
     */
    private ClaimedValue bareScale(String rest, ClaimedValue.Comparator comparator, PhraseBook.Words words,
                                   String unit) {
        if (comparator != ClaimedValue.Comparator.EQUAL && comparator != ClaimedValue.Comparator.AT_LEAST) {
            return null;
        }
        String[] parts = rest.split("\\s+", 2);
        Double scale = words.scales().entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(parts[0]))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (scale == null || (parts.length > 1 && !unitWords(unit).contains(parts[1]))) {
            return null;
        }
        return new ClaimedValue(ClaimedValue.Comparator.AT_LEAST, scale, ClaimedValue.DEFAULT_TOLERANCE);
    }

    private Set<String> unitWords(String unit) {
        Set<String> words = new HashSet<>();
        words.add(unit.toLowerCase(Locale.ROOT));
        facts.units().stream().filter(u -> u.id().equals(unit)).forEach(u -> {
            words.add(u.name().en().toLowerCase(Locale.ROOT));
            words.add(u.name().de().toLowerCase(Locale.ROOT));
        });
        return words;
    }

    private static Double number(String text, Language language) {
        String digits;
        if (text.matches("\\d{1,3}([.,]\\d{3})+")) {
            digits = text.replaceAll("[.,]", "");
        } else if (language == Language.DE) {
            digits = text.replace(".", "").replace(',', '.');
        } else {
            digits = text.replace(",", "");
        }
        try {
            return Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What a {@code {date}} slot says: a date (an event's, or a relation's start), an end, or both. */
    private record DateSlot(PartialDate date, PartialDate until) {
        static final DateSlot NONE = new DateSlot(null, null);
    }

    /**
     * Reads a date slot: "2023", "seit 2021" (a date), "until July 2031", "bis Juli 2031" (an end),
     * "from 2023 to 2035", "von 2023 bis 2035" (both). Null when it is no date.
     */
    private DateSlot dateSlot(String text, Language language) {
        Map<String, String> words = phrases.words(language).dateWords();
        String t = text.strip().toLowerCase(Locale.ROOT);
        // The day forms first ("vom", "bis zum"): they are longer than the plain words they start with.
        String from = startingWord(t, words, "from-day", "from");
        String until = startingWord(t, words, "until-day", "until");
        if (from != null) {
            for (String end : List.of(words.getOrDefault("to-day", "~"), words.getOrDefault("to", "~"),
                    words.getOrDefault("until-day", "~"), words.getOrDefault("until", "~"))) {
                end = end.toLowerCase(Locale.ROOT);
                int at = end.isBlank() ? -1 : t.indexOf(" " + end + " ");
                if (at > 0) {
                    PartialDate start = date(t.substring(from.length(), at), language);
                    PartialDate last = date(t.substring(at + end.length() + 2), language);
                    return start == null || last == null ? null : new DateSlot(start, last);
                }
            }
        }
        if (until != null) {
            PartialDate last = date(t.substring(until.length()), language);
            return last == null ? null : new DateSlot(null, last);
        }
        PartialDate date = date(t, language);
        return date == null ? null : new DateSlot(date, null);
    }

    /** The first of the date words {@code keys} that {@code text} starts with, lower-cased; null for none. */
    private static String startingWord(String text, Map<String, String> words, String... keys) {
        for (String key : keys) {
            String word = words.getOrDefault(key, "").toLowerCase(Locale.ROOT);
            if (!word.isBlank() && text.startsWith(word + " ")) {
                return word;
            }
        }
        return null;
    }

    /** Reads "2023", "August 2023", "2023-08", "Aug 2023", "14. April 2023", "April 14, 2023", "2023-04-14". */
    PartialDate date(String text, Language language) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Map<String, String> dateWords = phrases.words(language).dateWords();
        for (String key : List.of("in-year", "at-day", "at-month", "at-year", "since-day", "since")) {
            String word = dateWords.getOrDefault(key, "");
            if (!word.isBlank() && t.startsWith(word.toLowerCase(Locale.ROOT) + " ")) {
                t = t.substring(word.length()).strip();
                break;
            }
        }
        PartialDate iso = PartialDate.parse(t);
        if (iso != null) {
            return iso;
        }
        Matcher m = Pattern.compile("^(?:(\\d{1,2})\\.?\\s+)?(\\p{L}+)\\.?\\s+(?:(\\d{1,2}),?\\s+)?(\\d{4})$").matcher(t);
        if (!m.matches() || (m.group(1) != null && m.group(3) != null)) {
            return null;
        }
        String day = m.group(1) != null ? m.group(1) : m.group(3);
        for (Language l : List.of(language, language == Language.EN ? Language.DE : Language.EN)) {
            List<String> months = phrases.words(l).months();
            for (int i = 0; i < months.size(); i++) {
                String month = months.get(i).toLowerCase(Locale.ROOT);
                if (month.equals(m.group(2)) || (m.group(2).length() >= 3 && month.startsWith(m.group(2)))) {
                    return PartialDate.parse(m.group(4) + String.format("-%02d", i + 1)
                            + (day == null ? "" : String.format("-%02d", Integer.parseInt(day))));
                }
            }
        }
        return null;
    }

    private static Compiled compile(Phrase phrase, String template) {
        StringBuilder loose = new StringBuilder("(?iu)^");
        List<String> literals = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(template);
        int last = 0;
        while (m.find()) {
            String literal = literal(template.substring(last, m.start()));
            literals.add(literal);
            loose.append(literal);
            String slot = m.group(1);
            slots.add(slot);
            loose.append("(?<").append(slot).append(">.+?)");
            last = m.end();
        }
        String literal = literal(template.substring(last));
        literals.add(literal);
        loose.append(literal).append('$');
        return new Compiled(phrase, List.copyOf(literals), Pattern.compile(loose.toString()), List.copyOf(slots));
    }

    private static String literal(String text) {
        if (text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String[] parts = text.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append("\\s+");
            }
            if (!parts[i].isEmpty()) {
                out.append(Pattern.quote(parts[i]));
            }
        }
        return out.toString();
    }

    /**
     * German puts the verb second after "Laut Brancheninsidern": "ist X ..." for
     * "X ist ...". A template starting "{slot} verb" is also read as "verb {slot}".
     */
    private static Optional<String> inverted(String template) {
        Matcher m = Pattern.compile("^(\\{\\w+})\\s+(\\S+)\\s+(.*)$").matcher(template);
        if (!m.matches() || m.group(2).startsWith("{")) {
            return Optional.empty();
        }
        return Optional.of(m.group(2) + " " + m.group(1) + " " + m.group(3));
    }

    /**
     * English puts a day after "on", a month or year after "in": a template's "in {date}" also
     * reads "on 14 April 2023". (German templates take the preposition inside the slot.)
     */
    private static Optional<String> onDay(Phrase phrase) {
        return phrase.language() == Language.EN && phrase.template().contains("in {date}")
                ? Optional.of(phrase.template().replace("in {date}", "on {date}")) : Optional.empty();
    }

    /** Among the ways {@code prefix} can end in {@code text}, the one naming the longest known entity; else {@code first}. */
    private Matcher longestKnownSource(String prefix, String text, Matcher first) {
        int slot = prefix.indexOf("{source}");
        String after = prefix.substring(slot + "{source}".length());
        for (int end = text.length(); end > first.start("source"); end--) {
            Matcher m = Pattern.compile("(?iu)^" + literal(prefix.substring(0, slot)) + "(?<source>.{"
                    + (end - first.start("source")) + "})" + Pattern.quote(after) + "\\s+").matcher(text);
            if (m.find() && entities.find(m.group("source")).isPresent()) {
                return m;
            }
        }
        return first;
    }

    private static Pattern prefixPattern(String prefix) {
        int slot = prefix.indexOf("{source}");
        String before = prefix.substring(0, slot);
        String after = prefix.substring(slot + "{source}".length());
        return Pattern.compile("(?iu)^" + literal(before) + "(?<source>.+?)" + Pattern.quote(after) + "\\s+");
    }

    private List<String> closest(String text) {
        Set<String> words = wordsOf(text);
        record Scored(String template, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Phrase phrase : phrases.phrases()) {
            Set<String> literal = wordsOf(SLOT.matcher(phrase.template()).replaceAll(" "));
            Set<String> common = new HashSet<>(literal);
            common.retainAll(words);
            Set<String> union = new HashSet<>(literal);
            union.addAll(words);
            scored.add(new Scored(phrase.template(), union.isEmpty() ? 0 : (double) common.size() / union.size()));
        }
        LinkedHashSet<String> best = new LinkedHashSet<>();
        scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::template))
                .limit(SUGGESTIONS).forEach(s -> best.add("\"" + s.template + "\""));
        return List.copyOf(best);
    }

    private static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isBlank()) {
                words.add(w);
            }
        }
        return words;
    }
}
