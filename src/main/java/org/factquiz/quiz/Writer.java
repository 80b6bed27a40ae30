package org.factquiz.quiz;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.model.Bound;
import org.factquiz.model.Comparison;
import org.factquiz.model.Entity;
import org.factquiz.model.Event;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.PartialDate;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.Quantity;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.factquiz.model.Title;
import org.factquiz.model.TypeDef;

/** Writes facts as sentences in English or German, with the phrase book's templates. */
final class Writer {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final FactBase facts;
    private final PhraseBook phrases;
    private final QuestionTemplates templates;
    private final Map<String, Entity> entities = new HashMap<>();
    private final Map<String, TypeDef> types = new HashMap<>();

    Writer(FactBase facts, PhraseBook phrases, QuestionTemplates templates) {
        this.facts = facts;
        this.phrases = phrases;
        this.templates = templates;
        facts.entities().forEach(e -> entities.putIfAbsent(e.id(), e));
        facts.types().forEach(t -> types.putIfAbsent(t.id(), t));
    }

    QuestionTemplates templates() {
        return templates;
    }

    String name(String entity, Language language) {
        Entity e = entities.get(entity);
        return e == null ? entity : e.name().in(language);
    }

    /**
     * The object's name beside its own possessor as the subject: "Acme makes its own chips", not
     * "Acme makes Acme's own chips"; "Acme stellt eigene Chips her", not "... eigene Chips von Acme
     * her". A person's possessive needs a gender the facts do not
     * give, so a person's things (a type asked for with "who") keep their names.
     */
    String ownedName(String subject, String object, Language language) {
        String owner = name(subject, language);
        String owned = name(object, language);
        Entity e = entities.get(subject);
        // A type asked for with "who" is one of people (facts/types.yaml: ask).
        boolean person = e != null && ask(subject, Language.EN).equals("who");
        if (language == Language.EN && !person && owned.startsWith(owner + "'s ")) {
            return "its " + owned.substring(owner.length() + 3);
        }
        if (language == Language.DE && owned.endsWith(" von " + owner) && owned.length() > owner.length() + 5) {
            return owned.substring(0, owned.length() - owner.length() - 5);
        }
        return owned;
    }

    /** "which company", "welches Unternehmen": how a question asks for an entity like {@code entity}. */
    String ask(String entity, Language language) {
        return ask(List.of(entity), language);
    }

    /**
     * How a question asks for one of {@code candidates}: by the most specific type they all are
     * ("which chatbot"; "which product" when one of them is a product of another kind), or by the
     * word "what" of questions.yaml when no type says how to ask for it.
     */
    String ask(List<String> candidates, Language language) {
        Entity first = entities.get(candidates.get(0));
        for (String type : first == null ? List.<String>of() : typeAndAncestors(first.type())) {
            boolean shared = candidates.stream().map(entities::get)
                    .allMatch(e -> e != null && typeAndAncestors(e.type()).contains(type));
            TypeDef def = types.get(type);
            if (shared && def.ask() != null) {
                return def.ask().in(language);
            }
        }
        return templates.word("what", language);
    }

    /** The type, its parent, its parent's parent, ... up to the root. */
    private List<String> typeAndAncestors(String type) {
        List<String> chain = new java.util.ArrayList<>();
        for (TypeDef t = types.get(type); t != null && !chain.contains(t.id()); t = t.parent() == null ? null
                : types.get(t.parent())) {
            chain.add(t.id());
        }
        return chain;
    }

    /** A statement as {@link #statement} writes it, but without its date: "X was launched", not "X was launched in 2023". */
    String undated(Statement s, Language language) {
        if (s instanceof Relation r) {
            return frame(s, relation(r.subject(), r.predicate(), r.object(), r.where(), null, language, Map.of()),
                    language);
        }
        if (s instanceof Event e) {
            return frame(s, event(e.subject(), e.event(), null, e.where(), language, Map.of()), language);
        }
        return statement(s, language);
    }

