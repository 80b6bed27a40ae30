package org.factquiz.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Analyzer;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Quotes;
import org.factquiz.language.Sentence;
import org.factquiz.language.Token;
import org.factquiz.load.Excerpt;
import org.factquiz.model.Claim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.OrderClaim;
import org.factquiz.model.PartialDate;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.UnknownTerm;

/**
 * Reads a claim written in English or German into a {@link Claim}, with the language layer's
 * grammar and the phrase book's words: a sentence in, a claim (with what it names that the facts
 * do not know) or the reason it cannot be read out. What frames the claim (attribution, hedge,
 * date, negation, "before"/"after") is taken off; the clause is put in its canonical shape and
 * laid over every frame of its verb; names, descriptions and amounts fill the slots.
 */
public final class ClaimParser {
    private static final int SUGGESTIONS = 3;
    private static final java.util.regex.Pattern SLOT = java.util.regex.Pattern.compile("\\{\\w+}");

    private final PhraseBook phrases;
    private final EntityMentions mentions;
    private final Framing framing;
    private final FrameBook frames;
    private final ClaimBuilder builder;
    private final OrderReader order;
    private final LinkReader links;
    private final Descriptions descriptions;

    /** The outcome of reading one sentence: a claim, or why not. */
    public sealed interface Reading permits Read, Unreadable {
    }

    /** A claim read in {@code language}; {@code unknowns} are the words in it no fact mentions. */
    public record Read(Claim claim, Language language, List<UnknownTerm> unknowns) implements Reading {
        public Read {
            unknowns = List.copyOf(unknowns);
        }

        /**
         * The words the claim is about, when no fact mentions them ("The article was published in a
         * magazine"): in running prose such a sentence is about something else, not a claim to
         * check; null when the subject is known.
         */
        public String unknownSubject() {
            String subject = claim.subject();
            return UnknownTerm.isUnknown(subject) ? subject.substring(1) : null;
        }
    }

    public record Unreadable(String message) implements Reading {
    }

    public ClaimParser(FactBase facts, PhraseBook phrases) {
        this.phrases = phrases;
        this.mentions = new EntityMentions(facts.entities());
        this.framing = new Framing(phrases);
        this.frames = new FrameBook(facts, phrases, framing);
        this.descriptions = new Descriptions(facts, new FactIndex(facts), frames, mentions);
        this.builder = new ClaimBuilder(facts, descriptions, mentions);
        this.order = new OrderReader(frames);
        this.links = new LinkReader(facts, this);
    }

    /** Reads {@code sentence} as claim {@code id}. */
    public Reading read(String id, String sentence, Location location) {
        String text = normalise(sentence);
        if (text.isEmpty()) {
            return new Unreadable("an empty sentence is no claim");
        }
        if (sentence.strip().endsWith("?")) {
            return new Unreadable("\"" + Excerpt.of(sentence.strip()) + "\" is a question, not a claim; state it, e.g. "
                    + String.join(" | ", closest(text, Analyzer.guessLanguage(text))));
        }
        Optional<Read> link = links.read(id, text, Analyzer.guessLanguage(text), sentence.strip(), location);
        if (link.isPresent()) {
            return link.get();
        }
        return plain(id, text, sentence, null, location);
    }

    /**
     * One clause of a larger claim (a side of "because"), read as a claim of its own, its "it" being
     * {@code referent} (or null); empty when unreadable.
     */
    /** The separable verb particles of {@code language} ("aus", "ab"), as the phrase book lists them. */
    List<String> verbParticles(Language language) {
        PhraseBook.Words words = phrases.words(language);
        return words == null ? List.of() : words.verbParticles();
    }

    Optional<Read> readClause(String id, String clause, String referent, Location location) {
        String text = normalise(clause);
        return text.isEmpty() ? Optional.empty()
                : plain(id, text, clause, referent, location) instanceof Read r ? Optional.of(r) : Optional.empty();
    }

    private Reading plain(String id, String text, String sentence, String referent, Location location) {
        Language guess = Analyzer.guessLanguage(text);
        Attempt best = null;
        for (Language language : List.of(guess, guess == Language.EN ? Language.DE : Language.EN)) {
            Attempt a = attempt(id, text, language, sentence.strip(), referent, location);
            if (best == null || a.betterThan(best)) {
                best = a;
            }
            if (best.read() != null && best.read().unknowns().isEmpty()) {
                break;
            }
        }
        return best.read() != null ? best.read() : new Unreadable(best.problem());
    }

