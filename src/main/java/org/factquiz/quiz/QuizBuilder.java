package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factquiz.engine.Knowledge;
import org.factquiz.engine.SessionResult;
import org.factquiz.model.Document;
import org.factquiz.model.Enumeration;
import org.factquiz.model.Event;
import org.factquiz.model.Language;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.Quantity;
import org.factquiz.model.QuestionDraft;
import org.factquiz.model.QuestionDrop;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.QuestionType;
import org.factquiz.model.QuizOption;
import org.factquiz.model.QuizRequest;
import org.factquiz.model.RejectedOption;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.model.Title;

/**
 * Builds the question set: runs the quiz rules (which propose drafts and verify every option
 * through the claim rules), then words the surviving drafts. The order of choices comes from the
 * seed; which questions exist, and their ids, do not.
 */
public final class QuizBuilder {
    static final int CHOICES = 4;
    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    private final Knowledge knowledge;
    private final Writer writer;
    private final Map<String, Statement> statements = new HashMap<>();

    public QuizBuilder(Knowledge knowledge, PhraseBook phrases, QuestionTemplates templates) {
        this.knowledge = knowledge;
        this.writer = new Writer(knowledge.facts(), phrases, templates);
        knowledge.facts().statements().forEach(s -> statements.putIfAbsent(s.id(), s));
    }

    public QuizSet build(long seed) {
        SessionResult session = knowledge.run(List.of(new QuizRequest()));
        Map<String, QuestionDraft> drafts = new TreeMap<>();
        session.all(QuestionDraft.class).forEach(d -> drafts.putIfAbsent(d.id(), d));
        Map<String, List<QuizOption>> options = new HashMap<>();
        for (QuizOption o : session.all(QuizOption.class)) {
            List<QuizOption> list = options.computeIfAbsent(o.question(), k -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.role().equals(o.role()) && x.value().equals(o.value()))) {
                list.add(o);
            }
        }
        Set<String> rejected = new java.util.HashSet<>();
        session.all(RejectedOption.class).forEach(r -> rejected.add(r.question() + "|" + r.role() + "|" + r.value()));
        Map<String, QuestionDrop> drops = new TreeMap<>();
        session.all(QuestionDrop.class).forEach(d -> drops.merge(d.question(), d,
                (a, b) -> a.reason().compareTo(b.reason()) <= 0 ? a : b));

