package org.factquiz.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Degree;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Voice;
import org.factquiz.model.ClaimedValue;

/**
 * Lays a frame over a claim's shape: the verbs must be the same lemma (a passive claim also meets
 * an active frame, and the other way round, with subject and object exchanged), the subject fills
 * the frame's subject slot, and the rest is aligned in order, word for word by lemma. A slot takes
 * a name, or words that describe something (resolved later, or unknown to the facts); words of the
 * claim a frame does not have may be left over only if they say nothing the frame would need to
 * know (articles, commas, adverbs such as "also", "auch", "personally").
 */
final class FrameMatcher {
    private static final double SKIP_CLAIM_WORD = 0.2;
    private static final double SKIP_FRAME_WORD = 0.7;
    private static final double DESCRIBED_SLOT = 2.5;
    private static final double OTHER_VOICE = 0.4;
    private static final double SWAPPED_COPULA = 0.3;
    private static final double HEAD_OF_NAME = 0.3;
    private static final double PLACE_AFTER = 0.3;
    private static final double MODIFYING_NAME = 0.5;
    private static final double COORDINATED = 0.3;
    private static final Set<String> PLACE = Set.of("in", "im");
    static final double OTHER_VERB = 0.6;
    private static final Set<String> MEANINGFUL_ADVERBS = Set.of("not", "never", "nicht", "nie", "more", "less",
            "most", "least", "mehr", "weniger", "meisten", "than", "als", "fewer", "only", "nur");
    private static final Set<String> AGENT = Set.of("by", "von");

    /** A frame laid over a shape, with what fills each slot. */
    record Match(Frame frame, Shape shape, double cost, int literals, Map<String, List<Piece>> slots, ClaimedValue value) {
    }

    private FrameMatcher() {
    }