    /**
     * A reading in one language: a claim, or the problem; {@code agent} is the clause's grammatical
     * subject (Acme in "Acme launched Chatly", whose claim is about Chatly's launch).
     */
    private record Attempt(Read read, String problem, double cost, String agent) {
        Attempt(Read read, String problem, double cost) {
            this(read, problem, cost, read == null ? null : read.claim().subject());
        }

        boolean betterThan(Attempt other) {
            if ((read == null) != (other.read == null)) {
                return read != null;
            }
            if (read == null) {
                return false;
            }
            if (read.unknowns().size() != other.read.unknowns().size()) {
                return read.unknowns().size() < other.read.unknowns().size();
            }
            return cost < other.cost;
        }
    }

    private Attempt attempt(String id, String text, Language language, String original, String referent,
                            Location location) {
        Sentence s = Analyzer.analyse(text, language);
        List<NameMatch> names = mentions.find(s.tokens(), language);
        BitSet consumed = new BitSet();
        Optional<Framing.Attribution> attribution = framing.attribution(s, names, consumed);
        boolean hedged = framing.hedged(s, consumed);
        framing.asides(s, names, consumed);
        String accordingTo = attribution.map(a -> a.entity() != null ? a.entity() : "?" + a.unknown()).orElse(null);
        Optional<OrderReader.Split> split = order.split(s, names, consumed);
        List<Framing.DateMark> dates = framing.dates(s, names, consumed);
        List<Piece> values = framing.values(s, names, consumed);
        ShapeReader.Parts parts = new ShapeReader.Parts(s, names, values, consumed);
        String misspelt = misspeltDate(s, names, consumed, language);
        if (misspelt != null) {
            return new Attempt(null, misspelt, Double.MAX_VALUE);
        }
        if (split.isPresent()) {
            Attempt ordered = ordered(id, parts, split.get(), dates, accordingTo, hedged, original, location);
            // A name after "vor"/"nach" where the clause is no event ("liegt vor Fehmarn") is read in the clause.
            if (ordered.read() != null || split.get().named() == null) {
                return ordered;
            }
        }
        Framing.DateMark date = dates.isEmpty() ? null : dates.get(0);
        return clause(id, parts, 0, s.tokens().size(), accordingTo, hedged, date, referent, original, location);
    }

    private Attempt clause(String id, ShapeReader.Parts parts, int from, int to, String accordingTo, boolean hedged,
                           Framing.DateMark date, String referent, String original, Location location) {
        Language language = parts.sentence().language();
        Optional<Shape> read = ShapeReader.read(parts, from, to, frames.verbs(language));
        if (read.isEmpty()) {
            return new Attempt(null, cannotRead(original, language), Double.MAX_VALUE);
        }
        Shape shape = OrderReader.withReferent(read.get(), referent);
        if (comparesWithNothing(shape)) {
            return new Attempt(null, cannotRead(original, language), Double.MAX_VALUE);
        }
        FrameMatcher.Match best = best(shape, language);
        if (best == null && dangling(shape)) {
            return new Attempt(null, cannotRead(original, language), Double.MAX_VALUE);
        }
        ClaimBuilder.Framed framed = new ClaimBuilder.Framed(accordingTo, hedged || shape.verb().hedged(),
                shape.verb().negated(), date);
        if (best != null) {
            Optional<ClaimBuilder.Built> built = builder.build(id, best, parts, framed, original, location);
            if (built.isPresent() && built.get().unknowns().isEmpty()) {
                return new Attempt(new Read(built.get().claim(), language, built.get().unknowns()), null,
                        built.get().cost(), agent(shape, built.get().claim()));
            }
            Optional<Attempt> relational = shape.copula() ? relational(id, shape, parts, framed, original, location)
                    : Optional.empty();
            if (relational.isPresent()) {
                return relational.get();
            }
            if (built.isPresent()) {
                return new Attempt(new Read(built.get().claim(), language, built.get().unknowns()), null,
                        built.get().cost());
            }
        }
        if (shape.copula()) {
            Optional<Attempt> relational = relational(id, shape, parts, framed, original, location);
            if (relational.isPresent()) {
                return relational.get();
            }
        }
        return unknownPredicate(id, shape, parts, framed, original, location);
    }

