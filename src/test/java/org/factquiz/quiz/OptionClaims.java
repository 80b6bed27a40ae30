package org.factquiz.quiz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.model.Claim;
import org.factquiz.model.Entity;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Link;
import org.factquiz.model.LinkClaim;
import org.factquiz.model.LinkKind;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.PartialDate;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.QuestionTemplates;
import org.factquiz.model.Relation;
import org.factquiz.model.Statement;
import org.factquiz.model.Title;
import org.factquiz.model.TypeDef;
import org.factquiz.model.VerdictLabel;

/**
 * Turns a worded question back into the claims a learner is asked to judge, from the words the
 * learner sees: each choice put into the question's sentence and read by the claim checker's own
 * grammar (both languages), with the verdict it must get (a right answer SUPPORTED, a wrong one
 * REFUTED). Only the why and purpose questions, whose choices are whole statements, are mapped to
 * link claims through the statements' texts. A question this class cannot read is a test failure,
 * so a new template needs a new case here.
 */
final class OptionClaims {
    /** One claim to check: which question and option it comes from, in which language, as which text. */
    record Check(String question, String role, Language language, String text, ClaimsReader.ReadClaim claim) {
        VerdictLabel expected() {
            return claim.expected();
        }
    }

    private final FactBase facts;
    private final PhraseBook phrases;
    private final Writer writer;
    private final QuestionTemplates templates;
    private final ClaimParser parser;
    private final Map<String, String> entityByName = new HashMap<>();
    private final Map<Language, Map<String, List<String>>> statementsByText = new HashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> orderChecks = new ArrayList<>();
    private int next;

    OptionClaims(FactBase facts, PhraseBook phrases, QuestionTemplates templates) {
        this.facts = facts;
        this.phrases = phrases;
        this.writer = new Writer(facts, phrases, templates);
        this.templates = templates;
        this.parser = new ClaimParser(facts, phrases);
        for (Entity e : facts.entities()) {
            entityByName.put(normal(e.name().en()), e.id());
            entityByName.put(normal(e.name().de()), e.id());
        }
        for (Language l : Language.values()) {
            Map<String, List<String>> byText = new HashMap<>();
            for (Statement s : facts.statements()) {
                String dated;
                String undated;
                try {
                    dated = normal(writer.statement(s, l));
                    undated = normal(writer.undated(s, l));
                } catch (Writer.Unwritable e) {
                    continue;
                }
                byText.computeIfAbsent(dated, k -> new ArrayList<>()).add(s.id());
                if (!undated.equals(dated)) {
                    byText.computeIfAbsent(undated, k -> new ArrayList<>()).add(s.id());
                }
            }
            statementsByText.put(l, byText);
        }
    }

    List<Check> checks() {
        return checks;
    }

    /** Questions or options that could not be turned into claims: each is a test failure. */
    List<String> problems() {
        return problems;
    }

    /** Chronological orders checked against the facts' dates rather than through claims. */
    List<String> orderChecks() {
        return orderChecks;
    }

    void add(Question q) {
        for (Language l : Language.values()) {
            try {
                addIn(q, l);
            } catch (IllegalStateException | Writer.Unwritable | QuestionWording.CannotWord e) {
                problems.add(q.id() + " (" + l.code() + "): " + e.getMessage());
            }
        }
    }

