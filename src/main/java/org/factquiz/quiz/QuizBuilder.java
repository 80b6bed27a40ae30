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
        questions = balanceKeyPositions(questions, seed);
        return new QuizSet(questions, dropped, uncovered(questions, drafts, dropped), stats(questions));
    }

    /** A draft that cannot be put into words (a missing template, a word not in its sentence). */
    static final class CannotWord extends Exception {
        CannotWord(String message) {
            super(message);
        }
    }

    private Question word(QuestionDraft d, List<QuizOption> options, Random random) throws CannotWord {
        Statement fact = d.facts().isEmpty() ? null : statements.get(d.facts().get(0));
        Map<Language, String> prompt = new EnumMap<>(Language.class);
        List<Question.Choice> choices = new ArrayList<>();
        List<Question.Choice> items = new ArrayList<>();
        Question.Answer answer;
        List<QuizOption> keys = options.stream().filter(o -> o.role().equals("key")).toList();
        int keyLength = keys.isEmpty() ? 0 : optionText(keys.get(0), Language.EN).length();
        // Closest first; among equally close, those at least as long as the key, so that the key is
        // not given away by being the longest choice.
        List<QuizOption> distractors = options.stream().filter(o -> o.role().equals("distractor"))
                .sorted(Comparator.comparingInt(QuizOption::closeness).reversed()
                        .thenComparing(o -> optionText(o, Language.EN).length() >= keyLength ? 0 : 1)
                        .thenComparing(QuizOption::value))
                .toList();
        switch (d.type()) {
            case TRUE_FALSE -> {
                boolean truth = !keys.isEmpty();
                String template = d.template().startsWith("statement-maker") ? d.template() : "statement";
                for (Language l : Language.values()) {
                    prompt.put(l, fill(template, l, Map.of("statement", Writer.sentence(trueFalseText(d, fact, l)),
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
                for (Language l : Language.values()) {
                    prompt.put(l, Writer.capitalise(choicePrompt(d, fact, keys.get(0), l)));
                }
                givesAway(prompt, shown, keys);
                answer = new Question.Answer(correct, null, null, null, null, null);
            }
            case NUMERIC -> answer = numeric(d, fact, prompt);
            case ORDERING -> {
                List<QuizOption> ordered = options.stream().filter(o -> o.role().equals("item"))
                        .sorted(Comparator.comparingInt(QuizOption::rank)).toList();
                List<QuizOption> shown = new ArrayList<>(ordered);
                do {
                    java.util.Collections.shuffle(shown, random);
                } while (shown.equals(ordered) && ordered.size() > 1);
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
                explanation, sources, d.rule());
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

    private String trueFalseText(QuestionDraft d, Statement fact, Language l) {
        Map<String, String> s = d.slots();
        return switch (d.template()) {
            case "statement" -> writer.statement(fact, l);
            case "statement-relation" -> writer.relation(s.get("subject"), s.get("predicate"), s.get("object"), null,
                    null, l, Map.of());
            case "statement-quantity" -> {
                Quantity q = (Quantity) fact;
                yield writer.frame(q, writer.quantity(q.subject(), q.measure(), q.bound(),
                        q.value() * Double.parseDouble(s.get("factor")), l), l);
            }
            case "statement-comparison" -> writer.comparison(s.get("subject"), s.get("measure"), true, s.get("object"), l);
            case "statement-title" -> {
                Title t = (Title) fact;
                yield writer.frame(t, writer.title(s.get("holder"), t.title(), t.of(), t.scope(), l, Map.of()), l);
            }
            case "statement-event" -> {
                Event e = (Event) fact;
                yield writer.frame(e, writer.event(e.subject(), e.event(),
                        org.factquiz.model.PartialDate.parse(s.get("date")), e.where(), l, Map.of()), l);
            }
            default -> "";
        };
    }

    private String choicePrompt(QuestionDraft d, Statement fact, QuizOption key, Language l) throws CannotWord {
        Map<String, String> s = d.slots();
        String ask = switch (d.template()) {
            case "ask-subject" -> writer.relation(key.value(), s.get("predicate"), s.get("object"), null, null, l,
                    Map.of("subject", writer.ask(key.value(), l)));
            case "ask-holder" -> {
                Title t = (Title) fact;
                yield writer.frame(t, writer.title(key.value(), t.title(), t.of(), t.scope(), l,
                        Map.of("holder", writer.ask(key.value(), l))), l);
            }
            case "ask-maker-of-title" -> writer.relation(key.value(), "makes", s.get("holder"), null, null, l,
                    Map.of("subject", writer.ask(key.value(), l), "object", titleNoun(d, l)));
            case "ask-all-objects" -> writer.relation(s.get("subject"), s.get("predicate"), key.value(), null, null, l,
                    Map.of("object", "…"));
            default -> "";
        };
        String statement = s.containsKey("statement") && statements.containsKey(s.get("statement"))
                ? writer.statement(statements.get(s.get("statement")), l) : "";
        String template = d.template().equals("ask-reason") && d.type() == QuestionType.MULTIPLE_RESPONSE
                ? "ask-reasons" : d.template();
        return fill(template, l, Map.of("ask", ask, "statement", statement));
    }

    private Question.Answer numeric(QuestionDraft d, Statement fact, Map<Language, String> prompt) throws CannotWord {
        if (d.template().equals("ask-year")) {
            Event e = (Event) fact;
            for (Language l : Language.values()) {
                String gap = writer.event(e.subject(), e.event(), e.date(), e.where(), l,
                        Map.of("date", "___"));
                prompt.put(l, fill("ask-year", l, Map.of("statement", Writer.sentence(writer.frame(e, gap, l)))));
            }
            return new Question.Answer(List.of(), null, (double) e.date().year(), 0.0, null, null);
        }
        Quantity q = (Quantity) fact;
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
        List<String> candidates = new ArrayList<>();
        switch (d.slots().get("blank")) {
            case "date" -> {
                Event e = (Event) fact;
                if (e.date().hasMonth()) {
                    candidates.add(writer.monthName(e.date().month(), Language.DE));
                }
                candidates.add(Integer.toString(e.date().year()));
            }
            case "value" -> {
                Quantity q = (Quantity) fact;
                candidates.add(Writer.number(q.value() / Scale.of(q.value()).factor(), Language.DE));
                candidates.add(Writer.number(q.value(), Language.DE));
            }
            case "object" -> {
                Relation r = (Relation) fact;
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

    private String optionText(QuizOption o, Language l) {
        return switch (o.valueKind()) {
            case "entity" -> writer.name(o.value(), l);
            case "statement" -> statements.containsKey(o.value())
                    ? Writer.sentence(writer.statement(statements.get(o.value()), l)) : o.value();
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
                    q.items(), answer, q.explanation(), q.sources(), q.rule()));
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
        Map<String, String> reasons = new LinkedHashMap<>();
        for (QuizSet.Dropped d : dropped) {
            QuestionDraft draft = drafts.get(d.question());
            if (draft != null) {
                for (String fact : draft.facts()) {
                    reasons.putIfAbsent(fact, "its question " + d.question() + " was dropped: " + d.reason());
                }
            }
        }
        List<QuizSet.Uncovered> out = new ArrayList<>();
        for (Statement s : knowledge.facts().statements()) {
            if (!covered.contains(s.id())) {
                out.add(new QuizSet.Uncovered(s.id(), reasons.getOrDefault(s.id(),
                        "no quiz rule asks about a fact like this (" + s.getClass().getSimpleName().toLowerCase(
                                java.util.Locale.ROOT) + ", " + s.status().label() + ")")));
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