    /**
     * Several statements as one: "the river is low and the canal is low", each unframed (the link they belong to is framed as a whole).
     */
    String joined(List<String> ids, Language language) {
        List<String> texts = ids.stream().map(id -> facts.statement(id).map(s -> plain(s, language)).orElse(id))
                .toList();
        return texts.size() == 1 ? texts.get(0) : String.join(", ", texts.subList(0, texts.size() - 1)) + " "
                + templates.word("and", language) + " " + texts.get(texts.size() - 1);
    }

    /** A link as one sentence, "{outcome} because {reasons}", framed as the source frames the link. */
    String link(org.factquiz.model.Link link, List<String> from, String to, Language language) {
        String outcome = facts.statement(to).map(s -> plain(s, language)).orElse(to);
        String sentence = templates.link(link.link().label(), language).replace("{from}", joined(from, language))
                .replace("{to}", outcome);
        return frame(link, sentence, language);
    }

    /** A statement as a sentence, framed as its source frames it (reported, possible, intended). */
    String statement(Statement s, Language language) {
        return frame(s, plain(s, language), language);
    }

    String frame(Statement s, String sentence, Language language) {
        String kind = switch (s.status()) {
            case ASSERTED -> null;
            case REPORTED -> "reported";
            case HEDGED -> s.provenance().accordingTo() != null ? "reported-hedged" : "hedged";
            case INTENDED -> "intended";
        };
        if (kind == null) {
            return sentence;
        }
        String source = s.provenance().accordingTo() == null ? "" : name(s.provenance().accordingTo(), language);
        return templates.framing(kind, language).replace("{source}", source).replace("{statement}", sentence);
    }

    /**
     * What the phrase book lacks to write {@code s} in {@code language} ("relation 'hires'"), or
     * empty when it has a phrase for it. Links are written through the statements they join.
     */
    Optional<String> missingPhrase(Statement s, Language language) {
        String kind;
        String key;
        if (s instanceof Relation r) {
            kind = "relation";
            key = r.predicate();
        } else if (s instanceof org.factquiz.model.Enumeration e) {
            kind = "relation";
            key = e.predicate();
        } else if (s instanceof Quantity q) {
            kind = "quantity";
            key = q.measure();
        } else if (s instanceof Comparison c) {
            kind = "comparison";
            key = c.measure();
        } else if (s instanceof Title t) {
            kind = "title";
            key = t.title();
        } else if (s instanceof Event e) {
            kind = "event";
            key = e.event();
        } else {
            return Optional.empty();
        }
        boolean known = phrases.phrases().stream()
                .anyMatch(p -> p.kind().equals(kind) && p.key().equals(key) && p.language() == language);
        return known ? Optional.empty() : Optional.of(kind + " '" + key + "'");
    }

    /** A statement as a sentence, without framing. */
    String plain(Statement s, Language language) {
        if (s instanceof Relation r) {
            return relation(r.subject(), r.predicate(), r.object(), r.where(), r.when().since(), language,
                    r.when().until() == null ? Map.of() : Map.of("date", spanText(r.when(), language)));
        }
        if (s instanceof Quantity q) {
            return quantity(q.subject(), q.measure(), q.bound(), q.value(), language);
        }
        if (s instanceof Comparison c) {
            return comparison(c.subject(), c.measure(), c.more(), c.object(), language);
        }
        if (s instanceof Title t) {
            return title(t.holder(), t.title(), t.of(), t.scope(), language, Map.of());
        }
        if (s instanceof Event e) {
            return event(e.subject(), e.event(), e.date(), e.where(), language,
                    e.when().isSpan() ? Map.of("date", spanText(e.when(), language)) : Map.of());
        }
        if (s instanceof org.factquiz.model.Enumeration e) {
            return relation(e.subject(), e.predicate(), e.members().get(0), null, null, language,
                    Map.of("object", list(e, language)));
        }
        return s.id();
    }

    /** "search, translation and image generation, among others": a list as the source gives it. */
    String list(org.factquiz.model.Enumeration e, Language language) {
        List<String> names = e.members().stream().map(m -> name(m, language)).toList();
        String joined = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + templates.word("and", language) + " "
                        + names.get(names.size() - 1);
        return e.complete() ? joined : joined + ", " + templates.word("among-others", language);
    }