    private void addIn(Question q, Language l) throws QuestionWording.CannotWord {
        String prompt = q.prompt().get(l);
        if (q.template().equals("statement") && q.rule().startsWith("A link can be asked")
                || q.rule().startsWith("A cause can be asked falsely") || q.rule().startsWith("A purpose can be asked falsely")) {
            linkStatement(q, l, slots("statement", l, prompt).get("statement"));
            return;
        }
        switch (q.template()) {
            case "statement" -> {
                String statement = slots("statement", l, prompt).get("statement");
                read(q, q.answer().truth() ? "key" : "distractor", l, statement, q.answer().truth());
            }
            case "statement-through-title" -> throughTitle(q, l, slots(q.template(), l, prompt).get("statement"));
            case "ask-true-statements" -> {
                for (Question.Choice c : q.choices()) {
                    read(q, role(q, c), l, c.text().get(l), isKey(q, c));
                }
            }
            case "ask-not-listed" -> {
                // The odd one out is the answer: its statement must be REFUTED, the listed members' SUPPORTED.
                Statement list = facts.statement(q.sources().get(0).fact()).orElseThrow();
                String predicate = ((org.factquiz.model.Enumeration) list).predicate();
                for (Question.Choice c : q.choices()) {
                    read(q, isKey(q, c) ? "odd-one-out" : "listed", l, relationText(list.subject(), predicate,
                            entity(c.text().get(l)), l), !isKey(q, c));
                }
            }
            case "ask-consequence", "ask-possible-consequence", "ask-reported-consequence" -> consequence(q, l, prompt);
            case "ask-subject", "ask-holder" -> {
                for (Question.Choice c : q.choices()) {
                    read(q, role(q, c), l, replaceWhich(prompt, c.text().get(l)), isKey(q, c));
                }
            }
            case "ask-subject-through-title" -> {
                Title title = titleIn(prompt, l);
                String holder = writer.name(title.holder(), l);
                read(q, "premise", l, writer.statement(title, l), true);
                for (Question.Choice c : q.choices()) {
                    String sentence = replaceWhich(prompt, c.text().get(l)).replace(writer.titleNoun(title, l).text(),
                            holder);
                    read(q, role(q, c), l, sentence, isKey(q, c));
                }
            }
            case "ask-all-objects" -> {
                // "Which products does Acme make?": each choice as the object of the relation the question asks.
                Statement asked = facts.statement(q.sources().get(0).fact()).orElseThrow();
                String predicate = asked instanceof Relation r ? r.predicate()
                        : ((org.factquiz.model.Enumeration) asked).predicate();
                for (Question.Choice c : q.choices()) {
                    read(q, role(q, c), l, relationText(asked.subject(), predicate, entity(c.text().get(l)), l),
                            isKey(q, c));
                }
            }
            case "ask-purpose" -> {
                String means = askedAbout(q, l, null);
                Statement meansFact = facts.statement(means).orElseThrow();
                for (Question.Choice c : q.choices()) {
                    link(q, c, l, new LinkClaim(nextId(q, l), means, LinkKind.PURPOSE,
                            aimId(c.text().get(l), meansFact, l), null, false, c.text().get(l), Location.UNKNOWN));
                }
            }
            case "ask-reason", "ask-reasons", "ask-possible-reason", "ask-possible-reasons", "ask-reported-reason",
                    "ask-reported-reasons" -> {
                String source = q.template().startsWith("ask-reported")
                        ? facts.statements().stream().filter(x -> x instanceof Link)
                                .map(x -> x.provenance().accordingTo()).filter(java.util.Objects::nonNull)
                                .filter(a -> prompt.contains(writer.names().term(a, l).in(l == Language.DE
                                        ? org.factquiz.language.Case.DATIVE : org.factquiz.language.Case.NOMINATIVE)))
                                .findFirst().orElseThrow(() -> new IllegalStateException("'" + prompt
                                        + "' names no source")) : null;
                String outcome = askedAbout(q, l, source);
                boolean possibly = q.template().startsWith("ask-possible");
                LinkKind kind = facts.statements().stream()
                        .filter(s -> s instanceof Link k && k.to().equals(outcome) && k.link() != LinkKind.PURPOSE)
                        .map(s -> ((Link) s).link()).findFirst()
                        .orElseThrow(() -> new IllegalStateException("the article gives no reason for " + outcome));
                for (Question.Choice c : q.choices()) {
                    link(q, c, l, new LinkClaim(nextId(q, l), statementId(c.text().get(l), l), kind, outcome, source,
                            possibly, c.text().get(l), Location.UNKNOWN));
                }
            }
            case "ask-number" -> {
                String statement = slots(q.template(), l, prompt).get("statement");
                double v = q.answer().number();
                double tolerance = q.answer().tolerance();
                read(q, "key", l, withWord(statement, "at-least", v - tolerance, l), true);
                read(q, "key", l, withWord(statement, "at-most", v + tolerance, l), true);
                read(q, "distractor", l, withWord(statement, "more", v + tolerance, l), false);
                read(q, "distractor", l, withWord(statement, "less", v - tolerance, l), false);
            }
            case "ask-year" -> {
                String statement = slots(q.template(), l, prompt).get("statement");
                int year = q.answer().number().intValue();
                read(q, "key", l, statement.replace("___", Integer.toString(year)), true);
                read(q, "distractor", l, statement.replace("___", Integer.toString(year - 1)), false);
                read(q, "distractor", l, statement.replace("___", Integer.toString(year + 1)), false);
            }
            case "order-ranking" -> {
                String measure = rankedBy(q, l, prompt);
                List<String> ranked = q.answer().choices().stream().map(id -> entity(choice(q, id).text().get(l)))
                        .toList();
                for (int i = 0; i + 1 < ranked.size(); i++) {
                    read(q, "key", l, writer.comparison(ranked.get(i), measure, true, ranked.get(i + 1), l).orElseThrow()
                            .sentence(), true);
                    read(q, "distractor", l, writer.comparison(ranked.get(i + 1), measure, true, ranked.get(i), l)
                            .orElseThrow().sentence(), false);
                }
            }
            case "order-chronology" -> {
                List<String> ordered = q.answer().choices().stream().map(id -> choice(q, id).text().get(l)).toList();
                for (String text : ordered) {
                    read(q, "key", l, text, true);
                }
                for (int i = 0; i + 1 < ordered.size(); i++) {
                    PartialDate earlier = start(statementId(ordered.get(i), l));
                    PartialDate later = start(statementId(ordered.get(i + 1), l));
                    if (!earlier.certainlyBefore(later)) {
                        throw new IllegalStateException("'" + ordered.get(i) + "' (" + earlier + ") is not certainly before '"
                                + ordered.get(i + 1) + "' (" + later + ")");
                    }
                    orderChecks.add(q.id() + ": " + earlier + " < " + later);
                }
            }
            case "match" -> {
                String pattern = slots(q.template(), l, prompt).get("pattern");
                String left = "[" + templates.word("left", l) + "]";
                String right = "[" + templates.word("right", l) + "]";
                for (int i = 0; i < q.items().size(); i++) {
                    String item = q.items().get(i).text().get(l);
                    for (Question.Choice c : q.choices()) {
                        boolean paired = q.answer().choices().get(i).equals(c.id());
                        read(q, paired ? "key" : "distractor", l,
                                pattern.replace(right, c.text().get(l)).replace(left, item), paired);
                    }
                }
            }
            case "cloze" -> {
                String gapped = slots(q.template(), l, prompt).get("sentence");
                Question.Source source = q.sources().get(0);
                // Inside the prompt's quotation marks the sentence's own quotes are the language's inner ones.
                String filled = gapped.replace("___", q.answer().accepted().get(0));
                filled = l == Language.DE ? filled.replace('‚', '„').replace('‘', '“')
                        : filled.replace('‘', '„').replace('’', '“');
                if (!filled.equals(source.text().replace('”', '“')) && !filled.equals(source.text())) {
                    throw new IllegalStateException("the gap filled with the answer reads '" + filled
                            + "', not the source sentence '" + source.text() + "'");
                }
                Statement fact = facts.statement(source.fact()).orElseThrow();
                read(q, "key", l, writer.statement(fact, l), true);
            }
            default -> throw new IllegalStateException("no independent check for template '" + q.template() + "'");
        }
    }

