package org.factquiz.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.writing.Amounts;
import org.factquiz.language.writing.Frame;
import org.factquiz.language.writing.Joining;
import org.factquiz.language.writing.Proposition;
import org.factquiz.language.writing.Term;
import org.factquiz.model.Bound;
import org.factquiz.model.Comparison;
import org.factquiz.model.Entity;
import org.factquiz.model.Event;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Link;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.PartialDate;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.Quantity;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.model.Status;
import org.factquiz.model.Title;
import org.factquiz.model.TypeDef;
import org.factquiz.model.UnitDef;

/**
 * Writes facts as statements in English or German: the phrase book's first phrase for each fact,
 * its slots filled with the names of the facts ({@link Names}), realised by the language layer's
 * writing package (case, agreement, word order), framed as the article frames the fact.
 */
final class Writer {
    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");

    private final FactBase facts;
    private final PhraseBook phrases;
    private final QuestionTemplates templates;
    private final Names names;

    Writer(FactBase facts, PhraseBook phrases, QuestionTemplates templates) {
        this.facts = facts;
        this.phrases = phrases;
        this.templates = templates;
        this.names = new Names(facts, templates);
    }

    QuestionTemplates templates() {
        return templates;
    }

    Names names() {
        return names;
    }

    String name(String entity, Language language) {
        return names.name(entity, language);
    }

    /** "which company", "welches Unternehmen": how a question asks for one of {@code candidates}. */
    String ask(List<String> candidates, Language language) {
        return names.ask(candidates, language);
    }

    String ask(String entity, Language language) {
        return ask(List.of(entity), language);
    }

    // --- statements as propositions ------------------------------------------------------------

    /** A statement as a proposition, without framing; empty when the language cannot say it. */
    Optional<Proposition> proposition(Statement s, Language language) {
        if (s instanceof Relation r) {
            return relation(r.subject(), r.predicate(), r.object(), r.where(), r.when().since(), language,
                    r.when().until() == null ? Map.of() : Map.of("date", spanTerm(r.when(), language)));
        }
        if (s instanceof Quantity q) {
            return quantity(q.subject(), q.measure(), valueTerm(q.bound(), q.value(), language), language);
        }
        if (s instanceof Comparison c) {
            return comparison(c.subject(), c.measure(), c.more(), c.object(), language);
        }
        if (s instanceof Title t) {
            return title(t.holder(), t.title(), t.of(), t.scope(), language, Map.of());
        }
        if (s instanceof Event e) {
            return event(e.subject(), e.event(), e.date(), e.where(), language,
                    e.when().isSpan() ? Map.of("date", spanTerm(e.when(), language)) : Map.of());
        }
        if (s instanceof org.factquiz.model.Enumeration e) {
            return relation(e.subject(), e.predicate(), e.members().get(0), null, null, language,
                    Map.of("object", list(e, language)));
        }
        return Optional.empty();
    }

    /** A statement as {@link #proposition} writes it, but without its date ("X was launched", not "X was launched in 2023"). */
    Optional<Proposition> undatedProposition(Statement s, Language language) {
        if (s instanceof Relation r) {
            return relation(r.subject(), r.predicate(), r.object(), r.where(), null, language, Map.of());
        }
        if (s instanceof Event e) {
            return event(e.subject(), e.event(), null, e.where(), language, Map.of());
        }
        return proposition(s, language);
    }

    /** A relation; {@code override} replaces slot terms (the subject by "which company", ...). */
    Optional<Proposition> relation(String subject, String predicate, String object, String where, PartialDate since,
                                   Language language, Map<String, Term> override) {
        Map<String, Term> slots = new HashMap<>();
        slots.put("subject", names.term(subject, language));
        slots.put("object", names.owned(subject, object, language));
        if (where != null) {
            slots.put("where", names.term(where, language));
        }
        if (since != null) {
            slots.put("date", Term.fixed(sinceText(since, language), language, GrammaticalNumber.SINGULAR));
        }
        slots.putAll(override);
        return phrase("relation", predicate, true, language, slots.keySet())
                .flatMap(p -> Proposition.of(p.template(), language, slots));
    }