    /** The best frame for {@code shape}: one with its verb, else one whose predicate is also said with that verb. */
    private FrameMatcher.Match best(Shape shape, Language language) {
        String lemma = shape.lemma().toLowerCase(Locale.ROOT);
        FrameMatcher.Match best = null;
        for (Frame f : frames.withVerb(language, lemma)) {
            Optional<FrameMatcher.Match> m = FrameMatcher.match(f, shape);
            if (m.isPresent() && (best == null || FrameMatcher.better(m.get(), best))) {
                best = m.get();
            }
        }
        if (best == null || best.cost() >= FrameMatcher.OTHER_VERB) {
            for (Frame f : frames.sharingVerb(language, lemma)) {
                Optional<FrameMatcher.Match> m = FrameMatcher.match(f, shape).map(x -> new FrameMatcher.Match(x.frame(),
                        x.shape(), x.cost() + FrameMatcher.OTHER_VERB, x.literals(), x.slots(), x.value()));
                if (m.isPresent() && (best == null || FrameMatcher.better(m.get(), best))) {
                    best = m.get();
                }
            }
        }
        return best;
    }

    /**
     * "Searchco is the maker of Askbot", "The maker of Askbot is Searchco": a name and a relational
     * noun phrase joined by the copula claim the relation itself.
     */
    private Optional<Attempt> relational(String id, Shape shape, ShapeReader.Parts parts, ClaimBuilder.Framed framed,
                                         String original, Location location) {
        List<Piece> name = shape.subject();
        List<Piece> phrase = shape.rest();
        if (!(name.size() == 1 && name.get(0).isName())) {
            name = shape.rest();
            phrase = shape.subject();
        }
        if (!(name.size() == 1 && name.get(0).isName())) {
            return Optional.empty();
        }
        Optional<Descriptions.Relational> r = descriptions.relational(phrase, parts, null);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        String claimId = framed.negated() ? id + "/affirmed" : id;
        PartialDate since = framed.date() == null ? null : framed.date().date();
        Claim claim = new RelationClaim(claimId, name.get(0).ref(), r.get().predicate(), r.get().object(), null, since,
                framed.date() == null ? null : framed.date().until(), framed.accordingTo(), framed.possibly(), original,
                location);
        Claim result = framed.negated() ? new org.factquiz.model.NegatedClaim(id, claim, original, location) : claim;
        return Optional.of(new Attempt(new Read(result, shape.language(), List.of()), null, 3));
    }

    /**
     * A clause with a subject and a verb that no frame fits: a claim the facts have no words for.
     * It is read, and judged NOT ENOUGH INFO: "Acme was founded in Beijing" (no fact mentions
     * 'Beijing'), "Chatly sings" (no fact mentions 'sings').
     */
    private Attempt unknownPredicate(String id, Shape shape, ShapeReader.Parts parts, ClaimBuilder.Framed framed,
                                     String original, Location location) {
        if (shape.subject().isEmpty() || !isVerb(shape, parts.sentence())) {
            return new Attempt(null, cannotRead(original, shape.language()), Double.MAX_VALUE);
        }
        String claimId = framed.negated() ? id + "/affirmed" : id;
        List<UnknownTerm> unknowns = new ArrayList<>();
        String subject = shape.subject().size() == 1 && shape.subject().get(0).isName() ? shape.subject().get(0).ref()
                : builder.unknown(claimId, Descriptions.text(shape.subject()), unknowns);
        List<Piece> unnamed = new ArrayList<>();
        for (Piece p : shape.rest()) {
            if (p.isWord() && (p.nominal() || p.pos() == PartOfSpeech.ADJECTIVE)) {
                unnamed.add(p);
            }
        }
        String object = shape.rest().stream().filter(Piece::isName).map(Piece::ref).findFirst().orElse(null);
        String verb = verbText(shape);
        if (!unnamed.isEmpty()) {
            builder.unknown(claimId, Descriptions.text(unnamed), unknowns);
        } else if (unknowns.isEmpty()) {
            unknowns.add(new UnknownTerm(claimId, verb, null));
        }
        Claim claim = new RelationClaim(claimId, subject, "?" + verb, object == null ? "?" + Descriptions.text(shape.rest())
                : object, null, null, framed.accordingTo(), framed.possibly(), original, location);
        Claim result = framed.negated() ? new org.factquiz.model.NegatedClaim(id, claim, original, location) : claim;
        return new Attempt(new Read(result, shape.language(), unknowns), null, 100);
    }