    /** The best way {@code frame} fits {@code shape}, if it fits at all. */
    static Optional<Match> match(Frame frame, Shape shape) {
        List<Candidate> tries = new ArrayList<>();
        if (frame.copula() == shape.copula() && (frame.voice() == shape.voice() || frame.copula())) {
            tries.add(new Candidate(shape, 0));
        }
        if (!frame.copula() && !shape.copula() && frame.voice() != shape.voice()) {
            otherVoice(shape, frame).ifPresent(s -> tries.add(new Candidate(s, OTHER_VOICE)));
        }
        if (frame.copula() && shape.copula()) {
            swapped(shape).ifPresent(s -> tries.add(new Candidate(s, SWAPPED_COPULA)));
        }
        Match best = null;
        for (Candidate c : tries) {
            Optional<Match> m = align(frame, c.shape(), c.cost());
            if (m.isPresent() && (best == null || better(m.get(), best))) {
                best = m.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private record Candidate(Shape shape, double cost) {
    }

    static boolean better(Match a, Match b) {
        if (Math.abs(a.cost() - b.cost()) > 1e-9) {
            return a.cost() < b.cost();
        }
        if (a.literals() != b.literals()) {
            return a.literals() > b.literals();
        }
        // A measure, title or event is said the way the facts record it, before a relation of the same words.
        int ka = FrameBook.kindOrder(a.frame().kind());
        int kb = FrameBook.kindOrder(b.frame().kind());
        if (ka != kb) {
            return ka < kb;
        }
        return a.frame().rank() < b.frame().rank();
    }

    /**
     * "Askbot is made by Searchco" as "Searchco makes Askbot", "Acme launched Chatly" as
     * "Chatly was launched (by Acme)": the agent of the passive is the subject of the active.
     */
    private static Optional<Shape> otherVoice(Shape shape, Frame frame) {
        List<Piece> rest = shape.rest();
        if (shape.voice() == Voice.PASSIVE) {
            for (int i = 0; i + 1 < rest.size(); i++) {
                if (rest.get(i).isWord() && AGENT.contains(rest.get(i).lower()) && rest.get(i + 1).isName()) {
                    List<Piece> newRest = new ArrayList<>(shape.subject());
                    for (int k = 0; k < rest.size(); k++) {
                        if (k != i && k != i + 1) {
                            newRest.add(rest.get(k));
                        }
                    }
                    return Optional.of(shape.with(List.of(rest.get(i + 1)), Voice.ACTIVE, newRest));
                }
            }
            return Optional.empty();
        }
        int object = -1;
        for (int i = 0; i < rest.size() && object < 0; i++) {
            if (rest.get(i).isName() && !rest.get(i).possessive()) {
                object = i;
            } else if (rest.get(i).isWord() && rest.get(i).pos() == PartOfSpeech.ADPOSITION) {
                break;
            }
        }
        if (object < 0) {
            return Optional.empty();
        }
        List<Piece> newRest = new ArrayList<>(rest);
        Piece subject = newRest.remove(object);
        boolean agentSlot = frame.rest().stream().anyMatch(p -> p.isWord() && AGENT.contains(p.lower()));
        if (agentSlot) {
            newRest.add(Piece.word(-1, org.factquiz.language.Analyzer.words(
                    shape.language() == org.factquiz.model.Language.DE ? "von" : "by", shape.language()).get(0)));
            newRest.addAll(shape.subject());
        }
        return Optional.of(shape.with(List.of(subject), Voice.PASSIVE, newRest));
    }

    /** "Chinas beliebteste KI-Anwendung ist Chatly" as "Chatly ist Chinas beliebteste KI-Anwendung". */
    private static Optional<Shape> swapped(Shape shape) {
        List<Piece> rest = shape.rest();
        if (rest.size() != 1 || !rest.get(0).isName() || shape.subject().size() < 2) {
            return Optional.empty();
        }
        return Optional.of(shape.with(rest, shape.voice(), shape.subject()));
    }

    private static Optional<Match> align(Frame frame, Shape shape, double base) {
        if (shape.subject().isEmpty()) {
            return Optional.empty();
        }
        double subjectCost = shape.subject().size() == 1 && shape.subject().get(0).isName() ? 0 : DESCRIBED_SLOT;
        if (shape.subject().stream().anyMatch(p -> p.kind() == Piece.Kind.VALUE)) {
            return Optional.empty();
        }
        Aligner a = new Aligner(frame.rest(), shape.rest(), frame.kind().equals("relation") && !frame.hasSlot("where"));
        Aligner.Result r = a.best(0, 0);
        if (r == null) {
            return Optional.empty();
        }
        Map<String, List<Piece>> slots = new LinkedHashMap<>();
        slots.put(frame.subjectSlot(), shape.subject());
        slots.putAll(r.slots());
        return Optional.of(new Match(frame, shape, base + subjectCost + r.cost(), r.literals(), slots, r.value()));
    }

    /**
     * The pieces of a noun phrase laid over the rest of a frame ("the richest man in {scope}"):
     * how a description is read as a title or as what a relational noun says.
     */
    static Optional<Map<String, List<Piece>>> alignPhrase(List<Piece> frameRest, List<Piece> phrase) {
        Aligner.Result r = new Aligner(frameRest, phrase).best(0, 0);
        if (r == null || r.literals() == 0 || r.cost() >= DESCRIBED_SLOT) {
            return Optional.empty();
        }
        return Optional.of(r.slots());
    }

    /** The dynamic programme over frame pieces i and claim pieces j. */
    private static final class Aligner {
        private final List<Piece> frame;
        private final List<Piece> claim;
        private final Map<Long, Result> memo = new HashMap<>();
        private final boolean placeAfter;

        record Result(double cost, int literals, Map<String, List<Piece>> slots, ClaimedValue value) {
        }

        Aligner(List<Piece> frame, List<Piece> claim) {
            this(frame, claim, false);
        }

        /** {@code placeAfter}: a relation frame may be followed by where it holds ("... in China"). */
        Aligner(List<Piece> frame, List<Piece> claim, boolean placeAfter) {
            this.frame = frame;
            this.claim = claim;
            this.placeAfter = placeAfter;
        }

        Result best(int i, int j) {
            long key = ((long) i << 32) | j;
            if (memo.containsKey(key)) {
                return memo.get(key);
            }
            Result r = compute(i, j);
            memo.put(key, r);
            return r;
        }

        private Result compute(int i, int j) {
            if (i == frame.size() && j == claim.size()) {
                return new Result(0, 0, Map.of(), null);
            }
            Result best = null;
            if (placeAfter && i == frame.size() && j + 2 == claim.size() && claim.get(j).isWord()
                    && PLACE.contains(claim.get(j).lower()) && claim.get(j + 1).isName() && !claim.get(j + 1).possessive()) {
                best = new Result(PLACE_AFTER, 0, Map.of("where", List.of(claim.get(j + 1))), null);
            }
            if (j + 1 < claim.size() && i < frame.size() && claim.get(j).isName() && !claim.get(j).possessive()
                    && claim.get(j + 1).isWord() && claim.get(j + 1).nominal() && frame.get(i).isWord()
                    && sameWord(frame.get(i), claim.get(j + 1))) {
                // "AI talent" where the frame says "talent": a name used as a modifier of the frame's noun.
                best = pick(best, add(best(i, j + 1), MODIFYING_NAME, 0, null, null, null));
            }
            if (j < claim.size() && skippableClaim(j)) {
                best = pick(best, add(best(i, j + 1), SKIP_CLAIM_WORD, 0, null, null, null));
            }
            if (i < frame.size() && skippableFrame(frame.get(i))) {
                best = pick(best, add(best(i + 1, j), SKIP_FRAME_WORD, 0, null, null, null));
            }
            if (i < frame.size() && j < claim.size()) {
                Piece f = frame.get(i);
                Piece c = claim.get(j);
                if (f.isWord() && c.isWord() && sameWord(f, c)) {
                    best = pick(best, add(best(i + 1, j + 1), 0, 1, null, null, null));
                }
                if (f.isWord() && c.isName() && nameSpells(c, i)) {
                    int words = c.text().split("\\s+").length;
                    best = pick(best, add(best(i + words, j + 1), 0, words, null, null, null));
                }
                if (f.isWord() && c.isName() && f.nominal() && endsWith(c, f)) {
                    // "hires engineers from" says "hires AI engineers from": a name ending in the frame's noun.
                    best = pick(best, add(best(i + 1, j + 1), HEAD_OF_NAME, 1, null, null, null));
                }
                if (f.isName() && c.isName() && f.possessive() == c.possessive()) {
                    best = pick(best, add(best(i + 1, j + 1), 0, 0, f.ref(), List.of(c), null));
                }
                if (f.isName() && c.isName()) {
                    int end = coordinationEnd(claim, j);
                    if (end > j + 1) {
                        // "search, translation and image generation": several names in one slot.
                        best = pick(best, add(best(i + 1, end), COORDINATED, 0, f.ref(), claim.subList(j, end), null));
                    }
                }
                if (f.isName() && (c.isWord() || c.isName() && j + 1 < claim.size())) {
                    // Words naming something, a name among them: "the maker of Chatly", "Askbto".
                    for (int k = c.isName() ? j + 2 : j + 1; k <= claim.size(); k++) {
                        if (!describes(j, k, f.possessive(), i)) {
                            continue;
                        }
                        best = pick(best, add(best(i + 1, k), DESCRIBED_SLOT, 0, f.ref(), claim.subList(j, k), null));
                    }
                }
                if (f.kind() == Piece.Kind.VALUE && c.kind() == Piece.Kind.VALUE) {
                    best = pick(best, add(best(i + 1, j + 1), 0, 0, null, null, c.value()));
                }
            }
            return best;
        }

        private static boolean endsWith(Piece name, Piece noun) {
            String[] words = name.text().toLowerCase(Locale.ROOT).split("[\\s-]+");
            String last = words[words.length - 1];
            return words.length > 1 && (last.equals(noun.lower()) || noun.lemmas().contains(last)
                    || noun.lemmas().stream().anyMatch(l -> l.length() > 3 && last.startsWith(l)));
        }

        /** The literal words at frame position {@code i} spell the name: "AI" in "most popular AI application". */
        private boolean nameSpells(Piece name, int i) {
            String[] words = name.text().toLowerCase(Locale.ROOT).split("\\s+");
            if (i + words.length > frame.size()) {
                return false;
            }
            for (int k = 0; k < words.length; k++) {
                Piece f = frame.get(i + k);
                if (!f.isWord() || !f.lower().equals(words[k])) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Claim pieces {@code [j, k)} can fill a slot as a description: words of a noun phrase, a
         * possessive name among them ("the maker [of Chatly]"), a relative clause after a comma
         * allowed; never a word the frame needs next.
         */
        private boolean describes(int j, int k, boolean possessiveSlot, int i) {
            Piece last = claim.get(k - 1);
            if (last.kind() == Piece.Kind.VALUE) {
                return false;
            }
            if (last.isWord() && i + 1 < frame.size() && frame.get(i + 1).isWord() && sameWord(frame.get(i + 1), last)) {
                return false;
            }
            return !(last.isWord() && last.pos() == PartOfSpeech.ADPOSITION && k - 1 == j);
        }

        private boolean skippableClaim(int j) {
            Piece p = claim.get(j);
            if (!p.isWord()) {
                return false;
            }
            PartOfSpeech pos = p.pos();
            if (MEANINGFUL_ADVERBS.contains(p.lower())) {
                return false;
            }
            if (pos == PartOfSpeech.DETERMINER || pos == PartOfSpeech.PUNCTUATION || pos == PartOfSpeech.PARTICLE
                    || pos == PartOfSpeech.ADVERB || pos == PartOfSpeech.AUXILIARY || pos == PartOfSpeech.OTHER) {
                return true;
            }
            if (pos == PartOfSpeech.PRONOUN && (p.word().lemmas().stream().anyMatch(l -> Set.of("its", "their", "his",
                    "her", "sein", "ihr", "unser").contains(l)) || p.lower().matches("(its|their|seine?[mnrs]?|ihre?[mnrs]?)"))) {
                return true;
            }
            // An adverbial adjective ("investiert massiv in"), not one before a noun.
            return pos == PartOfSpeech.ADJECTIVE && (j + 1 >= claim.size() || !claim.get(j + 1).nominal()
                    && claim.get(j + 1).pos() != PartOfSpeech.ADJECTIVE) && p.degree() != Degree.COMPARATIVE
                    && p.degree() != Degree.SUPERLATIVE;
        }

        private static boolean skippableFrame(Piece p) {
            if (!p.isWord() || MEANINGFUL_ADVERBS.contains(p.lower())) {
                return false;
            }
            PartOfSpeech pos = p.pos();
            return pos == PartOfSpeech.DETERMINER || pos == PartOfSpeech.PUNCTUATION || pos == PartOfSpeech.ADVERB;
        }

        private static Result add(Result rest, double cost, int literals, String slot, List<Piece> filler,
                                  ClaimedValue value) {
            if (rest == null) {
                return null;
            }
            Map<String, List<Piece>> slots = rest.slots();
            if (slot != null) {
                slots = new LinkedHashMap<>(rest.slots());
                slots.put(slot, filler);
            }
            return new Result(rest.cost() + cost, rest.literals() + literals, slots, value != null ? value : rest.value());
        }

        private static Result pick(Result a, Result b) {
            if (b == null) {
                return a;
            }
            if (a == null) {
                return b;
            }
            if (Math.abs(a.cost() - b.cost()) > 1e-9) {
                return a.cost() < b.cost() ? a : b;
            }
            return a.literals() >= b.literals() ? a : b;
        }
    }

    /** "and", "und", "sowie": the words that join the last of several names. */
    static final Set<String> AND = Set.of("and", "und", "sowie", "as well as");

    /**
     * Where a list of names starting at {@code j} ends ("A, B and C", "A und B"), or {@code j}
     * when there is none.
     */
    static int coordinationEnd(List<Piece> claim, int j) {
        int k = j + 1;
        while (k + 1 < claim.size() && claim.get(k).isWord() && claim.get(k).text().equals(",") && claim.get(k + 1).isName()) {
            k += 2;
        }
        if (k + 1 < claim.size() && claim.get(k).isWord() && AND.contains(claim.get(k).lower()) && claim.get(k + 1).isName()) {
            return k + 2;
        }
        return j;
    }

    /**
     * The members of a list in a slot ("A, B and C", "search and music generation"), each its own
     * pieces; empty when {@code pieces} is no list. At least one member must be a name, so that
     * "Teams für Sprachmodelle und Daten" is not cut where no list is meant.
     */
    static List<List<Piece>> coordinated(List<Piece> pieces) {
        List<List<Piece>> members = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        boolean joined = false;
        for (Piece p : pieces) {
            boolean separator = p.isWord() && (p.text().equals(",") || AND.contains(p.lower()));
            if (separator) {
                joined |= AND.contains(p.lower());
                if (current.isEmpty()) {
                    return List.of();
                }
                members.add(current);
                current = new ArrayList<>();
            } else {
                current.add(p);
            }
        }
        if (current.isEmpty() || !joined) {
            return List.of();
        }
        members.add(current);
        // "A, B und C", "the motorway and the railway": a member is a name, with its article or not.
        boolean aName = members.stream().anyMatch(m -> m.get(m.size() - 1).isName()
                && m.subList(0, m.size() - 1).stream().allMatch(p -> p.isWord() && p.pos() == PartOfSpeech.DETERMINER));
        return members.size() >= 2 && aName ? members : List.of();
    }

    /** Two words are the same when they share a lemma and, for adjectives, the degree. */
    static boolean sameWord(Piece a, Piece b) {
        Degree da = a.degree() == null ? Degree.POSITIVE : a.degree();
        Degree db = b.degree() == null ? Degree.POSITIVE : b.degree();
        if (da != db && (a.pos() == PartOfSpeech.ADJECTIVE || b.pos() == PartOfSpeech.ADJECTIVE)) {
            return false;
        }
        if (a.lower().equals(b.lower())) {
            return true;
        }
        // "im Hafenviertel" where the frame says "in {object}": the contraction holds the preposition.
        if (org.factquiz.language.Contractions.preposition(b.lower()).filter(a.lower()::equals).isPresent()
                || org.factquiz.language.Contractions.preposition(a.lower()).filter(b.lower()::equals).isPresent()) {
            return true;
        }
        for (String lemma : a.lemmas()) {
            if (lemma.length() > 1 && b.lemmas().contains(lemma)) {
                return true;
            }
        }
        return false;
    }
}
