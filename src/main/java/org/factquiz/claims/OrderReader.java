package org.factquiz.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Clauses;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Sentence;
import org.factquiz.language.Token;
import org.factquiz.model.Claim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.Language;
import org.factquiz.model.Location;

/**
 * Order between events: "A before B", "A after B", "bevor ...", "nachdem ...", "vor dem Start von
 * X", "nach der Einführung von X", fronted or following. The part after the word is a clause
 * ("before it launched Chatly", its "it" the main clause's subject), a gerund ("before launching
 * Chatly") or an event named by a noun ("the launch of Chatly", "der Einführung von Chatly": the
 * noun of an event frame's verb, launch, Einführung, Start).
 */
final class OrderReader {
    private static final Set<String> BEFORE = Set.of("before", "bevor", "vor");
    private static final Set<String> AFTER = Set.of("after", "nachdem", "nach", "seit");
    private static final Set<String> NOUN_ONLY = Set.of("vor", "nach", "seit");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "es", "sie", "er");

    /**
     * Where the main clause and the ordered part are, and which way the order goes. {@code named} is
     * the entity when the part is a name alone ("launched before Helpy", "vor Helpy eingeführt"):
     * the same event of that other subject.
     */
    record Split(int mainFrom, int mainTo, int partFrom, int partTo, boolean before, int marker, String named) {
        Split(int mainFrom, int mainTo, int partFrom, int partTo, boolean before, int marker) {
            this(mainFrom, mainTo, partFrom, partTo, before, marker, null);
        }
    }

    private final FrameBook frames;

    OrderReader(FrameBook frames) {
        this.frames = frames;
    }

    Optional<Split> split(Sentence s, List<NameMatch> names, BitSet consumed) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size() - 1; i++) {
            String w = t.get(i).lower();
            if (consumed.get(i) || Framing.inName(names, i) || !(BEFORE.contains(w) || AFTER.contains(w))) {
                continue;
            }
            boolean nounFollows = t.get(i + 1).pos() == PartOfSpeech.DETERMINER;
            NameMatch named = nameAfter(t, i + 1, names);
            if (named != null && i > 0 && (NOUN_ONLY.contains(w) || endsAt(t, named.end()))) {
                // "Chatly was launched before Helpy", "Chatly wurde vor Helpy eingeführt": a name
                // alone is the same event of another subject, not a clause of its own.
                return Optional.of(new Split(0, t.size(), i + 1, named.end(), BEFORE.contains(w), i, named.entity()));
            }
            if (NOUN_ONLY.contains(w) && !nounFollows) {
                continue;
            }
            boolean before = BEFORE.contains(w);
            if (nounFollows) {
                // "vor der Einführung von Chatly", "before the launch of Chatly": the part is the noun
                // phrase; the clause is everything else.
                int end = phraseEnd(t, i + 2, names);
                return Optional.of(new Split(0, t.size(), i + 1, end, before, i));
            }
            // A German subordinate clause keeps its "bevor"/"nachdem", so that it is read with the verb last.
            int partStart = isGerund(t.get(i + 1)) || s.language() == Language.DE ? i : i + 1;
            if (i == 0) {
                int comma = -1;
                for (int k = 1; k < t.size() && comma < 0; k++) {
                    if (t.get(k).text().equals(",")) {
                        comma = k;
                    }
                }
                if (comma < 0) {
                    return Optional.empty();
                }
                return Optional.of(new Split(comma + 1, t.size(), partStart, comma, before, i));
            }
            int end = t.size();
            if (t.get(i - 1).text().equals(",")) {
                return Optional.of(new Split(0, i - 1, partStart, end, before, i));
            }
            return Optional.of(new Split(0, i, partStart, end, before, i));
        }
        return Optional.empty();
    }

    /** The name at {@code from}, after at most one article ("before the USA"); null when none starts there. */
    private static NameMatch nameAfter(List<Token> t, int from, List<NameMatch> names) {
        int at = from < t.size() && t.get(from).pos() == PartOfSpeech.DETERMINER ? from + 1 : from;
        for (NameMatch m : names) {
            if (m.start() == at || m.start() == from) {
                return m;
            }
        }
        return null;
    }

    /** True when nothing but punctuation follows token {@code end - 1}. */
    private static boolean endsAt(List<Token> t, int end) {
        for (int k = end; k < t.size(); k++) {
            if (t.get(k).pos() != PartOfSpeech.PUNCTUATION) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a noun phrase starting at {@code from} ends: adjectives and nouns, then at most one
     * attribute ("von Chatly", "of Chatly", "des Chatbots"), a name or a noun, and no more.
     */
    private static int phraseEnd(List<Token> t, int from, List<NameMatch> names) {
        int j = from;
        while (j < t.size() && !Framing.inName(names, j)
                && (t.get(j).pos() == PartOfSpeech.ADJECTIVE || t.get(j).pos().isNominal())) {
            j++;
        }
        if (j < t.size() && Set.of("von", "of", "des", "der", "the").contains(t.get(j).lower()) && j + 1 < t.size()) {
            int k = j + 1;
            while (k < t.size() && Set.of("der", "des", "dem", "the").contains(t.get(k).lower())) {
                k++;
            }
            for (NameMatch m : names) {
                if (m.start() == k) {
                    return m.end();
                }
            }
            if (k < t.size() && t.get(k).pos().isNominal()) {
                return k + 1;
            }
        }
        return j;
    }

    private static boolean isGerund(Token t) {
        return t.pos() == PartOfSpeech.VERB && t.lower().endsWith("ing");
    }

    /**
     * The ordered part as an event named by a noun ("the launch of Chatly", "dem Start von Chatly",
     * "its launch"), when it has no verb of its own; empty otherwise.
     */
    Optional<Claim> event(String id, ShapeReader.Parts parts, Split split, String subject, Location location,
                          String text) {
        Sentence s = parts.sentence();
        if (Clauses.read(s, Math.max(split.partFrom() - 1, 0), split.partTo(), parts.opaque(),
                frames.verbs(s.language())).filter(c -> c.verb().finite() >= split.partFrom()).isPresent()) {
            return Optional.empty();
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = split.partFrom(); i < split.partTo(); i++) {
            indexes.add(i);
        }
        List<Piece> pieces = ShapeReader.possessivesAfterNouns(ShapeReader.pieces(parts, indexes));
        String who = pieces.stream().filter(p -> p.isName()).map(Piece::ref).findFirst().orElse(subject);
        for (Piece p : pieces) {
            if (!p.isWord() || !p.nominal()) {
                continue;
            }
            for (Frame f : frames.all(s.language())) {
                if (f.kind().equals("event") && names(f, p, s.language())) {
                    return Optional.of(new EventClaim(id, who, f.key(), null, null, null, false, text, location));
                }
            }
        }
        return Optional.empty();
    }

    /** The noun of an event: its key ("launch"), its verb ("launch"), the German "-ung" or stem of the verb. */
    private static boolean names(Frame f, Piece noun, Language language) {
        String verb = f.lemma().toLowerCase(Locale.ROOT);
        List<String> nouns = new ArrayList<>(List.of(f.key().toLowerCase(Locale.ROOT), verb));
        if (language == Language.DE && verb.endsWith("en")) {
            String stem = verb.substring(0, verb.length() - 2);
            nouns.add(stem + "ung");
            nouns.add(stem);
        }
        for (String lemma : noun.lemmas()) {
            for (String n : nouns) {
                if (lemma.equals(n) || lemma.endsWith(n) && n.length() > 4) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The clause with "it" (or the gerund's missing subject) made the main clause's subject. */
    static Shape withReferent(Shape shape, String referent) {
        if (referent == null) {
            return shape;
        }
        List<Piece> subject = shape.subject();
        boolean stands = subject.isEmpty() || subject.size() == 1 && subject.get(0).isWord()
                && (PRONOUNS.contains(subject.get(0).lower()) || BEFORE.contains(subject.get(0).lower())
                || AFTER.contains(subject.get(0).lower()));
        if (!stands) {
            return shape;
        }
        Piece name = new Piece(Piece.Kind.NAME, -1, -1, null, referent, false, null, referent);
        return shape.with(List.of(name), shape.voice(), shape.rest());
    }
}