    Optional<Proposition> quantity(String subject, String measure, Term value, Language language) {
        Map<String, Term> slots = Map.of("subject", names.term(subject, language), "value", value);
        return phrase("quantity", measure, true, language, slots.keySet())
                .flatMap(p -> Proposition.of(p.template(), language, slots));
    }

    Optional<Proposition> comparison(String subject, String measure, boolean more, String object, Language language) {
        Map<String, Term> slots = Map.of("subject", names.term(subject, language), "object", names.term(object, language));
        return phrase("comparison", measure, more, language, slots.keySet())
                .flatMap(p -> Proposition.of(p.template(), language, slots));
    }

    Optional<Proposition> title(String holder, String title, String of, String scope, Language language,
                                Map<String, Term> override) {
        Map<String, Term> slots = new HashMap<>();
        slots.put("holder", names.term(holder, language));
        if (of != null) {
            slots.put("of", names.term(of, language));
        }
        if (scope != null) {
            slots.put("scope", names.term(scope, language));
        }
        slots.putAll(override);
        return phrase("title", title, true, language, slots.keySet())
                .flatMap(p -> Proposition.of(p.template(), language, slots));
    }

    Optional<Proposition> event(String subject, String event, PartialDate date, String where, Language language,
                                Map<String, Term> override) {
        Map<String, Term> slots = new HashMap<>();
        slots.put("subject", names.term(subject, language));
        if (date != null) {
            slots.put("date", Term.fixed(dateText(date, language), language, GrammaticalNumber.SINGULAR));
        }
        if (where != null) {
            slots.put("where", names.term(where, language));
        }
        slots.putAll(override);
        // A day is "on 14 April 2023" where the phrase says "in {date}" for a month or a year.
        boolean onDay = language == Language.EN && date != null && date.hasDay() && !override.containsKey("date");
        return phrase("event", event, true, language, slots.keySet())
                .flatMap(p -> Proposition.of(onDay ? p.template().replace("in {date}", "on {date}") : p.template(),
                        language, slots));
    }

    /**
     * "Suche, Übersetzung und Bildgenerierung" as the source lists them; an open list says it is
     * one: German "unter anderem" before the list, English "among others" after it.
     */
    Term list(org.factquiz.model.Enumeration e, Language language) {
        Term joined = Term.joined(e.members().stream().map(m -> names.term(m, language)).toList(),
                templates.word("and", language), language);
        if (e.complete()) {
            return joined;
        }
        String others = templates.word("among-others", language);
        return language == Language.DE ? joined.around(others, "") : joined.around("", ", " + others);
    }

    // --- statements as sentences ---------------------------------------------------------------

    /** A statement as a sentence (no final stop), framed as its source frames it (reported, possible, intended). */
    String statement(Statement s, Language language) {
        return framed(s, proposition(s, language).orElseThrow(() -> cannotSay(s, language)), language);
    }

    /** A statement as {@link #statement} writes it, but without its date. */
    String undated(Statement s, Language language) {
        return framed(s, undatedProposition(s, language).orElseThrow(() -> cannotSay(s, language)), language);
    }

    /** A statement without its framing. */
    String plain(Statement s, Language language) {
        return proposition(s, language).orElseThrow(() -> cannotSay(s, language)).sentence();
    }

    /** {@code p}, which says {@code s}, framed as the source frames {@code s}. */
    String framed(Statement s, Proposition p, Language language) {
        String kind = framingKind(s);
        if (kind == null) {
            return p.sentence();
        }
        Map<String, Term> terms = new HashMap<>();
        if (s.provenance().accordingTo() != null) {
            terms.put("source", names.term(s.provenance().accordingTo(), language));
        }
        return Frame.fill(templates.framing(kind, language), language, p, terms, Map.of())
                .orElseThrow(() -> new Unwritable("the " + language.code() + " framing '" + kind
                        + "' cannot be put around '" + p.sentence() + "'"));
    }

    /** Which framing of rules/quiz/questions.yaml a statement of this status takes, or null for a plain one. */
    static String framingKind(Statement s) {
        return switch (s.status()) {
            case ASSERTED -> null;
            case REPORTED -> "reported";
            case HEDGED -> s.provenance().accordingTo() != null ? "reported-hedged" : "hedged";
            case INTENDED -> "intended";
        };
    }