    /** The clause's verb is a verb the dictionaries know, not a word the tagger guessed to be one. */
    private boolean isVerb(Shape shape, Sentence sentence) {
        for (int i : shape.verb().tokens()) {
            if (i >= 0 && sentence.tokens().get(i).forms().stream().anyMatch(f -> f.pos().isVerbal())) {
                return true;
            }
        }
        return frames.verbs(shape.language()).contains(shape.lemma().toLowerCase(Locale.ROOT));
    }

    private static String verbText(Shape shape) {
        return shape.lemma();
    }

    private Attempt ordered(String id, ShapeReader.Parts parts, OrderReader.Split split, List<Framing.DateMark> dates,
                            String accordingTo, boolean hedged, String original, Location location) {
        // The part is not the main clause's: hide it (and its marker) while the main clause is read.
        BitSet hidden = (BitSet) parts.consumed().clone();
        hidden.set(split.marker());
        hidden.set(split.partFrom(), split.partTo());
        ShapeReader.Parts mainParts = new ShapeReader.Parts(parts.sentence(), parts.names(), parts.values(), hidden);
        Framing.DateMark date = dates.stream().filter(d -> d.start() < split.partFrom() || d.start() >= split.partTo())
                .findFirst().orElse(null);
        Attempt main = clause(id + "/main", mainParts, split.mainFrom(), split.mainTo(), accordingTo, hedged, date,
                null, original, location);
        Attempt part = split.named() != null
                ? sameEventOf(split.named(), id, main, accordingTo, parts, original, location)
                : orderedPart(id, parts, split, main.read() == null ? null : main.agent(), accordingTo, original,
                        location);
        if (main.read() != null && part.read() != null && pronoun(main.read())) {
            // "Bevor Acme Chatly einführte, warb es ...": "es" is the other clause's subject.
            main = clause(id + "/main", mainParts, split.mainFrom(), split.mainTo(), accordingTo, hedged, date,
                    part.agent(), original, location);
        }
        if (main.read() == null) {
            return main;
        }
        if (part.read() == null) {
            return part;
        }
        Claim mainClaim = main.read().claim();
        Claim earlier = split.before() ? mainClaim : part.read().claim();
        Claim later = split.before() ? part.read().claim() : mainClaim;
        List<UnknownTerm> unknowns = new ArrayList<>(main.read().unknowns());
        unknowns.addAll(part.read().unknowns());
        OrderClaim claim = new OrderClaim(id, earlier, later, accordingTo, hedged, original, location);
        return new Attempt(new Read(claim, parts.sentence().language(), unknowns), null, main.cost() + part.cost());
    }

    /** "launched before Helpy": the main clause's event, of {@code entity}; nothing for any other claim. */
    private static Attempt sameEventOf(String entity, String id, Attempt main, String accordingTo,
                                       ShapeReader.Parts parts, String original, Location location) {
        if (main.read() == null || !(main.read().claim() instanceof EventClaim e)) {
            return new Attempt(null, main.problem(), Double.MAX_VALUE);
        }
        EventClaim other = new EventClaim(id + "/part", entity, e.event(), null, null, null, accordingTo, false,
                original, location);
        return new Attempt(new Read(other, parts.sentence().language(), List.of()), null, 0);
    }

    private Attempt orderedPart(String id, ShapeReader.Parts parts, OrderReader.Split split, String subject,
                                String accordingTo, String original, Location location) {
        Optional<Claim> event = order.event(id + "/part", parts, split, subject, location, original);
        if (event.isPresent()) {
            return new Attempt(new Read(event.get(), parts.sentence().language(), List.of()), null, 0);
        }
        return clause(id + "/part", parts, split.partFrom(), split.partTo(), accordingTo, false, null, subject,
                original, location);
    }

