package org.factquiz.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Clause;
import org.factquiz.language.Clauses;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Sentence;
import org.factquiz.language.Token;
import org.factquiz.language.VerbGroup;
import org.factquiz.model.Language;

/**
 * Turns a clause of an analysed sentence into its {@link Shape}: finds the verb group (through the
 * language layer), the subject (before the verb in English; in German the first phrase, unless it
 * is an adverbial, and then the first name after the finite verb), and puts possessives after the
 * noun they belong to. Templates and claims go through the same steps, so they meet in one form.
 */
final class ShapeReader {
    private static final Set<String> OF = Set.of("of", "von");
    private static final Set<String> COPULAS = Set.of("be", "sein", "become", "werden");

    private ShapeReader() {
    }

    /** The parts of a sentence found before its clause is read. */
    record Parts(Sentence sentence, List<NameMatch> names, List<Piece> values, BitSet consumed) {
        NameMatch nameAt(int i) {
            for (NameMatch m : names) {
                if (m.start() == i) {
                    return m;
                }
            }
            return null;
        }

        Piece valueAt(int i) {
            for (Piece v : values) {
                if (v.start() == i) {
                    return v;
                }
            }
            return null;
        }

        Set<Integer> opaque() {
            Set<Integer> opaque = new HashSet<>();
            for (NameMatch m : names) {
                for (int i = m.start(); i < m.end(); i++) {
                    opaque.add(i);
                }
            }
            for (Piece v : values) {
                for (int i = v.start(); i < v.end(); i++) {
                    opaque.add(i);
                }
            }
            consumed.stream().forEach(opaque::add);
            return opaque;
        }
    }

    static Optional<Shape> read(Parts parts, int from, int to, Set<String> knownVerbs) {
        Sentence s = parts.sentence();
        int start = from;
        while (start < to && parts.consumed().get(start)) {
            start++;
        }
        Optional<Clause> clause = Clauses.read(s, start, to, parts.opaque(), knownVerbs);
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        VerbGroup verb = clause.get().verb();
        List<Piece> before = pieces(parts, clause.get().before());
        List<Piece> after = pieces(parts, clause.get().after());
        List<Piece> subject;
        List<Piece> rest;
        while (!before.isEmpty() && before.get(0).isWord() && before.get(0).pos() == PartOfSpeech.SUBORDINATOR) {
            before.remove(0);
        }
        if (s.language() == Language.DE && after.isEmpty() && before.size() > 1 && firstPhraseEnd(before) > 0
                && verbLast(s, verb, to)) {
            // A subordinate clause ("..., dass Acme Chipcos größter Kunde ist"): verb last.
            int end = firstPhraseEnd(before);
            subject = new ArrayList<>(before.subList(0, end));
            rest = new ArrayList<>(before.subList(end, before.size()));
        } else if (s.language() == Language.DE) {
            if (isSubject(before)) {
                subject = before;
                rest = after;
            } else {
                int end = firstPhraseEnd(after);
                if (end < 0) {
                    subject = before;
                    rest = after;
                } else {
                    subject = new ArrayList<>(after.subList(0, end));
                    rest = new ArrayList<>(before);
                    rest.addAll(after.subList(end, after.size()));
                }
            }
        } else {
            int comma = -1;
            for (int i = 0; i < before.size(); i++) {
                if (before.get(i).isWord() && before.get(i).word().isPunctuation()) {
                    comma = i;
                }
            }
            subject = new ArrayList<>(before.subList(comma + 1, before.size()));
            List<Piece> fronted = before.subList(0, comma + 1);
            while (!subject.isEmpty() && subject.get(0).isWord() && subject.get(0).pos() == PartOfSpeech.ADVERB) {
                subject.remove(0);
            }
            rest = new ArrayList<>(after);
            for (Piece p : fronted) {
                if (!(p.isWord() && p.word().isPunctuation())) {
                    rest.add(p);
                }
            }
        }
        String lemma = verb.lemma();
        boolean copula = verb.copula() || COPULAS.contains(lemma) && !verb.tokens().isEmpty()
                && (lemma.equals("become") || lemma.equals("werden")) && verb.voice() == org.factquiz.language.Voice.ACTIVE;
        if (copula) {
            lemma = s.language() == Language.DE ? "sein" : "be";
        }
        // "die Bauarbeiten", "the USA": an article before a name is part of how the name is said.
        if (subject.size() == 2 && subject.get(0).isWord() && subject.get(0).pos() == PartOfSpeech.DETERMINER
                && subject.get(1).isName() && !subject.get(1).possessive()) {
            subject = List.of(subject.get(1));
        }
        return Optional.of(new Shape(s.language(), possessivesAfterNouns(subject), verb, lemma, verb.voice(), copula,
                possessivesAfterNouns(rest)));
    }