    /** A relation; {@code override} replaces slot texts (e.g. the subject by "which company"). */
    String relation(String subject, String predicate, String object, String where, PartialDate since,
                    Language language, Map<String, String> override) {
        Map<String, String> slots = new HashMap<>();
        slots.put("subject", name(subject, language));
        slots.put("object", ownedName(subject, object, language));
        if (where != null) {
            slots.put("where", whereText(where, language));
        }
        if (since != null) {
            slots.put("date", sinceText(since, language));
        }
        slots.putAll(override);
        Optional<Phrase> phrase = phrase("relation", predicate, true, language, slots.keySet());
        if (phrase.isEmpty()) {
            String verb = facts.predicates().stream().filter(p -> p.id().equals(predicate)).findFirst()
                    .map(p -> p.name().in(language)).orElse(predicate);
            return slots.get("subject") + " " + verb + " " + slots.get("object");
        }
        return fill(phrase.get().template(), slots);
    }

    String quantity(String subject, String measure, Bound bound, double value, Language language) {
        return quantity(subject, measure, valueText(bound, value, language), language);
    }

    String quantity(String subject, String measure, String valueText, Language language) {
        Map<String, String> slots = Map.of("subject", name(subject, language), "value", valueText);
        return phrase("quantity", measure, true, language, slots.keySet()).map(p -> fill(p.template(), slots))
                .orElseGet(() -> name(subject, language) + ": " + measureName(measure, language) + " " + valueText);
    }

    String comparison(String subject, String measure, boolean more, String object, Language language) {
        Map<String, String> slots = Map.of("subject", name(subject, language), "object", name(object, language));
        return phrase("comparison", measure, more, language, slots.keySet()).map(p -> fill(p.template(), slots))
                .orElseGet(() -> name(subject, language) + (more ? " > " : " < ") + name(object, language) + " ("
                        + measureName(measure, language) + ")");
    }

    String title(String holder, String title, String of, String scope, Language language, Map<String, String> override) {
        Map<String, String> slots = new HashMap<>();
        slots.put("holder", name(holder, language));
        if (of != null) {
            slots.put("of", name(of, language));
        }
        if (scope != null) {
            slots.put("scope", name(scope, language));
        }
        slots.putAll(override);
        return phrase("title", title, true, language, slots.keySet()).map(p -> fill(p.template(), slots))
                .orElseGet(() -> slots.get("holder") + ": " + title);
    }

    /** "the most popular AI application in China": a title phrase without "{holder} is". */
    String titleNoun(Title t, Language language) {
        Map<String, String> slots = new HashMap<>();
        slots.put("holder", "{holder}");
        if (t.of() != null) {
            slots.put("of", name(t.of(), language));
        }
        if (t.scope() != null) {
            slots.put("scope", name(t.scope(), language));
        }
        String sentence = phrase("title", t.title(), true, language, slots.keySet())
                .map(p -> fill(p.template(), slots)).orElse("{holder} " + t.title());
        return sentence.replaceFirst("^\\{holder}\\s+\\S+\\s+", "");
    }

    String event(String subject, String event, PartialDate date, String where, Language language,
                 Map<String, String> override) {
        Map<String, String> slots = new HashMap<>();
        slots.put("subject", name(subject, language));
        if (date != null) {
            slots.put("date", dateText(date, language));
        }
        if (where != null) {
            slots.put("where", name(where, language));
        }
        slots.putAll(override);
        boolean onDay = language == Language.EN && date != null && date.hasDay() && !override.containsKey("date");
        return phrase("event", event, true, language, slots.keySet())
                .map(p -> fill(onDay ? p.template().replace("in {date}", "on {date}") : p.template(), slots))
                .orElseGet(() -> slots.get("subject") + " " + event + (date == null ? "" : " " + slots.get("date")));
    }

    /** The first template whose slots are exactly those given, else the first whose slots are all given. */
    Optional<Phrase> phrase(String kind, String key, boolean more, Language language, Set<String> available) {
        List<Phrase> candidates = phrases.phrases().stream()
                .filter(p -> p.kind().equals(kind) && p.key().equals(key) && p.language() == language
                        && (!kind.equals("comparison") || p.more() == more))
                .toList();
        for (Phrase p : candidates) {
            if (slotsOf(p.template()).equals(available)) {
                return Optional.of(p);
            }
        }
        return candidates.stream().filter(p -> available.containsAll(slotsOf(p.template()))).findFirst();
    }