    /** The entity the clause's subject names (the subject of the sentence as written), else the claim's. */
    private static String agent(Shape shape, Claim claim) {
        Shape written = shape;
        return written.subject().size() == 1 && written.subject().get(0).isName()
                && !written.subject().get(0).ref().startsWith("?") ? written.subject().get(0).ref() : claim.subject();
    }

    /** True when the claim's subject is a pronoun the clause alone could not resolve. */
    private static boolean pronoun(Read read) {
        return read.unknowns().stream().anyMatch(u -> OrderReader.isPronoun(u.text()));
    }

    /** "Chatly has more users than": a comparison left open. */
    private static boolean comparesWithNothing(Shape shape) {
        if (shape.rest().isEmpty()) {
            return false;
        }
        Piece last = shape.rest().get(shape.rest().size() - 1);
        return last.isWord() && Set.of("than", "als").contains(last.lower());
    }

    /** "Chatly competes with": a preposition left open, where no frame ends in one. */
    private static boolean dangling(Shape shape) {
        if (shape.rest().isEmpty()) {
            return false;
        }
        Piece last = shape.rest().get(shape.rest().size() - 1);
        return last.isWord() && last.pos() == PartOfSpeech.ADPOSITION;
    }

    /** "im Agust 2023": a word close to a month's name before a year is a date written wrong, not a name. */
    private String misspeltDate(Sentence s, List<NameMatch> names, BitSet consumed, Language language) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (consumed.get(i) || Framing.inName(names, i) || !t.get(i + 1).text().matches("\\d{4}")
                    || !Character.isLetter(t.get(i).text().charAt(0)) || t.get(i).text().length() < 4
                    || !t.get(i).forms().isEmpty()) {
                continue;
            }
            if (framing.month(t.get(i).lower(), language) == 0 && nearMonth(t.get(i).lower(), language)) {
                int from = i > 0 && Set.of("im", "in").contains(t.get(i - 1).lower()) ? i - 1 : i;
                return "cannot read '" + Framing.text(t, from, i + 2) + "' as a date (write e.g. \"2023\", \"August 2023\","
                        + " \"14 April 2023\" or \"until July 2031\")";
            }
        }
        return null;
    }

    private boolean nearMonth(String word, Language language) {
        List<String> months = new ArrayList<>();
        for (Language l : Language.values()) {
            PhraseBook.Words w = phrases.words(l);
            if (w != null) {
                months.addAll(w.months());
            }
        }
        return org.factquiz.load.ClosestNames.closest(word, months).isPresent();
    }

    private String cannotRead(String sentence, Language language) {
        return "cannot read \"" + Excerpt.of(sentence) + "\" as a claim; closest phrasings known: "
                + String.join(" | ", closest(normalise(sentence), language));
    }

    /** Reads {@code text} as a date: "2023", "August 2023", "im August 2023", "seit 2021", "2023-08". */
    PartialDate date(String text, Language language) {
        Sentence s = Analyzer.analyse(text, language);
        List<Framing.DateMark> dates = framing.dates(s, List.of(), new BitSet());
        return dates.isEmpty() ? null : dates.get(0).date();
    }

    static String normalise(String sentence) {
        String text = sentence.strip().replaceAll("[.!]+$", "").replaceAll("(?<=\\p{L})[’‘](?=\\p{L})", "'");
        return Quotes.strip(text).replaceAll("\\s+", " ").strip();
    }

    /** The phrase templates (of the fact base in use) whose words are most like the sentence's. */
    private List<String> closest(String text, Language language) {
        Set<String> words = wordsOf(text);
        record Scored(String template, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Phrase phrase : phrases.phrases()) {
            if (phrase.language() != language) {
                continue;
            }
            Set<String> literal = wordsOf(SLOT.matcher(phrase.template()).replaceAll(" "));
            Set<String> common = new HashSet<>(literal);
            common.retainAll(words);
            Set<String> union = new HashSet<>(literal);
            union.addAll(words);
            scored.add(new Scored(phrase.template(), union.isEmpty() ? 0 : (double) common.size() / union.size()));
        }
        LinkedHashSet<String> best = new LinkedHashSet<>();
        scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed().thenComparing(Scored::template))
                .limit(SUGGESTIONS).forEach(s -> best.add("\"" + s.template() + "\""));
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