    /**
     * "{outcome}, weil {reasons}" (or "{means}, um {aim}"), framed as its link: the sentence the writer
     * gives some link's framing, reasons and outcome; one link claim per reason.
     */
    private void linkStatement(Question q, Language l, String text) {
        String sentence = normal(text);
        List<List<String>> froms = new ArrayList<>();
        List<String> tos = new ArrayList<>();
        for (Statement s : facts.statements()) {
            if (s instanceof Link link) {
                froms.add(link.from());
                link.from().forEach(f -> froms.add(List.of(f)));
                tos.add(link.to());
                tos.addAll(link.from());
            }
        }
        // The link whose outcome the sentence states first, then one whose reasons it gives: its kind and framing.
        List<Link> links = facts.statements().stream().filter(x -> x instanceof Link).map(Link.class::cast).toList();
        for (int pass = 0; pass < 2; pass++) {
            for (Link link : links) {
            for (List<String> from : froms) {
                for (String to : tos) {
                    if (from.contains(to) || (pass == 0 ? !link.to().equals(to) : !link.from().containsAll(from))) {
                        continue;
                    }
                    String written;
                    try {
                        written = writer.link(link, from, to, l);
                    } catch (Writer.Unwritable e) {
                        continue;
                    }
                    if (!normal(written).equals(sentence)) {
                        continue;
                    }
                    String source = org.factquiz.model.Attribution.sourceOf(link);
                    boolean possibly = org.factquiz.model.Attribution.onlyPossible(link);
                    for (String f : from) {
                        boolean right = q.answer().truth();
                        checks.add(new Check(q.id(), right ? "key" : "distractor", l, text, new ClaimsReader.ReadClaim(
                                new LinkClaim(nextId(q, l), f, link.link(), to, source, possibly, text, Location.UNKNOWN),
                                right ? VerdictLabel.SUPPORTED : VerdictLabel.REFUTED)));
                    }
                    return;
                }
            }
            }
        }
        throw new IllegalStateException("'" + text + "' does not read as a link of the article");
    }