        List<Question> questions = new ArrayList<>();
        List<QuizSet.Dropped> dropped = new ArrayList<>();
        for (QuestionDraft draft : drafts.values()) {
            QuestionDrop drop = drops.get(draft.id());
            if (drop != null) {
                dropped.add(new QuizSet.Dropped(draft.id(), draft.type().label(), drop.reason(), drop.rule()));
                continue;
            }
            List<QuizOption> verified = options.getOrDefault(draft.id(), List.of()).stream()
                    .filter(o -> !rejected.contains(o.question() + "|" + o.role() + "|" + o.value()))
                    .sorted(Comparator.comparing(QuizOption::role).thenComparing(QuizOption::rank)
                            .thenComparing(QuizOption::value))
                    .toList();
            try {
                questions.add(word(draft, verified, new Random(seed ^ draft.id().hashCode())));
            } catch (CannotWord e) {
                dropped.add(new QuizSet.Dropped(draft.id(), draft.type().label(), e.getMessage(), draft.rule()));
            }
        }
        questions = withoutRepeats(questions, dropped);
        questions = balanceKeyPositions(questions, seed);
        questions = balanceOrders(questions, seed);
        return new QuizSet(questions, dropped, uncovered(questions, drafts, dropped), stats(questions));
    }

    /**
     * Two drafts can come out as the same question: one gap in one sentence stands for two facts
     * (a product named once, as what one company makes and what another invests in). The first by id
     * stays; the others are reported as dropped.
     */
    private static List<Question> withoutRepeats(List<Question> questions, List<QuizSet.Dropped> dropped) {
        Map<String, String> firstBySameness = new HashMap<>();
        List<Question> kept = new ArrayList<>();
        for (Question q : questions) {
            String sameness = q.type() + "|" + q.prompt().get(Language.EN) + "|"
                    + q.choices().stream().map(c -> c.text().get(Language.EN)).sorted().toList() + "|"
                    + q.items().stream().map(c -> c.text().get(Language.EN)).sorted().toList();
            String first = firstBySameness.putIfAbsent(sameness, q.id());
            if (first == null) {
                kept.add(q);
            } else {
                dropped.add(new QuizSet.Dropped(q.id(), q.type().label(), "it asks the same as " + first, q.rule()));
            }
        }
        dropped.sort(Comparator.comparing(QuizSet.Dropped::question));
        return kept;
    }

    /** A draft that cannot be put into words (a missing template, a word not in its sentence). */
    static final class CannotWord extends Exception {
        CannotWord(String message) {
            super(message);
        }
    }

    private Question word(QuestionDraft d, List<QuizOption> options, Random random) throws CannotWord {
        Statement fact = d.facts().isEmpty() ? null : statements.get(d.facts().get(0));
        phrasesFor(d, options);
        Map<Language, String> prompt = new EnumMap<>(Language.class);
        List<Question.Choice> choices = new ArrayList<>();
        List<Question.Choice> items = new ArrayList<>();
        Question.Answer answer;
        List<QuizOption> keys = options.stream().filter(o -> o.role().equals("key")).toList();
        int keyLength = keys.isEmpty() ? 0 : optionText(keys.get(0), Language.EN).length();
        // Closest first; among equally close, those at least as long as the key, so that the key is
        // not given away by being the longest choice; then those nearest the key's length, so that
        // no choice stands out by its length.
        List<QuizOption> distractors = options.stream().filter(o -> o.role().equals("distractor"))
                .sorted(Comparator.comparingInt(QuizOption::closeness).reversed()
                        .thenComparing(o -> optionText(o, Language.EN).length() >= keyLength ? 0 : 1)
                        .thenComparing(o -> Math.abs(optionText(o, Language.EN).length() - keyLength))
                        .thenComparing(QuizOption::value))
                .toList();
        switch (d.type()) {
            case TRUE_FALSE -> {
                boolean truth = !keys.isEmpty();
                String template = promptTemplate(d);
                for (Language l : Language.values()) {
                    // The "statement" prompt takes the statement in one of its forms; the others word it themselves.
                    String statement = template.equals("statement") ? Writer.sentence(trueFalseText(d, fact, l)) : "";
                    prompt.put(l, fill(template, l, Map.of("statement", statement,
                            "title", titleNoun(d, l), "owned", name(d.slots().get("owned"), l),
                            "product", name(d.slots().get("product"), l))));
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
                java.util.Collections.shuffle(shown, random);
                List<String> correct = new ArrayList<>();
                for (int i = 0; i < shown.size(); i++) {
                    QuizOption o = shown.get(i);
                    choices.add(new Question.Choice(LETTERS.get(i), both(l -> optionText(o, l))));
                    if (o.role().equals("key")) {
                        correct.add(LETTERS.get(i));
                    }
                }
                List<String> shownEntities = shown.stream().filter(o -> o.valueKind().equals("entity"))
                        .map(QuizOption::value).toList();
                for (Language l : Language.values()) {
                    prompt.put(l, Writer.capitalise(choicePrompt(d, fact, keys.get(0), shownEntities, l)));
                }
                givesAway(prompt, shown, keys);
                answer = new Question.Answer(correct, null, null, null, null, null);
            }
            case NUMERIC -> answer = numeric(d, fact, prompt);
            case ORDERING -> {
                List<QuizOption> ordered = options.stream().filter(o -> o.role().equals("item"))
                        .sorted(Comparator.comparingInt(QuizOption::rank)).toList();
                List<QuizOption> shown = new ArrayList<>(ordered);
                java.util.Collections.shuffle(shown, random);
                for (int i = 0; i < shown.size(); i++) {
                    QuizOption o = shown.get(i);
                    choices.add(new Question.Choice(LETTERS.get(i), both(l -> optionText(o, l))));
                }
                List<String> order = ordered.stream().map(o -> LETTERS.get(shown.indexOf(o))).toList();
                for (Language l : Language.values()) {
                    prompt.put(l, fill(d.template(), l, Map.of("measure",
                            d.slots().containsKey("measure") ? writer.measureName(d.slots().get("measure"), l) : "")));
                }
                answer = new Question.Answer(order, null, null, null, null, null);
            }
            case MATCHING -> {
                List<QuizOption> left = options.stream().filter(o -> o.role().equals("item"))
                        .sorted(Comparator.comparingInt(QuizOption::rank)).toList();
                List<String> right = new ArrayList<>(left.stream().map(QuizOption::pair).distinct().toList());
                java.util.Collections.shuffle(right, random);
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
                            Map.of("subject", "[" + writer.templates().word("right", l) + "]",
                                    "object", "[" + writer.templates().word("left", l) + "]"));
                    prompt.put(l, fill(d.template(), l, Map.of("pattern", pattern)));
                }
                answer = new Question.Answer(correct, null, null, null, null, null);
            }
            case CLOZE -> answer = cloze(d, fact, prompt);
            default -> throw new CannotWord("no wording for type " + d.type().label());
        }
        List<Question.Source> sources = sources(d);
        Map<Language, String> explanation = explanation(d, sources);
        int difficulty = difficulty(d, distractors);
        List<String> tags = List.of(d.topic(), d.skill(), d.type().label());
        return new Question(d.id(), d.type(), d.topic(), d.skill(), difficulty, tags, prompt, choices, items, answer,
                explanation, sources, d.rule(), promptTemplate(d));
    }

    /**
     * The prompt template of rules/quiz/questions.yaml that words {@code d}. True/false statements
     * share "statement"; a multiple-response question uses the plural form of its template
     * (ask-reason: ask-reasons) when there is one.
     */
    private String promptTemplate(QuestionDraft d) {
        return switch (d.type()) {
            case TRUE_FALSE -> d.template().startsWith("statement-maker") ? d.template() : "statement";
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
                    throw new CannotWord("rules/language/phrases.yaml has no " + l.code() + " phrase for " + missing.get());
                }
            }
        }
    }

    /** A prompt that names its own answer teaches nothing: "Which library runs the library's bus?" */
    private void givesAway(Map<Language, String> prompt, List<QuizOption> shown, List<QuizOption> keys)
            throws CannotWord {
        for (QuizOption key : keys) {
            if (!key.valueKind().equals("entity")) {
                continue;
            }
            for (Language l : Language.values()) {
                String name = writer.name(key.value(), l).toLowerCase(java.util.Locale.ROOT);
                if (prompt.get(l).toLowerCase(java.util.Locale.ROOT).contains(name)) {
                    throw new CannotWord("the question names its answer '" + writer.name(key.value(), l) + "'");
                }
            }
        }
    }

    private String trueFalseText(QuestionDraft d, Statement fact, Language l) throws CannotWord {
        Map<String, String> s = d.slots();
        return switch (d.template()) {
            case "statement" -> writer.statement(fact, l);
            case "statement-relation" -> writer.relation(s.get("subject"), s.get("predicate"), s.get("object"), null,
                    null, l, Map.of());
            case "statement-quantity" -> {
                Quantity q = as(Quantity.class, fact, d);
                yield writer.frame(q, writer.quantity(q.subject(), q.measure(), q.bound(),
                        q.value() * Double.parseDouble(s.get("factor")), l), l);
            }
            case "statement-comparison" -> writer.comparison(s.get("subject"), s.get("measure"), true, s.get("object"), l);
            case "statement-title" -> {
                Title t = as(Title.class, fact, d);
                yield writer.frame(t, writer.title(s.get("holder"), t.title(), t.of(), t.scope(), l, Map.of()), l);
            }
            case "statement-event" -> {
                Event e = as(Event.class, fact, d);
                yield writer.frame(e, writer.event(e.subject(), e.event(),
                        org.factquiz.model.PartialDate.parse(s.get("date")), e.where(), l, Map.of()), l);
            }
            default -> throw new CannotWord("no statement form '" + d.template() + "' for a true/false question");
        };
    }

    /**
     * The prompt of a choice question. It asks for the most specific type all shown entities share
     * ("which company", or "which product" when a distractor is a product of another kind), so that
     * no choice is ruled out by the question's own words.
     */
    private String choicePrompt(QuestionDraft d, Statement fact, QuizOption key, List<String> shown, Language l)
            throws CannotWord {
        Map<String, String> s = d.slots();
        String which = writer.ask(shown.isEmpty() ? List.of(key.value()) : shown, l);
        String ask = switch (d.template()) {
            case "ask-subject" -> writer.relation(key.value(), s.get("predicate"), s.get("object"), null, null, l,
                    Map.of("subject", which));
            case "ask-holder" -> {
                Title t = as(Title.class, fact, d);
                yield writer.frame(t, writer.title(key.value(), t.title(), t.of(), t.scope(), l,
                        Map.of("holder", which)), l);
            }
            case "ask-maker-of-title" -> writer.relation(key.value(), s.get("predicate"), s.get("holder"), null, null, l,
                    Map.of("subject", which, "object", titleNoun(d, l)));
            case "ask-all-objects" -> writer.relation(s.get("subject"), s.get("predicate"), key.value(), null, null, l,
                    Map.of("object", "…"));
            default -> "";
        };
        String statement = s.containsKey("statement") && statements.containsKey(s.get("statement"))
                ? writer.statement(statements.get(s.get("statement")), l) : "";
        return fill(promptTemplate(d), l, Map.of("ask", ask, "statement", statement, "source", name(d.accordingTo(), l)));
    }

    private Question.Answer numeric(QuestionDraft d, Statement fact, Map<Language, String> prompt) throws CannotWord {
        if (d.template().equals("ask-year")) {
            Event e = as(Event.class, fact, d);
            for (Language l : Language.values()) {
                String gap = writer.event(e.subject(), e.event(), e.date(), e.where(), l,
                        Map.of("date", "___"));
                prompt.put(l, fill("ask-year", l, Map.of("statement", Writer.sentence(writer.frame(e, gap, l)))));
            }
            return new Question.Answer(List.of(), null, (double) e.date().year(), 0.0, null, null);
        }
        Quantity q = as(Quantity.class, fact, d);
        Scale scale = Scale.of(q.value());
        double tolerance = Double.parseDouble(d.slots().getOrDefault("tolerance", "0.05"));
        Map<Language, String> unit = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            String gap = writer.quantity(q.subject(), q.measure(), "___" + scale.word(writer.templates(), l, q.value()), l);
            unit.put(l, scale.askWord(writer.templates(), l));
            prompt.put(l, fill("ask-number", l, Map.of("statement", Writer.sentence(writer.frame(q, gap, l)),
                    "scale", scale.askWord(writer.templates(), l))));
        }
        double value = q.value() / scale.factor();
        return new Question.Answer(List.of(), null, value, value * tolerance, unit, null);
    }

    private Question.Answer cloze(QuestionDraft d, Statement fact, Map<Language, String> prompt) throws CannotWord {
        String sentence = fact.source().sentenceText();
        // The gap is in the source's own language: a month or a number as that language writes it.
        Language source = knowledge.facts().documents().stream()
                .filter(doc -> doc.id().equals(fact.source().document())).map(Document::language)
                .filter(java.util.Objects::nonNull).findFirst().orElse(Language.DE);
        List<String> candidates = new ArrayList<>();
        switch (d.slots().get("blank")) {
            case "date" -> {
                Event e = as(Event.class, fact, d);
                if (e.date().hasMonth()) {
                    candidates.add(writer.monthName(e.date().month(), source));
                }
                candidates.add(Integer.toString(e.date().year()));
            }
            case "value" -> {
                Quantity q = as(Quantity.class, fact, d);
                candidates.add(Writer.number(q.value() / Scale.of(q.value()).factor(), source));
                candidates.add(Writer.number(q.value(), source));
            }
            case "object" -> {
                Relation r = as(Relation.class, fact, d);
                knowledge.facts().entity(r.object()).ifPresent(e -> {
                    candidates.add(e.name().de());
                    candidates.add(e.name().en());
                    candidates.addAll(e.aliases());
                });
                candidates.sort(Comparator.comparingInt(String::length).reversed());
            }
            default -> throw new CannotWord("unknown gap kind '" + d.slots().get("blank") + "'");
        }
        for (String token : candidates) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\d])"
                    + java.util.regex.Pattern.quote(token) + "(?![\\p{L}\\d])").matcher(sentence);
            if (m.find()) {
                String gapped = sentence.substring(0, m.start()) + "___" + sentence.substring(m.end());
                for (Language l : Language.values()) {
                    prompt.put(l, fill("cloze", l, Map.of("sentence", gapped,
                            "number", Integer.toString(fact.source().sentence()))));
                }
                return new Question.Answer(List.of(), null, null, null, null, List.of(token));
            }
        }
        throw new CannotWord("the source sentence does not contain the word to leave out");
    }

    /** The draft's fact as the kind its template words; a rule that pairs them wrongly gets its draft dropped. */
    private static <T extends Statement> T as(Class<T> kind, Statement fact, QuestionDraft d) throws CannotWord {
        if (!kind.isInstance(fact)) {
            throw new CannotWord("template '" + d.template() + "' words facts of kind " + kind.getSimpleName()
                    .toLowerCase(java.util.Locale.ROOT) + ", not " + (fact == null ? "nothing" : "'" + fact.id() + "'"));
        }
        return kind.cast(fact);
    }

    private String optionText(QuizOption o, Language l) {
        return switch (o.valueKind()) {
            case "entity" -> writer.name(o.value(), l);
            case "statement" -> statements.containsKey(o.value())
                    ? Writer.sentence(writer.statement(statements.get(o.value()), l)) : o.value();
            case "undated-statement" -> statements.containsKey(o.value())
                    ? Writer.sentence(writer.undated(statements.get(o.value()), l)) : o.value();
            default -> o.value();
        };
    }

    private String titleNoun(QuestionDraft d, Language l) {
        String id = d.slots().get("title");
        return id != null && statements.get(id) instanceof Title t ? writer.titleNoun(t, l) : "";
    }

    private String name(String entity, Language l) {
        return entity == null ? "" : writer.name(entity, l);
    }

    private String fill(String template, Language l, Map<String, String> slots) throws CannotWord {
        Optional<String> text = writer.templates().prompt(template, l);
        if (text.isEmpty()) {
            throw new CannotWord("no prompt template '" + template + "' in rules/quiz/questions.yaml");
        }
        return Writer.capitalise(Writer.fill(text.get(), slots));
    }

    private static Map<Language, String> both(Function<Language, String> text) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            out.put(l, text.apply(l));
        }
        return out;
    }

    private List<Question.Source> sources(QuestionDraft d) {
        List<Question.Source> sources = new ArrayList<>();
        for (String id : d.facts()) {
            Statement s = statements.get(id);
            if (s != null) {
                sources.add(new Question.Source(id, s.location().file(), s.location().line(), s.source().sentence(),
                        s.source().sentenceText()));
            }
        }
        return sources;
    }

    private Map<Language, String> explanation(QuestionDraft d, List<Question.Source> sources) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            StringBuilder text = new StringBuilder();
            Set<Integer> seen = new LinkedHashSet<>();
            for (Question.Source s : sources) {
                if (seen.add(s.sentence())) {
                    text.append(writer.templates().word("source-sentence", l)).append(' ').append(s.sentence())
                            .append(": „").append(s.text()).append("“\n");
                }
            }
            if (d.depth() > 0 || d.skill().equals("inference")) {
                text.append(writer.templates().word("chain", l)).append(" (").append(writer.templates()
                        .word("derived-by", l)).append(" \"").append(d.rule()).append("\"): ");
                text.append(d.facts().stream().map(statements::get).filter(java.util.Objects::nonNull)
                        .filter(s -> !(s instanceof org.factquiz.model.Link))
                        .map(s -> Writer.sentence(writer.statement(s, l))).collect(Collectors.joining(" ")));
                text.append('\n');
            }
            out.put(l, text.toString().strip());
        }
        return out;
    }

    /**
     * 1 for recalling one certain fact; +1 per inference step; +1 for understanding (why, order,
     * reversed comparisons); +1 when a distractor shares the key's exact type; +1 when the fact
     * must be attributed. Capped at 5.
     */
    static int difficulty(QuestionDraft d, List<QuizOption> distractors) {
        int score = 1 + d.depth();
        if (d.skill().equals("understanding")) {
            score++;
        }
        if (distractors.stream().anyMatch(o -> o.closeness() >= 2)) {
            score++;
        }
        if (d.accordingTo() != null) {
            score++;
        }
        return Math.min(5, score);
    }

    /**
     * Spreads the key of 4-choice questions evenly over the positions: the n-th such question (by id)
     * gets the key in slot (n + offset) mod 4, offset from the seed. The other choices keep their
     * seeded order.
     */
    private static List<Question> balanceKeyPositions(List<Question> questions, long seed) {
        int offset = (int) Math.floorMod(seed, CHOICES);
        int n = 0;
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() != QuestionType.MULTIPLE_CHOICE || q.choices().size() != CHOICES) {
                out.add(q);
                continue;
            }
            int target = (n++ + offset) % CHOICES;
            int current = LETTERS.indexOf(q.answer().choices().get(0));
            List<Map<Language, String>> texts = new ArrayList<>(q.choices().stream().map(Question.Choice::text).toList());
            Map<Language, String> key = texts.remove(current);
            texts.add(target, key);
            List<Question.Choice> choices = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                choices.add(new Question.Choice(LETTERS.get(i), texts.get(i)));
            }
            Question.Answer answer = new Question.Answer(List.of(LETTERS.get(target)), null, null, null, null, null);
            out.add(new Question(q.id(), q.type(), q.topic(), q.skill(), q.difficulty(), q.tags(), q.prompt(), choices,
                    q.items(), answer, q.explanation(), q.sources(), q.rule(), q.template()));
        }
        return out;
    }

    /**
     * Spreads where the first item of an ordering question is shown: the n-th such question (by id)
     * shows it in slot (n + seed) mod k, the others following in their seeded order. Without this,
     * a two-item question would be right every time its choices are read backwards, or forwards.
     */
    private static List<Question> balanceOrders(List<Question> questions, long seed) {
        int n = 0;
        List<Question> out = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() != QuestionType.ORDERING || q.choices().size() < 2) {
                out.add(q);
                continue;
            }
            int size = q.choices().size();
            List<Question.Choice> byLetter = q.choices();
            List<Map<Language, String>> inOrder = q.answer().choices().stream()
                    .map(letter -> byLetter.get(LETTERS.indexOf(letter)).text()).toList();
            List<Map<Language, String>> shown = new ArrayList<>(byLetter.stream().map(Question.Choice::text).toList());
            int target = (int) Math.floorMod(n++ + seed, size);
            java.util.Collections.rotate(shown, target - shown.indexOf(inOrder.get(0)));
            List<Question.Choice> choices = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                choices.add(new Question.Choice(LETTERS.get(i), shown.get(i)));
            }
            List<String> answer = inOrder.stream().map(text -> LETTERS.get(shown.indexOf(text))).toList();
            out.add(new Question(q.id(), q.type(), q.topic(), q.skill(), q.difficulty(), q.tags(), q.prompt(), choices,
                    q.items(), new Question.Answer(answer, null, null, null, null, null), q.explanation(), q.sources(),
                    q.rule(), q.template()));
        }
        return out;
    }

    private List<QuizSet.Uncovered> uncovered(List<Question> questions, Map<String, QuestionDraft> drafts,
                                              List<QuizSet.Dropped> dropped) {
        Set<String> covered = new java.util.HashSet<>();
        for (Question q : questions) {
            q.sources().forEach(s -> covered.add(s.fact()));
        }
        for (Statement s : knowledge.facts().statements()) {
            if (s instanceof Relation r && r.list() != null && covered.contains(r.id())) {
                covered.add(r.list());
            }
        }
        for (Statement s : knowledge.facts().statements()) {
            if (s instanceof Enumeration e && covered.contains(e.id())) {
                knowledge.facts().statements().stream()
                        .filter(x -> x instanceof Relation r && e.id().equals(r.list()))
                        .forEach(x -> covered.add(x.id()));
            }
        }
        // Every dropped question of a fact, each with its reason: one of them may name what an editor can fix.
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        for (QuizSet.Dropped d : dropped) {
            QuestionDraft draft = drafts.get(d.question());
            if (draft != null) {
                for (String fact : draft.facts()) {
                    reasons.computeIfAbsent(fact, k -> new ArrayList<>()).add(d.question() + ": " + d.reason());
                }
            }
        }
        List<QuizSet.Uncovered> out = new ArrayList<>();
        for (Statement s : knowledge.facts().statements()) {
            if (!covered.contains(s.id())) {
                List<String> why = reasons.get(s.id());
                out.add(new QuizSet.Uncovered(s.id(), why != null
                        ? "its questions were dropped: " + String.join("; ", why)
                        : "no quiz rule asks about a fact like this (" + s.getClass().getSimpleName().toLowerCase(
                                java.util.Locale.ROOT) + ", " + s.status().label() + ")"));
            }
        }
        return out;
    }

    private static QuizSet.Stats stats(List<Question> questions) {
        Map<String, Integer> perType = new TreeMap<>();
        questions.forEach(q -> perType.merge(q.type().label(), 1, Integer::sum));
        Map<String, Integer> positions = new TreeMap<>();
        LETTERS.subList(0, CHOICES).forEach(l -> positions.put(l, 0));
        int fourChoice = 0;
        int longest = 0;
        for (Question q : questions) {
            if (q.type() == QuestionType.MULTIPLE_CHOICE && q.choices().size() == CHOICES) {
                fourChoice++;
                String key = q.answer().choices().get(0);
                positions.merge(key, 1, Integer::sum);
                int keyLength = q.choices().get(LETTERS.indexOf(key)).text().get(Language.EN).length();
                boolean isLongest = q.choices().stream().filter(c -> !c.id().equals(key))
                        .allMatch(c -> c.text().get(Language.EN).length() < keyLength);
                if (isLongest) {
                    longest++;
                }
            }
        }
        double largest = fourChoice == 0 ? 0 : positions.values().stream().mapToInt(i -> i).max().orElse(0)
                / (double) fourChoice;
        double longestShare = fourChoice == 0 ? 0 : longest / (double) fourChoice;
        return new QuizSet.Stats(questions.size(), perType, positions, largest, longestShare);
    }
}