    static Set<String> slotsOf(String template) {
        Set<String> slots = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            slots.add(m.group(1));
        }
        return slots;
    }

    static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slots.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    String measureName(String measure, Language language) {
        return facts.measures().stream().filter(m -> m.id().equals(measure)).findFirst()
                .map(MeasureDef::name).map(n -> n.in(language)).orElse(measure);
    }

    String predicateName(String predicate, Language language) {
        return facts.predicates().stream().filter(p -> p.id().equals(predicate)).findFirst()
                .map(PredicateDef::name).map(n -> n.in(language)).orElse(predicate);
    }

    /** "more than 60 million", "weniger als 60 Millionen": beyond a count, above or below it. */
    String beyondText(boolean more, double value, Language language) {
        Scale scale = Scale.of(value);
        return firstWord(more ? "more" : "less", language) + " " + number(value / scale.factor(), language)
                + scale.word(templates, language, value);
    }

    /**
     * "The company that makes the most popular chatbot in the city also owns the newspaper": what else
     * the one subject of a relation does, naming that subject only by its type and the relation.
     * Empty when the language gives no way to say it (a type whose German article is unknown).
     */
    Optional<String> throughTitle(String subject, String predicate, Title title, String alsoPredicate,
                                  String alsoObject, Language language) {
        Optional<String> who = relative(subject, predicate, titleNoun(title, language), language);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        String rest = afterSubject(relation(subject, alsoPredicate, alsoObject, null, null, language,
                Map.of("subject", SUBJECT)));
        String also = templates.word("also", language);
        String[] words = rest.split(" ", 2);
        String main = language == Language.DE || AUXILIARIES_EN.contains(words[0])
                ? words[0] + " " + also + (words.length > 1 ? " " + words[1] : "")
                : also + " " + rest;
        return Optional.of(who.get() + (language == Language.DE ? ", " : " ") + main);
    }

    /**
     * "the company that makes the most popular AI application in China", "das Unternehmen, das die
     * beliebteste KI-Anwendung in China herstellt": an entity named by its type and one relation.
     */
    Optional<String> relative(String subject, String predicate, String objectText, Language language) {
        Entity e = entities.get(subject);
        TypeDef type = e == null ? null : types.get(e.type());
        if (type == null) {
            return Optional.empty();
        }
        String clause = afterSubject(relation(subject, predicate, "x", null, null, language,
                Map.of("subject", SUBJECT, "object", objectText)));
        if (language == Language.EN) {
            return Optional.of("the " + type.name().en() + " that " + clause);
        }
        String ask = type.ask() == null ? "" : type.ask().de();
        String article = ask.startsWith("welches ") ? "das" : ask.startsWith("welcher ") ? "der"
                : ask.startsWith("welche ") ? "die" : null;
        return article == null ? Optional.empty()
                : Optional.of(article + " " + type.name().de() + ", " + article + " " + verbFinal(clause));
    }

    private static final String SUBJECT = "\u0000";
    private static final Set<String> AUXILIARIES_EN = Set.of("is", "are", "was", "were", "has", "have", "can",
            "will", "may", "must");
    private static final Set<String> AUXILIARIES_DE = Set.of("ist", "sind", "hat", "haben", "wird", "werden",
            "wurde", "wurden", "war", "waren", "kann", "können", "muss", "müssen", "soll", "sollen", "will", "wollen");
    private static final Set<String> PARTICLES_DE = Set.of("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort",
            "her", "heraus", "hin", "hinaus", "los", "mit", "nach", "vor", "voran", "vorbei", "weg", "weiter", "zu",
            "zurück", "zusammen", "dar");

    private static String afterSubject(String sentence) {
        return sentence.replace(SUBJECT, "").strip();
    }

    /**
     * A German main clause without its subject ("stellt den Chatbot her") as a subordinate clause's rest
     * ("den Chatbot herstellt"): the finite verb goes to the end, joined with its separable particle.
     */
    static String verbFinal(String mainClauseWithoutSubject) {
        List<String> words = new java.util.ArrayList<>(List.of(mainClauseWithoutSubject.split(" ")));
        String finite = words.remove(0);
        if (!words.isEmpty() && !AUXILIARIES_DE.contains(finite) && PARTICLES_DE.contains(words.get(words.size() - 1))) {
            finite = words.remove(words.size() - 1) + finite;
        }
        words.add(finite);
        return String.join(" ", words);
    }

    /** "60 million", "at least 1 billion", "etwa 60 Millionen". */
    String valueText(Bound bound, double value, Language language) {
        String prefix = switch (bound) {
            case EXACT -> "";
            case AT_LEAST -> firstWord("at-least", language) + " ";
            case AT_MOST -> firstWord("at-most", language) + " ";
            case ABOUT -> firstWord("about", language) + " ";
        };
        Scale scale = Scale.of(value);
        return prefix + number(value / scale.factor(), language) + scale.word(templates, language, value);
    }

    private String firstWord(String comparator, Language language) {
        List<String> words = phrases.words(language).comparators().getOrDefault(comparator, List.of());
        return words.isEmpty() ? comparator : words.get(0);
    }

    static String number(double value, Language language) {
        String plain = new BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return language == Language.DE ? plain.replace('.', ',') : plain;
    }

    /** "August 2023" / "im August 2023"; "2023"; "14 April 2023" / "am 14. April 2023". */
    String dateText(PartialDate date, Language language) {
        if (date.hasDay()) {
            String word = phrases.words(language).dateWords().getOrDefault("at-day", "");
            return (word.isBlank() ? "" : word + " ") + dayText(date, language);
        }
        if (!date.hasMonth()) {
            String word = phrases.words(language).dateWords().getOrDefault("at-year", "");
            return (word.isBlank() ? "" : word + " ") + date.year();
        }
        String word = phrases.words(language).dateWords().getOrDefault("at-month", "");
        return (word.isBlank() ? "" : word + " ") + monthName(date.month(), language) + " " + date.year();
    }

    String monthName(int month, Language language) {
        String name = phrases.words(language).months().get(month - 1);
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }

    /** "since 2021" / "seit 2021". */
    String sinceText(PartialDate date, Language language) {
        return dateWord("since", date, language) + bareDate(date, language);
    }

    /** "until July 2031" / "bis Juli 2031"; "from 2023 to 2035" / "von 2023 bis 2035"; "since 2021". */
    String spanText(org.factquiz.model.When when, Language language) {
        if (when.since() != null && when.until() != null) {
            return dateWord("from", when.since(), language) + bareDate(when.since(), language) + " "
                    + dateWord("to", when.until(), language) + bareDate(when.until(), language);
        }
        if (when.until() != null) {
            return dateWord("until", when.until(), language) + bareDate(when.until(), language);
        }
        return when.since() != null ? sinceText(when.since(), language) : "";
    }

    /** The word before a date, with its form for a day where the language has one ("vom", "bis zum"). */
    private String dateWord(String key, PartialDate date, Language language) {
        String dayWord = phrases.words(language).dateWords().get(key + "-day");
        return date.hasDay() && dayWord != null ? (dayWord.isBlank() ? "" : dayWord + " ") : dateWord(key, language);
    }

    private String dateWord(String key, Language language) {
        String word = phrases.words(language).dateWords().getOrDefault(key, "");
        return word.isBlank() ? "" : word + " ";
    }

    /** A date without a preposition: "2021", "July 2031", "14 April 2023" / "14. April 2023". */
    private String bareDate(PartialDate date, Language language) {
        if (date.hasDay()) {
            return dayText(date, language);
        }
        return date.hasMonth() ? monthName(date.month(), language) + " " + date.year() : Integer.toString(date.year());
    }

    private String dayText(PartialDate date, Language language) {
        return date.day() + (language == Language.DE ? ". " : " ") + monthName(date.month(), language) + " "
                + date.year();
    }

    private String whereText(String where, Language language) {
        return name(where, language);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    static String sentence(String text) {
        String t = capitalise(text.strip());
        return t.matches(".*[.!?“”\"]$") ? t : t + ".";
    }

    boolean isCertain(Statement s) {
        return s.status() == Status.ASSERTED;
    }
}