    /** Several statements as one: "Chatly und Snapgram sind in vielen Märkten gesättigt", each unframed. */
    Proposition combined(List<String> ids, Language language) {
        List<Proposition> parts = new ArrayList<>();
        for (String id : ids) {
            Statement s = facts.statement(id).orElseThrow(() -> new Unwritable("no statement '" + id + "'"));
            parts.add(proposition(s, language).orElseThrow(() -> cannotSay(s, language)));
        }
        return Proposition.combine(parts, templates.word("and", language));
    }

    /** Several statements as one sentence (no final stop). */
    String joined(List<String> ids, Language language) {
        return combined(ids, language).sentence();
    }

    /**
     * A link as one sentence, "{outcome}, weil {reasons}", "{means}, um {aim}", with the link's own
     * framing; a subject said again is a pronoun or the name of its kind ("das Unternehmen").
     */
    String link(Link link, List<String> from, String to, Language language) {
        Map<String, Proposition> clauses = new HashMap<>();
        clauses.put("from", combined(from, language));
        clauses.put("to", combined(List.of(to), language));
        return Joining.join(templates.link(link.link().label(), language), language, clauses,
                        p -> Optional.of(framed(link, p, language)), t -> names.again(t, language))
                .orElseThrow(() -> new Unwritable("the " + language.code() + " link pattern '"
                        + templates.link(link.link().label(), language) + "' cannot join these statements"));
    }

    /**
     * An aim as the answer to "what for?": "um weniger abhängig von Chipco zu sein", "to depend less
     * on Chipco" when the aim's subject is the means'; "damit ...", "so that ..." otherwise.
     */
    String aim(Statement aim, Statement means, Language language) {
        Proposition p = proposition(aim, language).orElseThrow(() -> cannotSay(aim, language));
        if (aim.subject() != null && aim.subject().equals(means.subject())) {
            Optional<String> infinitive = p.infinitive()
                    .map(i -> language == Language.EN && i.startsWith("to ") ? i.substring(3) : i);
            if (infinitive.isPresent()) {
                return templates.word("in-order-to", language) + " " + infinitive.get();
            }
        }
        String opener = templates.word("so-that", language);
        return language == Language.DE ? p.subordinate(opener, null).orElseThrow(() -> cannotSay(aim, language))
                : opener + " " + p.sentence();
    }

    /** "the most popular AI application in China", "die beliebteste KI-Anwendung in China": a title as a noun phrase. */
    private static final String HOLDER = "HOLDER\u0001";

    Term titleNoun(Title t, Language language) {
        // The title's sentence with a stand-in holder, written by the clause (so "der {scope}" and "in
        // {scope}" take their cases: "der längste Absenktunnel der Welt"), then without "{holder} is".
        Map<String, Term> slots = new HashMap<>();
        slots.put("holder", Term.fixed(HOLDER, language, GrammaticalNumber.SINGULAR));
        if (t.of() != null) {
            slots.put("of", names.term(t.of(), language));
        }
        if (t.scope() != null) {
            slots.put("scope", names.term(t.scope(), language));
        }
        String sentence = phrase("title", t.title(), true, language, slots.keySet())
                .flatMap(p -> Proposition.of(p.template(), language, slots)).map(Proposition::sentence)
                .orElse(HOLDER + " " + t.title());
        return Term.name(sentence.replaceFirst("^" + HOLDER + "\\s+\\S+\\s+", ""), language, null, t.id());
    }

