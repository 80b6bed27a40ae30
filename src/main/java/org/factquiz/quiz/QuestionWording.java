package org.factquiz.quiz;

import static org.factquiz.quiz.QuizCounts.CHOICES;
import static org.factquiz.quiz.QuizCounts.LETTERS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.writing.Frame;
import org.factquiz.language.writing.Proposition;
import org.factquiz.language.writing.Term;
import org.factquiz.model.Event;
import org.factquiz.model.Language;
import org.factquiz.model.PartialDate;
import org.factquiz.model.Quantity;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuestionType;
import org.factquiz.model.QuizOption;
import org.factquiz.model.Statement;
import org.factquiz.model.Title;

/**
 * Wording: puts a verified draft into words, in English and German, with the prompt templates of
 * rules/quiz/questions.yaml and the statements the {@link Writer} writes. The seeded random orders
 * the choices; nothing else depends on it.
 */
final class QuestionWording {
    /** A matching question shows at most this many items on its left. */
    private static final int MATCHED_ITEMS = 5;

    private final Writer writer;
    private final Map<String, Statement> statements;
    private final Explanations explanations;
    private final GapWording gaps;
    private final Giveaways giveaways;

    QuestionWording(Writer writer, Map<String, Statement> statements, GapWording gaps, Giveaways giveaways) {
        this.writer = writer;
        this.statements = statements;
        this.explanations = new Explanations(writer, statements);
        this.gaps = gaps;
        this.giveaways = giveaways;
    }

    /** A draft that cannot be put into words (a missing template, a word not in its sentence). */
    static final class CannotWord extends Exception {
        CannotWord(String message) {
            super(message);
        }
    }

    Question word(QuestionDraft d, List<QuizOption> allOptions, Random random) throws CannotWord {
        try {
            return wordOrFail(d, allOptions, random);
        } catch (Writer.Unwritable e) {
            throw new CannotWord(e.getMessage());
        }
    }