    /**
     * The statement a why, what for or what-could-lead-to question asks about: the one whose
     * question, as the writer words it with this prompt template, is the prompt.
     */
    private String askedAbout(Question q, Language l, String source) throws QuestionWording.CannotWord {
        String template = q.template();
        Map<String, org.factquiz.language.writing.Term> terms = source == null ? Map.of()
                : Map.of("source", writer.names().term(source, l));
        for (Statement s : facts.statements()) {
            java.util.Optional<org.factquiz.language.writing.Proposition> p;
            try {
                p = writer.proposition(s, l);
            } catch (Writer.Unwritable e) {
                continue;
            }
            if (p.isEmpty()) {
                continue;
            }
            String asked;
            try {
                asked = QuestionWording.fill(writer, template, l, p.get(), terms, Map.of());
            } catch (QuestionWording.CannotWord e) {
                continue;
            }
            if (asked.equals(q.prompt().get(l))) {
                return s.id();
            }
        }
        throw new IllegalStateException("'" + q.prompt().get(l) + "' asks about no statement of the article");
    }

    /** The aim an answer to "what for?" names ("Um weniger abhängig von Nvidia zu sein."). */
    private String aimId(String answer, Statement means, Language l) {
        for (Statement s : facts.statements()) {
            try {
                if (normal(writer.aim(s, means, l)).equals(normal(answer))) {
                    return s.id();
                }
            } catch (Writer.Unwritable | java.util.NoSuchElementException e) {
                // a statement the writer cannot say as an aim is not this answer
            }
        }
        throw new IllegalStateException("'" + answer + "' names no aim of the article");
    }

    /** The measure an ordering question ranks by: the one its prompt names. */
    private String rankedBy(Question q, Language l, String prompt) throws QuestionWording.CannotWord {
        for (MeasureDef m : facts.measures()) {
            String asked = QuestionWording.fill(writer, q.template(), l, null, Map.of("measure",
                    org.factquiz.language.writing.Term.name(m.name().in(l), l, null, null)), Map.of());
            if (asked.equals(prompt)) {
                return m.id();
            }
        }
        throw new IllegalStateException("'" + prompt + "' names no measure");
    }

    private String relationText(String subject, String predicate, String object, Language l) {
        return writer.relation(subject, predicate, object, null, null, l, Map.of()).orElseThrow(
                () -> new IllegalStateException("no " + l.code() + " phrase for " + predicate)).sentence();
    }