    /**
     * "The company that makes the most popular chatbot in the city also owns the newspaper": what else
     * the one subject of a relation does, naming that subject only by its kind and the relation.
     */
    Optional<String> throughTitle(String subject, String predicate, Title title, String alsoPredicate,
                                  String alsoObject, Language language) {
        Optional<Term> who = names.kindOf(subject, language);
        if (who.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> clause = relation(subject, predicate, title.holder(), null, null, language,
                Map.of("object", titleNoun(title, language))).flatMap(p -> p.relative(who.get()));
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        String text = who.get().text() + (language == Language.DE ? ", " + clause.get() + "," : " " + clause.get());
        Term described = Term.fixed(text, language, who.get().number());
        return relation(subject, alsoPredicate, alsoObject, null, null, language, Map.of("subject", described))
                .map(p -> p.sentence(null, templates.word("also", language)));
    }

    // --- numbers and dates ---------------------------------------------------------------------

    /** "60 million", "at least one billion", "etwa 60 Millionen", "zehn": a fact's amount. */
    Term valueTerm(Bound bound, double value, Language language) {
        String prefix = switch (bound) {
            case EXACT -> "";
            case AT_LEAST -> firstWord("at-least", language);
            case AT_MOST -> firstWord("at-most", language);
            case ABOUT -> firstWord("about", language);
        };
        return Amounts.amount(prefix, value, language);
    }

    /** "more than 60 million", "fewer than 60 million" (a count), "weniger als 60 Millionen": beyond an amount. */
    Term beyondTerm(boolean more, double value, String measure, Language language) {
        String word = more ? firstWord("more", language)
                : counted(measure) ? templates.word("fewer", language) : firstWord("less", language);
        return Amounts.amount(word, value, language);
    }

    /** True when the measure's unit counts separate things (facts: units, counted). */
    private boolean counted(String measure) {
        String unit = facts.measures().stream().filter(m -> m.id().equals(measure)).map(MeasureDef::unit).findFirst()
                .orElse("");
        return facts.units().stream().filter(u -> u.id().equals(unit)).anyMatch(UnitDef::counted);
    }

    private String firstWord(String comparator, Language language) {
        List<String> words = phrases.words(language).comparators().getOrDefault(comparator, List.of());
        return words.isEmpty() ? comparator : words.get(0);
    }

    /** A number in digits, as a gap's answer is given: "60", "1,5". */
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

    /** A span as a date slot's term. */
    private Term spanTerm(org.factquiz.model.When when, Language language) {
        return Term.fixed(spanText(when, language), language, GrammaticalNumber.SINGULAR);
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

    String measureName(String measure, Language language) {
        return facts.measures().stream().filter(m -> m.id().equals(measure)).findFirst()
                .map(MeasureDef::name).map(n -> n.in(language)).orElse(measure);
    }

    // --- phrases -------------------------------------------------------------------------------

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
        Optional<Phrase> fitting = candidates.stream().filter(p -> available.containsAll(slotsOf(p.template())))
                .findFirst();
        if (fitting.isPresent() || available.contains("date")) {
            return fitting;
        }
        // Every template gives a date, but none is known or wanted ("X won the contract" in an order of
        // events): the first template without its date and the preposition that leads into it.
        return candidates.stream().filter(p -> available.containsAll(withoutDate(slotsOf(p.template())))).findFirst()
                .map(p -> new Phrase(p.kind(), p.key(), p.more(), p.language(), undatedTemplate(p.template(), language),
                        p.rank(), p.location(), p.origin()));
    }

    private static Set<String> withoutDate(Set<String> slots) {
        Set<String> rest = new LinkedHashSet<>(slots);
        rest.remove("date");
        return rest;
    }

    /** "{subject} won the contract in {date}" as "{subject} won the contract". */
    private String undatedTemplate(String template, Language language) {
        String out = template;
        for (String preposition : phrases.words(language).prepositions()) {
            out = out.replaceAll("(?i)\\s+" + Pattern.quote(preposition) + "\\s+\\{date}", " {date}");
        }
        return out.replace("{date}", "").replaceAll("\\s+", " ").strip();
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

    private Unwritable cannotSay(Statement s, Language language) {
        return new Unwritable(missingPhrase(s, language).map(m -> "the phrase book has no " + language.code()
                + " phrase for " + m).orElse("the " + language.code() + " phrase for '" + s.id()
                + "' has no verb to build a sentence around"));
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A text as a sentence: capitalised, with a full stop unless it ends with one or a quote. */
    static String sentence(String text) {
        String t = capitalise(text.strip());
        return t.matches(".*[.!?“”\"]$") ? t : t + ".";
    }

    boolean isCertain(Statement s) {
        return s.status() == Status.ASSERTED;
    }

    /** A statement or question the language layer cannot write correctly: it is not asked. */
    static final class Unwritable extends RuntimeException {
        Unwritable(String message) {
            super(message);
        }
    }

    TypeDef type(String id) {
        return names.type(id);
    }

    Entity entity(String id) {
        return names.entity(id);
    }
}