    /**
     * True when the finite verb closes the clause ("..., dass Acme Chipcos größter Kunde ist"):
     * nothing of the clause but punctuation after it, the rest of its verb before it.
     */
    private static boolean verbLast(Sentence s, VerbGroup verb, int to) {
        if (verb.finite() < 0) {
            return false;
        }
        for (int i : verb.tokens()) {
            if (i > verb.finite()) {
                return false;
            }
        }
        for (int i = verb.finite() + 1; i < to; i++) {
            if (!s.tokens().get(i).isPunctuation()) {
                return false;
            }
        }
        return true;
    }

    /** The pieces of the given tokens, names and amounts whole, the tokens taken off left out. */
    static List<Piece> pieces(Parts parts, List<Integer> indexes) {
        List<Piece> pieces = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i : indexes) {
            if (seen.contains(i) || parts.consumed().get(i)) {
                continue;
            }
            NameMatch m = parts.nameAt(i);
            Piece v = parts.valueAt(i);
            if (m != null) {
                pieces.add(Piece.name(m, m.written()));
                for (int k = m.start(); k < m.end(); k++) {
                    seen.add(k);
                }
            } else if (v != null) {
                pieces.add(v);
                for (int k = v.start(); k < v.end(); k++) {
                    seen.add(k);
                }
            } else if (!inside(parts, i)) {
                Token t = parts.sentence().tokens().get(i);
                if (!t.isPunctuation() || t.text().equals(",")) {
                    pieces.add(Piece.word(i, t));
                }
            }
        }
        // A comma at either end says nothing about the clause.
        while (!pieces.isEmpty() && pieces.get(0).isWord() && pieces.get(0).text().equals(",")) {
            pieces.remove(0);
        }
        while (!pieces.isEmpty() && pieces.get(pieces.size() - 1).isWord()
                && pieces.get(pieces.size() - 1).text().equals(",")) {
            pieces.remove(pieces.size() - 1);
        }
        return pieces;
    }

    private static boolean inside(Parts parts, int i) {
        for (NameMatch m : parts.names()) {
            if (m.covers(i)) {
                return true;
            }
        }
        for (Piece v : parts.values()) {
            if (i >= v.start() && i < v.end()) {
                return true;
            }
        }
        return false;
    }

    /** A German Vorfeld is the subject when it is a name or a noun phrase, not a prepositional phrase or adverb. */
    private static boolean isSubject(List<Piece> before) {
        if (before.isEmpty()) {
            return false;
        }
        Piece first = before.get(0);
        if (first.isWord() && (first.pos() == PartOfSpeech.ADPOSITION || first.pos() == PartOfSpeech.ADVERB)) {
            return false;
        }
        return before.stream().anyMatch(p -> p.isName() || p.nominal());
    }

    /** Where the first name or noun phrase of {@code pieces} ends, or -1. */
    static int firstPhraseEnd(List<Piece> pieces) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (p.isName()) {
                int end = i + 1;
                // "Acme Chipcos größter Kunde": a possessive name after the subject opens the next phrase.
                return end;
            }
            if (p.isWord() && p.pos() == PartOfSpeech.PRONOUN) {
                return i + 1;
            }
            if (p.isWord() && p.pos() == PartOfSpeech.DETERMINER && i + 1 < pieces.size() && pieces.get(i + 1).isName()) {
                return i + 2;
            }
            if (p.isWord() && p.pos() == PartOfSpeech.DETERMINER) {
                int end = i + 1;
                while (end < pieces.size() && pieces.get(end).isWord() && !pieces.get(end).nominal()
                        && pieces.get(end).pos() == PartOfSpeech.ADJECTIVE) {
                    end++;
                }
                while (end < pieces.size() && pieces.get(end).isWord() && pieces.get(end).nominal()) {
                    end++;
                }
                while (end < pieces.size() && pieces.get(end).isName() && pieces.get(end).possessive()) {
                    end++;
                }
                return end > i + 1 ? end : -1;
            }
            if (p.isWord() && p.pos() != PartOfSpeech.ADVERB) {
                return -1;
            }
        }
        return -1;
    }

    private static final Set<String> ENGLISH_PREPOSITIONS = Set.of("in", "on", "at", "of", "from", "with", "to", "for",
            "by", "about", "over", "under", "into", "against", "since", "than", "as", "after", "before", "between",
            "through", "during", "without", "within", "among", "outside", "inside");

    /**
     * A word the tagger took for a verb though no dictionary knows it as one: in a short claim,
     * "chatbot" comes out a verb; such a word is read as the noun it is likely to be.
     */
    static boolean untaggedNoun(Piece p) {
        return p.isWord() && p.pos().isVerbal() && p.word().forms().stream().noneMatch(f -> f.pos().isVerbal());
    }

    /** A word that may be part of a noun phrase: not a verb, not punctuation, not a preposition. */
    private static boolean inPhrase(Piece p) {
        PartOfSpeech pos = p.pos();
        if (untaggedNoun(p)) {
            return true;
        }
        if (pos.isVerbal() && !p.word().may(PartOfSpeech.NOUN) || pos == PartOfSpeech.PUNCTUATION
                || pos == PartOfSpeech.CONJUNCTION || pos == PartOfSpeech.SUBORDINATOR
                || pos == PartOfSpeech.PRONOUN || pos == PartOfSpeech.DETERMINER) {
            return false;
        }
        if (pos == PartOfSpeech.ADPOSITION) {
            return !ENGLISH_PREPOSITIONS.contains(p.lower())
                    && p.word().forms().stream().noneMatch(f -> f.pos() == PartOfSpeech.ADPOSITION);
        }
        return true;
    }

    /**
     * "Chinas reichster Mann" and "China's richest man" become "reichster Mann [of China]", as "der
     * reichste Mann Chinas" is written; "Kunde von Chipco" and "the maker of Chatly" drop the "von"
     * and "of" for the same possessive.
     */
    static List<Piece> possessivesAfterNouns(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>(pieces);
        for (int i = 0; i < out.size(); i++) {
            Piece p = out.get(i);
            if (p.isName() && p.possessive() && i + 1 < out.size() && out.get(i + 1).isWord()) {
                int head = i + 1;
                int end = head;
                // The noun phrase the possessor belongs to, a name used as a modifier in it ("AI
                // app"): everything up to a preposition, verb or punctuation (the tagger's word
                // class is not trusted for short words such as "app").
                while (end < out.size() && (out.get(end).isWord() && inPhrase(out.get(end))
                        || out.get(end).isName() && !out.get(end).possessive() && end + 1 < out.size()
                        && out.get(end + 1).isWord() && inPhrase(out.get(end + 1)))) {
                    end++;
                }
                if (end > head && out.get(end - 1).isWord()) {
                    out.remove(i);
                    out.add(end - 1, p);
                    i = end - 1;
                }
            }
        }
        for (int i = 1; i + 1 < out.size(); i++) {
            Piece of = out.get(i);
            Piece before = out.get(i - 1);
            boolean afterNoun = before.nominal() || before.isName() && !before.possessive();
            if (of.isWord() && OF.contains(of.lower()) && out.get(i + 1).isName() && afterNoun) {
                out.set(i + 1, out.get(i + 1).possessive(true));
                out.remove(i);
            }
        }
        return out;
    }
}