    /** "What did this lead to: {reasons}?": each outcome a claim that the first reason led to it. */
    private void consequence(Question q, Language l, String prompt) {
        List<String> from = reasons(slots(q.template(), l, prompt).get("statement"), l);
        // The prompt says the reasons as the question wording says them: a single one framed.
        if (from == null) {
            throw new IllegalStateException("'" + prompt + "' names no reasons of the article");
        }
        for (Question.Choice c : q.choices()) {
            String outcome = statementId(c.text().get(l), l);
            Link link = facts.statements().stream().filter(s -> s instanceof Link k && k.to().equals(outcome)
                    && k.link() != LinkKind.PURPOSE).map(Link.class::cast).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the article gives no reason for " + outcome));
            link(q, c, l, new LinkClaim(nextId(q, l), from.get(0), link.link(), outcome,
                    org.factquiz.model.Attribution.sourceOf(link), org.factquiz.model.Attribution.onlyPossible(link),
                    c.text().get(l), Location.UNKNOWN));
        }
    }

    /** "The company that makes {title} also {predicate} {object}": the premises and the claim the answer rests on. */
    private void throughTitle(Question q, Language l, String statement) {
        String sentence = statement.replaceAll("[.]$", "");
        for (Statement s : facts.statements()) {
            if (!(s instanceof Title title)) {
                continue;
            }
            for (Statement r : facts.statements()) {
                if (!(r instanceof Relation rel) || !rel.object().equals(title.holder())) {
                    continue;
                }
                for (org.factquiz.model.PredicateDef p2 : facts.predicates()) {
                    for (Entity o2 : facts.entities()) {
                        java.util.Optional<String> written;
                        try {
                            written = writer.throughTitle(rel.subject(), rel.predicate(), title, p2.id(), o2.id(), l);
                        } catch (Writer.Unwritable e) {
                            continue;
                        }
                        if (written.isPresent() && Writer.capitalise(written.get()).equals(sentence)) {
                            read(q, "premise", l, writer.statement(title, l), true);
                            read(q, "premise", l, writer.statement(rel, l), true);
                            boolean truth = q.answer().truth();
                            read(q, truth ? "key" : "distractor", l, relationText(rel.subject(), p2.id(), o2.id(), l),
                                    truth);
                            return;
                        }
                    }
                }
            }
        }
        throw new IllegalStateException("'" + statement + "' does not read as a chain through a title");
    }

    /** The statement written (unframed) as {@code text}, or null. */
    private String plainStatement(String text, Language l) {
        return facts.statements().stream().filter(s -> normal(writer.plain(s, l)).equals(normal(text)))
                .map(Statement::id).findFirst().orElse(null);
    }

    /** The statements joined in {@code text} ("A and B"), or null when it names none. */
    private List<String> reasons(String text, Language l) {
        for (Statement s : facts.statements()) {
            if (!(s instanceof Link link)) {
                continue;
            }
            String said;
            try {
                said = link.from().size() == 1 ? writer.statement(facts.statement(link.from().get(0)).orElseThrow(), l)
                        : writer.joined(link.from(), l);
            } catch (Writer.Unwritable e) {
                continue;
            }
            if (normal(said).equals(normal(text))) {
                return link.from();
            }
        }
        return null;
    }

    private void read(Question q, String role, Language l, String text, boolean right) {
        String id = nextId(q, l);
        ClaimParser.Reading reading = parser.read(id, text, Location.UNKNOWN);
        if (reading instanceof ClaimParser.Read read) {
            checks.add(new Check(q.id(), role, l, text, new ClaimsReader.ReadClaim(read.claim(),
                    right ? VerdictLabel.SUPPORTED : VerdictLabel.REFUTED)));
        } else {
            throw new IllegalStateException(((ClaimParser.Unreadable) reading).message());
        }
    }

    private void link(Question q, Question.Choice c, Language l, Claim claim) {
        boolean right = isKey(q, c);
        checks.add(new Check(q.id(), right ? "key" : "distractor", l, c.text().get(l), new ClaimsReader.ReadClaim(claim,
                right ? VerdictLabel.SUPPORTED : VerdictLabel.REFUTED)));
    }

