package org.factquiz.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Analyzer;
import org.factquiz.language.Clause;
import org.factquiz.language.Clauses;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Token;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.TypeDef;

/**
 * Words in place of a name, resolved by the facts: a title ("der reichste Mann Chinas", "China's
 * richest man"), a relational noun ("the maker of Chatly", "Chatly's maker", "der Gründer von
 * Acme"), a relative clause ("the company that makes the most popular AI application in
 * China", "das Unternehmen, das ... herstellt"), the rest of a name ("its own chips", "Modelworks's
 * models"). A description names an entity when the certain facts single out exactly one; otherwise
 * its words are something the facts do not know.
 */
final class Descriptions {
    /** What a description names: an entity (with the facts that say so), or null and the words. */
    record Resolution(String entity, String text, List<String> facts) {
        boolean known() {
            return entity != null;
        }
    }

    /** A variable standing for the thing a relative clause describes. */
    static final String WHO = "?who";
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their", "his", "her", "sein", "seine",
            "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres");
    private static final Set<String> RELATIVE_EN = Set.of("that", "which", "who");
    private static final Set<String> RELATIVE_DE = Set.of("der", "die", "das", "dem", "den", "welcher", "welche",
            "welches");

    private final FactIndex index;
    private final FrameBook frames;
    private final EntityMentions mentions;
    private final FactBase facts;

    Descriptions(FactBase facts, FactIndex index, FrameBook frames, EntityMentions mentions) {
        this.facts = facts;
        this.index = index;
        this.frames = frames;
        this.mentions = mentions;
    }

    /** What {@code pieces} name; {@code owner} is who "its"/"seine" refers to (the claim's subject), or null. */
    Resolution resolve(List<Piece> pieces, ShapeReader.Parts parts, String owner) {
        String text = text(pieces);
        if (pieces.size() == 1 && pieces.get(0).isName()) {
            return new Resolution(pieces.get(0).ref(), text, List.of());
        }
        List<Piece> phrase = new ArrayList<>(pieces);
        boolean ownerPronoun = false;
        while (!phrase.isEmpty() && phrase.get(0).isWord() && (phrase.get(0).pos() == PartOfSpeech.DETERMINER
                || POSSESSIVE_PRONOUNS.contains(phrase.get(0).lower()) || phrase.get(0).text().equals(","))) {
            ownerPronoun |= POSSESSIVE_PRONOUNS.contains(phrase.get(0).lower());
            phrase.remove(0);
        }
        while (!phrase.isEmpty() && phrase.get(phrase.size() - 1).isWord()
                && (phrase.get(phrase.size() - 1).pos() == PartOfSpeech.ADVERB
                || phrase.get(phrase.size() - 1).text().equals(","))) {
            phrase.remove(phrase.size() - 1);
        }
        if (phrase.isEmpty()) {
            return unknown(text);
        }
        if (phrase.size() == 1 && phrase.get(0).isName()) {
            return new Resolution(phrase.get(0).ref(), text, List.of());
        }
        Language language = parts.sentence().language();
        int relative = relativePronoun(phrase, language);
        Optional<String> named = namedInApposition(phrase);
        if (relative < 0 && named.isPresent()) {
            return new Resolution(named.get(), text, List.of());
        }
        if (relative > 0) {
            return relativeClause(phrase.subList(0, relative), phrase.subList(relative, phrase.size()), parts, text);
        }
        String possessor = ownerPronoun ? owner : null;
        Optional<Resolution> found = title(phrase, parts, owner, text)
                .or(() -> relationalNoun(phrase, parts, owner, text))
                .or(() -> restOfName(phrase, possessor, language, text));
        return found.orElseGet(() -> unknown(text));
    }

    private static Resolution unknown(String text) {
        return new Resolution(null, text, List.of());
    }

    /**
     * "the chatbot Chatly", "Gründer Roe", "Searchcos Askbot", "Acme's international data
     * centres": one name, with nouns that say what it is and possessors that say whose, names it.
     */
    private static Optional<String> namedInApposition(List<Piece> phrase) {
        List<Piece> names = phrase.stream().filter(p -> p.isName() && !p.possessive()).toList();
        if (names.size() != 1) {
            return Optional.empty();
        }
        int at = phrase.indexOf(names.get(0));
        for (int i = 0; i < phrase.size(); i++) {
            Piece p = phrase.get(i);
            // Words that say what the name is (a common noun, an adjective), all before it: "the
            // chatbot Chatly", not "AI chips" (where the name modifies the noun) or "Askbto".
            boolean describing = p.isName() || p.isWord() && i < at && (p.nominal() || p.pos() == PartOfSpeech.ADJECTIVE
                    || p.pos() == PartOfSpeech.DETERMINER || p.pos() == PartOfSpeech.OTHER || ShapeReader.untaggedNoun(p));
            if (!describing) {
                return Optional.empty();
            }
        }
        return Optional.of(names.get(0).ref());
    }

    private static int relativePronoun(List<Piece> phrase, Language language) {
        for (int i = 1; i < phrase.size(); i++) {
            Piece p = phrase.get(i);
            if (!p.isWord()) {
                continue;
            }
            if (language == Language.EN ? RELATIVE_EN.contains(p.lower()) : RELATIVE_DE.contains(p.lower())
                    && phrase.get(i - 1).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }

    /** "the richest man in China", "Chinas reichster Mann": the holder of the title the facts name. */
    private Optional<Resolution> title(List<Piece> phrase, ShapeReader.Parts parts, String owner, String text) {
        Language language = parts.sentence().language();
        for (Frame f : frames.all(language)) {
            if (!f.kind().equals("title")) {
                continue;
            }
            Optional<Map<String, List<Piece>>> slots = FrameMatcher.alignPhrase(f.rest(), phrase);
            if (slots.isEmpty()) {
                continue;
            }
            String of = slot(slots.get(), "of", parts, owner);
            String scope = slot(slots.get(), "scope", parts, owner);
            if (slots.get().containsKey("of") && of == null || slots.get().containsKey("scope") && scope == null) {
                continue;
            }
            List<FactIndex.Found> holders = index.holdersOf(f.key(), of, scope);
            if (holders.size() == 1) {
                return Optional.of(new Resolution(holders.get(0).entity(), text, holders.get(0).facts()));
            }
        }
        return Optional.empty();
    }

    /**
     * "the founder of Acme" (from a frame "{subject} is the founder of {object}"), "Chatly's
     * maker", "der Hersteller von Chatly" (the agent noun of the frame's verb: make, maker;
     * herstellen, Hersteller): the one subject the facts give the relation with that object.
     */
    private Optional<Resolution> relationalNoun(List<Piece> phrase, ShapeReader.Parts parts, String owner, String text) {
        Optional<Relational> r = relational(phrase, parts, owner);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        return single(index.subjectsOf(r.get().predicate(), r.get().object()), text);
    }

    /** What a relational noun phrase says: the predicate, and the entity that is its object. */
    record Relational(String predicate, String object) {
    }

    /**
     * "the maker of Chatly", "Chatlys Hersteller", "der Gründer von Acme" as a predicate and
     * its object, the subject left open: "Searchco is the maker of Askbot" says makes(searchco, askbot).
     */
    Optional<Relational> relational(List<Piece> pieces, ShapeReader.Parts parts, String owner) {
        List<Piece> phrase = pieces.stream().filter(p -> !(p.isWord() && p.pos() == PartOfSpeech.DETERMINER)).toList();
        Language language = parts.sentence().language();
        Piece possessor = phrase.stream().filter(p -> p.isName() && p.possessive()).findFirst().orElse(null);
        for (Frame f : frames.all(language)) {
            if (!f.kind().equals("relation")) {
                continue;
            }
            if (f.copula()) {
                Optional<Map<String, List<Piece>>> slots = FrameMatcher.alignPhrase(f.rest(), phrase);
                if (slots.isPresent() && slots.get().containsKey("object") && slots.get().size() == 1) {
                    String object = slot(slots.get(), "object", parts, owner);
                    if (object != null) {
                        return Optional.of(new Relational(f.key(), object));
                    }
                }
            } else if (possessor != null && f.voice() == org.factquiz.language.Voice.ACTIVE && f.hasSlot("object")
                    && phrase.size() == 2) {
                Set<String> agents = agentNouns(f.lemma(), language);
                boolean named = phrase.stream().anyMatch(p -> p.isWord() && p.nominal()
                        && (agents.contains(p.lower()) || p.lemmas().stream().anyMatch(agents::contains)));
                if (named) {
                    return Optional.of(new Relational(f.key(), possessor.ref()));
                }
            }
        }
        return Optional.empty();
    }

    /** make: maker; found: founder; supply: supplier; operate: operator; herstellen: Hersteller; entwickeln: Entwickler. */
    static Set<String> agentNouns(String verb, Language language) {
        Set<String> nouns = new LinkedHashSet<>();
        String v = verb.toLowerCase(Locale.ROOT);
        if (language == Language.EN) {
            nouns.add(v.endsWith("e") ? v + "r" : v + "er");
            if (v.endsWith("y")) {
                nouns.add(v.substring(0, v.length() - 1) + "ier");
            }
            if (v.endsWith("ate")) {
                nouns.add(v.substring(0, v.length() - 1) + "or");
            }
            if (v.endsWith("est")) {
                nouns.add(v + "or");
            }
        } else {
            if (v.endsWith("eln") || v.endsWith("ern")) {
                nouns.add(v.substring(0, v.length() - 3) + v.charAt(v.length() - 2) + "er");
            } else if (v.endsWith("en")) {
                nouns.add(v.substring(0, v.length() - 2) + "er");
            }
        }
        return nouns;
    }

    /**
     * "the company that makes the most popular AI application in China", "das Unternehmen, das
     * ... herstellt": the relative clause read as a claim about an unknown subject, the head noun
     * (a type's name) narrowing who it may be.
     */
    private Resolution relativeClause(List<Piece> head, List<Piece> clause, ShapeReader.Parts parts, String text) {
        Language language = parts.sentence().language();
        // The relative pronoun stands where the clause's subject would: the verb may follow it at once.
        int from = clause.get(0).start();
        int to = clause.get(clause.size() - 1).end();
        Optional<Clause> read = Clauses.read(parts.sentence(), from, to, parts.opaque(), frames.verbs(language));
        if (read.isEmpty()) {
            return unknown(text);
        }
        List<Integer> all = new ArrayList<>(read.get().before());
        all.addAll(read.get().after());
        all.remove(Integer.valueOf(from));
        all.sort(Integer::compare);
        List<Piece> rest = ShapeReader.possessivesAfterNouns(ShapeReader.pieces(parts, all));
        String lemma = read.get().verb().lemma();
        boolean copula = read.get().verb().copula();
        if (copula) {
            lemma = language == Language.DE ? "sein" : "be";
        }
        Piece who = new Piece(Piece.Kind.NAME, -1, -1, null, WHO, false, null, "?");
        Shape shape = new Shape(language, List.of(who), read.get().verb(), lemma, read.get().verb().voice(), copula, rest);
        FrameMatcher.Match best = null;
        for (Frame f : frames.withVerb(language, lemma.toLowerCase(Locale.ROOT))) {
            if (!f.kind().equals("relation")) {
                continue;
            }
            Optional<FrameMatcher.Match> m = FrameMatcher.match(f, shape);
            if (m.isPresent() && (best == null || FrameMatcher.better(m.get(), best))) {
                best = m.get();
            }
        }
        if (best == null) {
            return unknown(text);
        }
        String type = typeNamed(head, language);
        Map<String, String> known = new LinkedHashMap<>();
        String variable = null;
        for (Map.Entry<String, List<Piece>> e : best.slots().entrySet()) {
            List<Piece> filler = e.getValue();
            if (filler.size() == 1 && filler.get(0).isName() && WHO.equals(filler.get(0).ref())) {
                variable = e.getKey();
                continue;
            }
            Resolution r = resolve(filler, parts, null);
            if (!r.known()) {
                return unknown(text);
            }
            known.put(e.getKey(), r.entity());
        }
        if (variable == null) {
            return unknown(text);
        }
        List<FactIndex.Found> found = variable.equals("subject") ? index.subjectsOf(best.frame().key(), known.get("object"))
                : index.objectsOf(best.frame().key(), known.get("subject"));
        if (type != null) {
            found = found.stream().filter(f -> index.isA(f.entity(), type)).toList();
        }
        return single(found, text).orElseGet(() -> unknown(text));
    }

    /** The type whose name is the head noun of {@code head} ("the company": company), or null. */
    private String typeNamed(List<Piece> head, Language language) {
        for (int i = head.size() - 1; i >= 0; i--) {
            Piece p = head.get(i);
            if (p.isWord() && p.nominal()) {
                for (TypeDef t : facts.types()) {
                    if (t.name() == null) {
                        continue;
                    }
                    List<Token> name = Analyzer.words(t.name().in(language), language);
                    Token last = name.get(name.size() - 1);
                    if (last.lower().equals(p.lower()) || last.lemmas().stream().anyMatch(l -> p.lemmas().contains(l))) {
                        return t.id();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "Modelworks's models" as the name "Modelworks models", "its own chips" as "own AI chips": the words
     * (their lemmas) all in exactly one entity's name, with the same head noun; the possessor, if
     * there is one, in that name too or in a certain relation with the entity.
     */
    private Optional<Resolution> restOfName(List<Piece> phrase, String owner, Language language, String text) {
        Piece possessor = phrase.stream().filter(p -> p.isName() && p.possessive()).findFirst().orElse(null);
        List<Piece> words = phrase.stream().filter(Piece::isWord).toList();
        if (words.isEmpty() || words.stream().anyMatch(w -> w.pos() == PartOfSpeech.VERB && !w.word().may(PartOfSpeech.NOUN)
                || w.pos() == PartOfSpeech.ADPOSITION)) {
            return Optional.empty();
        }
        String who = possessor != null ? possessor.ref() : owner;
        if (possessor != null) {
            String joined = String.join(" ", words.stream().map(Piece::text).toList());
            String name = mentions.name(possessor.ref());
            for (String candidate : List.of(name + " " + joined, name + "-" + joined, joined + " of " + name,
                    joined + " von " + name, name + "s " + joined, name + "'s " + joined)) {
                Optional<String> e = mentions.entityOfWords(candidate, language);
                if (e.isPresent()) {
                    return Optional.of(new Resolution(e.get(), text, List.of()));
                }
            }
        }
        Set<String> found = mentions.containing(words, language);
        if (who != null && found.size() > 1) {
            Set<String> related = new HashSet<>();
            for (String e : found) {
                if (mentions.nameContains(e, who)) {
                    related.add(e);
                }
            }
            if (!related.isEmpty()) {
                found = related;
            }
        }
        return found.size() == 1 ? Optional.of(new Resolution(found.iterator().next(), text, List.of())) : Optional.empty();
    }

    private String slot(Map<String, List<Piece>> slots, String name, ShapeReader.Parts parts, String owner) {
        List<Piece> filler = slots.get(name);
        if (filler == null) {
            return null;
        }
        Resolution r = resolve(filler, parts, owner);
        return r.entity();
    }

    private static Optional<Resolution> single(List<FactIndex.Found> found, String text) {
        return found.size() == 1 ? Optional.of(new Resolution(found.get(0).entity(), text, found.get(0).facts()))
                : Optional.empty();
    }

    static String text(List<Piece> pieces) {
        StringBuilder out = new StringBuilder();
        for (Piece p : pieces) {
            if (out.length() > 0 && !p.text().equals(",")) {
                out.append(' ');
            }
            out.append(p.text());
        }
        return out.toString().strip();
    }
}