    private Question wordOrFail(QuestionDraft d, List<QuizOption> allOptions, Random random) throws CannotWord {
        Statement fact = d.facts().isEmpty() ? null : statements.get(d.facts().get(0));
        List<QuizOption> options = withoutGiveaways(d, fact, allOptions);
        phrasesFor(d, options);
        Map<Language, String> prompt = new EnumMap<>(Language.class);
        List<Question.Choice> choices = new ArrayList<>();
        List<Question.Choice> items = new ArrayList<>();
        Question.Answer answer;
        // In a "which is NOT" question the odd one out is the answer and the list's members are the wrong ones.
        List<QuizOption> keys = options.stream().filter(o -> o.role().equals("key") || o.role().equals("odd-one-out"))
                .toList();
        int keyLength = keys.isEmpty() ? 0 : optionText(d, keys.get(0), Language.EN).length();
        List<QuizOption> distractors = DistractorChoice.ranked(
                options.stream().filter(o -> o.role().equals("distractor") || o.role().equals("listed")).toList(),
                keyLength,
                o -> optionText(d, o, Language.EN));
        switch (d.type()) {
            case TRUE_FALSE -> {
                boolean truth = !keys.isEmpty();
                String template = promptTemplate(d);
                for (Language l : Language.values()) {
                    // The "statement" prompt takes the statement in one of its forms; the others word it themselves.
                    prompt.put(l, fill(template, l, null, Map.of(), Map.of("statement",
                            Writer.sentence(trueFalseText(d, fact, l)))));
                }
                choices.add(new Question.Choice("a", both(l -> writer.templates().word("true", l))));
                choices.add(new Question.Choice("b", both(l -> writer.templates().word("false", l))));
                answer = new Question.Answer(List.of(truth ? "a" : "b"), truth, null, null, null, null);
            }
            case MULTIPLE_CHOICE, MULTIPLE_RESPONSE -> {
                boolean single = d.type() == QuestionType.MULTIPLE_CHOICE;
                int wanted = single ? CHOICES - 1 : Math.min(distractors.size(), Math.max(2, CHOICES - keys.size()));
                List<QuizOption> shown = new ArrayList<>(single ? keys.subList(0, 1) : keys);
                shown.addAll(distractors.subList(0, Math.min(wanted, distractors.size())));
                Collections.shuffle(shown, random);
                List<String> correct = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    QuizOption o = shown.get(i);
                    choices.add(new Question.Choice(LETTERS.get(i), both(l -> optionText(d, o, l))));
                    if (keys.contains(o)) {
                        correct.add(LETTERS.get(i));
                    }
                }
                List<String> shownEntities = shown.stream().filter(o -> o.valueKind().equals("entity"))
                        .map(QuizOption::value).toList();
                for (Language l : Language.values()) {
                    prompt.put(l, choicePrompt(d, fact, keys.get(0), shownEntities, l));
                }
                givesAway(prompt, keys);
                answer = new Question.Answer(correct, null, null, null, null, null);
            }
            case NUMERIC -> answer = gaps.numeric(d, fact, prompt);
            case ORDERING -> {
                List<QuizOption> ordered = options.stream().filter(o -> o.role().equals("item"))
                        .sorted(Comparator.comparingInt(QuizOption::rank)).toList();
                List<QuizOption> shown = new ArrayList<>(ordered);
                Collections.shuffle(shown, random);
                for (int i = 0; i < shown.size(); i++) {
                    QuizOption o = shown.get(i);
                    choices.add(new Question.Choice(LETTERS.get(i), both(l -> optionText(d, o, l))));
                }
                List<String> order = ordered.stream().map(o -> LETTERS.get(shown.indexOf(o))).toList();
                for (Language l : Language.values()) {
                    Map<String, Term> measure = d.slots().containsKey("measure") ? Map.of("measure",
                            Term.name(writer.measureName(d.slots().get("measure"), l), l, null, null)) : Map.of();
                    prompt.put(l, fill(d.template(), l, null, measure, Map.of()));
                }
                answer = new Question.Answer(order, null, null, null, null, null);
            }
            case MATCHING -> {
                List<QuizOption> left = options.stream().filter(o -> o.role().equals("item"))
                        .sorted(Comparator.comparingInt(QuizOption::rank)).limit(MATCHED_ITEMS).toList();
                // Every partner, and one more than the items need: the last match is not left to elimination.
                List<String> right = new ArrayList<>(left.stream().map(QuizOption::pair).distinct().toList());
                options.stream().filter(o -> o.role().equals("distractor") && o.pair() != null).map(QuizOption::pair)
                        .distinct().sorted().filter(p -> !right.contains(p)).limit(Math.max(0, left.size() + 1 - right.size()))
                        .forEach(right::add);
                Collections.shuffle(right, random);
                List<String> correct = new ArrayList<>();
                for (int i = 0; i < left.size(); i++) {
                    QuizOption o = left.get(i);
                    items.add(new Question.Choice(Integer.toString(i + 1), both(l -> writer.name(o.value(), l))));
                    correct.add(LETTERS.get(right.indexOf(o.pair())));
                }
                for (int i = 0; i < right.size(); i++) {
                    String r = right.get(i);
                    choices.add(new Question.Choice(LETTERS.get(i), both(l -> writer.name(r, l))));
                }
                String predicate = d.slots().get("predicate");
                for (Language l : Language.values()) {
                    String pattern = writer.relation("x", predicate, "y", null, null, l,
                            Map.of("subject", Term.fixed("[" + writer.templates().word("right", l) + "]", l,
                                            GrammaticalNumber.SINGULAR),
                                    "object", Term.fixed("[" + writer.templates().word("left", l) + "]", l,
                                            GrammaticalNumber.SINGULAR)))
                            .map(Proposition::sentence).orElseThrow(() -> new CannotWord("no " + l.code()
                                    + " phrase for '" + predicate + "' to show the pairs with"));
                    prompt.put(l, fill(d.template(), l, null, Map.of(), Map.of("pattern", pattern)));
                }
                answer = new Question.Answer(correct, null, null, null, null, null);
            }
            case CLOZE -> answer = gaps.cloze(d, fact, prompt);
            default -> throw new CannotWord("no wording for type " + d.type().label());
        }
        List<Question.Source> sources = explanations.sources(d);
        List<Question.Reasoning> reasoning = explanations.reasoning(d);
        Map<Language, String> explanation = explanations.explanation(sources, reasoning);
        int difficulty = QuizCounts.difficulty(d, distractors);
        List<String> tags = List.of(d.topic(), d.skill(), d.type().label());
        return new Question(d.id(), d.type(), d.topic(), d.skill(), difficulty, tags, prompt, choices, items, answer,
                explanation, sources, reasoning, d.rule(), promptTemplate(d));
    }

    /**
     * Drops a true/false statement that answers itself ("Acme makes Acme chips"), and leaves out
     * the choices and items whose names give their answer away ("Globex's search engine"
     * among the things Initech might make); a question left with too few is dropped.
     */
    private List<QuizOption> withoutGiveaways(QuestionDraft d, Statement fact, List<QuizOption> options)
            throws CannotWord {
        Map<String, String> s = d.slots();
        if (d.type() == QuestionType.TRUE_FALSE) {
            Optional<String> why = Optional.empty();
            if (d.template().equals("statement-relation")) {
                why = giveaways.inRelation(s.get("subject"), s.get("predicate"), s.get("object"),
                        giveaways.typeOf(s.get("subject")));
            } else if (fact instanceof org.factquiz.model.Relation r
                    && (d.template().equals("statement") || d.template().equals("statement-since"))) {
                why = giveaways.inRelation(r.subject(), r.predicate(), r.object(), giveaways.typeOf(r.subject()));
            } else if (s.containsKey("also-predicate")) {
                why = giveaways.inRelation(s.get("subject"), s.get("also-predicate"), s.get("also-object"),
                        giveaways.typeOf(s.get("subject")));
            }
            if (why.isPresent()) {
                throw new CannotWord(why.get());
            }
            return options;
        }
        if (d.template().equals("ask-all-objects") || d.template().equals("ask-not-listed")) {
            String subject = s.get("subject");
            List<QuizOption> kept = options.stream().filter(o -> !o.valueKind().equals("entity")
                    || giveaways.inRelation(subject, s.get("predicate"), o.value(), giveaways.typeOf(subject)).isEmpty())
                    .toList();
            boolean not = d.template().equals("ask-not-listed");
            long keys = kept.stream().filter(o -> o.role().equals(not ? "odd-one-out" : "key")).count();
            long wrong = kept.stream().filter(o -> o.role().equals(not ? "listed" : "distractor")).count();
            if (keys < (not ? 1 : 2) || wrong < 2) {
                throw new CannotWord("too few choices whose names do not give their answer away (" + keys
                        + " right, " + wrong + " wrong)");
            }
            return kept;
        }
        if (d.type() == QuestionType.MATCHING) {
            List<String> revealing = options.stream().filter(o -> o.role().equals("item") && o.pair() != null)
                    .filter(o -> giveaways.inRelation(o.pair(), s.get("predicate"), o.value(),
                            giveaways.typeOf(o.pair())).isPresent())
                    .map(QuizOption::value).toList();
            List<QuizOption> kept = options.stream().filter(o -> !revealing.contains(o.value())).toList();
            if (kept.stream().filter(o -> o.role().equals("item")).count() < 3) {
                throw new CannotWord("fewer than 3 items whose names do not give their partner away");
            }
            return kept;
        }
        return options;
    }

    /**
     * The prompt template of rules/quiz/questions.yaml that words {@code d}. True/false statements
     * share "statement"; a multiple-response question uses the plural form of its template
     * (ask-reason: ask-reasons) when there is one.
     */
    private String promptTemplate(QuestionDraft d) {
        return switch (d.type()) {
            case TRUE_FALSE -> d.template().equals("statement-through-title") ? d.template() : "statement";
            case MULTIPLE_RESPONSE -> writer.templates().prompt(d.template() + "s", Language.EN).isPresent()
                    ? d.template() + "s" : d.template();
            case CLOZE -> "cloze";
            default -> d.template();
        };
    }

    /**
     * A statement the phrase book cannot say would be written word by word from the predicate's
     * name, without its date or place: such a question is dropped, naming the missing phrase. A gap
     * in the article's own sentence needs no phrase.
     */
    private void phrasesFor(QuestionDraft d, List<QuizOption> options) throws CannotWord {
        if (d.type() == QuestionType.CLOZE) {
            return;
        }
        Set<String> used = new LinkedHashSet<>(d.facts());
        options.stream().filter(o -> o.valueKind().endsWith("statement")).forEach(o -> used.add(o.value()));
        for (String id : used) {
            Statement s = statements.get(id);
            for (Language l : Language.values()) {
                Optional<String> missing = s == null ? Optional.empty() : writer.missingPhrase(s, l);
                if (missing.isPresent()) {
                    throw new CannotWord("the phrase book has no " + l.code() + " phrase for " + missing.get() + " (phrases: in the facts folder)");
                }
            }
        }
    }

    /** A prompt that names its own answer teaches nothing: "Which library runs the library's bus?" */
    private void givesAway(Map<Language, String> prompt, List<QuizOption> keys) throws CannotWord {
        for (QuizOption key : keys) {
            if (!key.valueKind().equals("entity")) {
                continue;
            }
            for (Language l : Language.values()) {
                String name = writer.name(key.value(), l).toLowerCase(Locale.ROOT);
                if (prompt.get(l).toLowerCase(Locale.ROOT).contains(name)) {
                    throw new CannotWord("the question names its answer '" + writer.name(key.value(), l) + "'");
                }
            }
        }
    }

    private String trueFalseText(QuestionDraft d, Statement fact, Language l) throws CannotWord {
        Map<String, String> s = d.slots();
        return switch (d.template()) {
            case "statement" -> writer.statement(fact, l);
            case "statement-relation" -> said(writer.relation(s.get("subject"), s.get("predicate"), s.get("object"),
                    null, null, l, Map.of()), d, l).sentence();
            case "statement-quantity" -> {
                Quantity q = as(Quantity.class, fact, d);
                yield writer.framed(q, said(writer.quantity(q.subject(), q.measure(), writer.valueTerm(q.bound(),
                        q.value() * Double.parseDouble(s.get("factor")), l), l), d, l), l);
            }
            case "statement-comparison" -> said(writer.comparison(s.get("subject"), s.get("measure"), true,
                    s.get("object"), l), d, l).sentence();
            case "statement-title" -> {
                Title t = as(Title.class, fact, d);
                yield writer.framed(t, said(writer.title(s.get("holder"), t.title(), t.of(), t.scope(), l, Map.of()),
                        d, l), l);
            }
            case "statement-event" -> {
                Event e = as(Event.class, fact, d);
                if (e.when().isSpan()) {
                    // "the works last January 2020": what lasts from one date to another has no one wrong date.
                    throw new CannotWord("'" + e.id() + "' lasts over a span: one wrong date cannot say it");
                }
                yield writer.framed(e, said(writer.event(e.subject(), e.event(), PartialDate.parse(s.get("date")),
                        e.where(), l, Map.of()), d, l), l);
            }
            case "statement-since" -> {
                org.factquiz.model.Relation r = as(org.factquiz.model.Relation.class, fact, d);
                yield writer.framed(r, said(writer.relation(r.subject(), r.predicate(), r.object(), r.where(),
                        PartialDate.parse(s.get("date")), l, Map.of()), d, l), l);
            }
            case "statement-through-title" -> {
                Title t = as(Title.class, fact, d);
                yield writer.throughTitle(s.get("subject"), s.get("predicate"), t, s.get("also-predicate"),
                        s.get("also-object"), l).orElseThrow(() -> new CannotWord("no " + l.code()
                        + " wording for the type of '" + s.get("subject") + "' in a relative clause"));
            }
            case "statement-bound" -> {
                Quantity count = statements.get(s.get("count")) instanceof Quantity q ? q : null;
                if (count == null) {
                    throw new CannotWord("template 'statement-bound' needs the count '" + s.get("count") + "'");
                }
                yield said(writer.quantity(s.get("subject"), s.get("measure"),
                        writer.beyondTerm(Boolean.parseBoolean(s.get("more")), count.value(), s.get("measure"), l), l),
                        d, l).sentence();
            }
            case "statement-link" -> {
                org.factquiz.model.Link link = as(org.factquiz.model.Link.class, fact, d);
                yield writer.link(link, List.of(s.get("from").split(",")), s.get("to"), l);
            }
            default -> throw new CannotWord("no statement form '" + d.template() + "' for a true/false question");
        };
    }

    /** A proposition the phrase book could say, or the reason the question cannot be asked. */
    private static Proposition said(Optional<Proposition> p, QuestionDraft d, Language l) throws CannotWord {
        return p.orElseThrow(() -> new CannotWord("the " + l.code() + " phrase for '" + d.template()
                + "' has no verb to build the sentence around"));
    }

    /**
     * The prompt of a choice question. It asks for the most specific type all shown entities share
     * ("which company", or "which product" when a distractor is a product of another kind), so that
     * no choice is ruled out by the question's own words. A why, what for or what followed question
     * is a question about its statement ("Warum braucht Acme ...?").
     */
    private String choicePrompt(QuestionDraft d, Statement fact, QuizOption key, List<String> shown, Language l)
            throws CannotWord {
        Map<String, String> s = d.slots();
        Term which = Term.question(writer.ask(shown.isEmpty() ? List.of(key.value()) : shown, l), l);
        String template = promptTemplate(d);
        Map<String, Term> terms = new java.util.HashMap<>();
        if (d.accordingTo() != null) {
            terms.put("source", writer.names().term(d.accordingTo(), l));
        }
        String ask = switch (d.template()) {
            case "ask-subject" -> asked(writer.relation(key.value(), s.get("predicate"), s.get("object"), null, null, l,
                    Map.of()), "subject", which, d, l);
            case "ask-holder" -> {
                Title t = as(Title.class, fact, d);
                yield writer.framed(t, said(writer.title(key.value(), t.title(), t.of(), t.scope(), l,
                        Map.of("holder", which)), d, l), l);
            }
            case "ask-subject-through-title" -> said(writer.relation(key.value(), s.get("predicate"), s.get("holder"),
                    null, null, l, Map.of("subject", which, "object", titleNoun(d, l))), d, l).sentence();
            case "ask-all-objects" -> asked(writer.relation(s.get("subject"), s.get("predicate"), key.value(), null,
                    null, l, Map.of()), "object", which.plural(), d, l);
            case "ask-not-listed" -> said(writer.relation(s.get("subject"), s.get("predicate"), key.value(), null, null,
                    l, Map.of("object", Term.fixed("…", l, GrammaticalNumber.SINGULAR))), d, l).sentence();
            default -> "";
        };
        Proposition clause = null;
        String statement = "";
        if (s.containsKey("statement") && statements.containsKey(s.get("statement"))) {
            Statement st = statements.get(s.get("statement"));
            clause = said(writer.proposition(st, l), d, l);
            statement = Writer.sentence(writer.framed(st, clause, l));
        } else if (s.containsKey("link") && statements.get(s.get("link")) instanceof org.factquiz.model.Link link) {
            statement = Writer.sentence(causes(link, l));
        }
        return fill(template, l, clause, terms, Map.of("ask", ask, "statement", statement));
    }

    /** The reasons of a link as one statement, framed when it is a single one. */
    private String causes(org.factquiz.model.Link link, Language l) {
        if (link.from().size() == 1) {
            return writer.statement(statements.get(link.from().get(0)), l);
        }
        if (link.from().stream().map(statements::get).anyMatch(st -> st == null || !writer.isCertain(st))) {
            throw new Writer.Unwritable("reasons that are not all certain cannot be said as one statement");
        }
        return writer.joined(link.from(), l);
    }

    private static String asked(Optional<Proposition> p, String slot, Term which, QuestionDraft d, Language l)
            throws CannotWord {
        return said(p, d, l).asking(slot, which, null).orElseThrow(() -> new CannotWord("the " + l.code()
                + " phrase for '" + d.template() + "' cannot be asked for its " + slot));
    }

    /** The draft's fact as the kind its template words; a rule that pairs them wrongly gets its draft dropped. */
    static <T extends Statement> T as(Class<T> kind, Statement fact, QuestionDraft d) throws CannotWord {
        if (!kind.isInstance(fact)) {
            throw new CannotWord("template '" + d.template() + "' words facts of kind " + kind.getSimpleName()
                    .toLowerCase(Locale.ROOT) + ", not " + (fact == null ? "nothing" : "'" + fact.id() + "'"));
        }
        return kind.cast(fact);
    }

    /**
     * A choice as shown: an entity's name, a statement as a sentence; the aim of a "what for"
     * question as its answer is given ("Um weniger abhängig von Chipco zu sein.").
     */
    String optionText(QuestionDraft d, QuizOption o, Language l) {
        return switch (o.valueKind()) {
            case "entity" -> writer.name(o.value(), l);
            case "statement" -> !statements.containsKey(o.value()) ? o.value()
                    : d.template().equals("ask-purpose") && statements.containsKey(d.slots().get("statement"))
                    ? Writer.sentence(writer.aim(statements.get(o.value()), statements.get(d.slots().get("statement")), l))
                    : Writer.sentence(writer.statement(statements.get(o.value()), l));
            case "undated-statement" -> statements.containsKey(o.value())
                    ? Writer.sentence(writer.undated(statements.get(o.value()), l)) : o.value();
            default -> o.value();
        };
    }

    private Term titleNoun(QuestionDraft d, Language l) throws CannotWord {
        String id = d.slots().get("title");
        if (id != null && statements.get(id) instanceof Title t) {
            return writer.titleNoun(t, l);
        }
        throw new CannotWord("template '" + d.template() + "' needs a title");
    }

    private String fill(String template, Language l, Proposition clause, Map<String, Term> terms,
                        Map<String, String> texts) throws CannotWord {
        return fill(writer, template, l, clause, terms, texts);
    }

    /** Template {@code template} of rules/quiz/questions.yaml with its slots filled, capitalised. */
    static String fill(Writer writer, String template, Language l, Proposition clause, Map<String, Term> terms,
                       Map<String, String> texts) throws CannotWord {
        Optional<String> text = writer.templates().prompt(template, l);
        if (text.isEmpty()) {
            throw new CannotWord("no prompt template '" + template + "' in rules/quiz/questions.yaml");
        }
        return Writer.capitalise(Frame.fill(text.get(), l, clause, terms, texts).orElseThrow(() -> new CannotWord(
                "the " + l.code() + " statement cannot be put into the form of the prompt '" + template + "'")));
    }

    static Map<Language, String> both(Function<Language, String> text) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, text.apply(l));
        }
        return out;
    }
}