    private String nextId(Question q, Language l) {
        return "reverify/" + q.id() + "/" + l.code() + "/" + (next++);
    }

    private static boolean isKey(Question q, Question.Choice c) {
        return q.answer().choices().contains(c.id());
    }

    private static String role(Question q, Question.Choice c) {
        return isKey(q, c) ? "key" : "distractor";
    }

    private static Question.Choice choice(Question q, String id) {
        return q.choices().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no choice '" + id + "'"));
    }

    /** The slot values of {@code template}'s prompt in {@code text}. */
    Map<String, String> slots(String template, Language l, String text) {
        String pattern = templates.prompt(template, l)
                .orElseThrow(() -> new IllegalStateException("no template '" + template + "'"));
        Matcher slot = Pattern.compile("\\{(\\w+)}").matcher(pattern);
        StringBuilder regex = new StringBuilder("(?is)");
        List<String> names = new ArrayList<>();
        int at = 0;
        while (slot.find()) {
            regex.append(Pattern.quote(pattern.substring(at, slot.start()))).append("(.+?)");
            names.add(slot.group(1));
            at = slot.end();
        }
        regex.append(Pattern.quote(pattern.substring(at)));
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        if (!m.matches()) {
            throw new IllegalStateException("'" + text + "' does not read as template '" + template + "'");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1).strip());
        }
        return values;
    }

    /** The prompt with its "which company" put in place by a choice, as a statement. */
    private String replaceWhich(String prompt, String choice) {
        String lower = prompt.toLowerCase(Locale.ROOT);
        String which = null;
        for (TypeDef t : facts.types()) {
            for (Language l : Language.values()) {
                String ask = t.ask() == null ? null : t.ask().in(l).toLowerCase(Locale.ROOT);
                if (ask != null && lower.contains(ask) && (which == null || ask.length() > which.length())) {
                    which = ask;
                }
            }
        }
        int at = which == null ? -1 : lower.indexOf(which);
        for (Language l : Language.values()) {
            Matcher what = Pattern.compile("(?i)\\b" + Pattern.quote(templates.word("what", l)) + "\\b").matcher(prompt);
            if (which == null && what.find()) {
                which = what.group();
                at = what.start();
            }
        }
        if (which == null) {
            throw new IllegalStateException("no 'which ...' in '" + prompt + "'");
        }
        return (prompt.substring(0, at) + choice + prompt.substring(at + which.length())).replaceAll("\\?$", "");
    }

    private Title titleIn(String text, Language l) {
        return facts.statements().stream().filter(s -> s instanceof Title t && text.contains(writer.titleNoun(t, l).text()))
                .map(Title.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no title named in '" + text + "'"));
    }

    private String statementId(String text, Language l) {
        List<String> ids = statementsByText.get(l).getOrDefault(normal(text), List.of());
        if (ids.size() != 1) {
            throw new IllegalStateException("'" + text + "' is " + (ids.isEmpty() ? "no" : "more than one") + " statement");
        }
        return ids.get(0);
    }

    private String entity(String name) {
        String id = entityByName.get(normal(name));
        if (id == null) {
            throw new IllegalStateException("'" + name + "' names no entity");
        }
        return id;
    }

    private String measure(String name, Language l) {
        return facts.measures().stream().filter(m -> m.name().in(l).equalsIgnoreCase(name)).map(MeasureDef::id)
                .findFirst().orElseThrow(() -> new IllegalStateException("'" + name + "' names no measure"));
    }

    private PartialDate start(String statement) {
        return Optional.ofNullable(facts.statement(statement).orElseThrow().when().start())
                .orElseThrow(() -> new IllegalStateException(statement + " has no date"));
    }

    /** "Doubao has more than 63 million ..." from "Doubao has ___ million ...". */
    private String withWord(String statement, String comparator, double value, Language l) {
        String word = phrases.words(l).comparators().get(comparator).get(0);
        return statement.replace("___", word + " " + Writer.number(value, l));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("[.?!]+$", "").toLowerCase(Locale.ROOT);
    }
}
