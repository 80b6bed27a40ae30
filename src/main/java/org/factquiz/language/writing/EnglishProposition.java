package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.Inflector;
import org.factquiz.language.Token;
import org.factquiz.language.VerbForm;
import org.factquiz.language.WordForm;
import org.factquiz.language.writing.Slotted.Piece;
import org.factquiz.model.Language;

/**
 * An English clause: subject, finite verb, rest. The finite verb agrees with the subject; a
 * question inverts an auxiliary ("why is Chatly saturated ...") or takes "do" ("why does Acme
 * need ..."); an adverb such as "possibly" or "also" goes after "be", an auxiliary or a modal, and
 * before any other verb ("The United States possibly exerts ...").
 */
final class EnglishProposition extends Proposition {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "am");
    private static final Set<String> HAVE = Set.of("has", "have", "had");
    private static final Set<String> MODALS = Set.of("can", "could", "will", "would", "may", "might", "must", "should",
            "shall");
    private static final Set<String> DO = Set.of("do", "does", "did");

    private enum Kind { BE, HAVE_AUXILIARY, MODAL, DO, LEXICAL }

    /** A finite verb with the adverbs before it and what follows it. */
    private record Predicate(Kind kind, String finite, String base, boolean past, boolean agrees, List<Piece> before,
                             List<Piece> rest) {
    }

    private final List<Piece> vorfeld;
    private final Map<String, Term> fillers;
    private final List<Predicate> predicates;
    private final String conjunction;

    private EnglishProposition(List<Piece> vorfeld, Map<String, Term> fillers, List<Predicate> predicates,
                          String conjunction) {
        this.vorfeld = List.copyOf(vorfeld);
        this.fillers = Map.copyOf(fillers);
        this.predicates = List.copyOf(predicates);
        this.conjunction = conjunction;
    }

    static Optional<Proposition> read(Slotted slotted, Map<String, Term> fillers) {
        List<Piece> pieces = slotted.pieces();
        int firstSlot = -1;
        for (int i = 0; i < pieces.size() && firstSlot < 0; i++) {
            if (pieces.get(i).isSlot()) {
                firstSlot = i;
            }
        }
        if (firstSlot < 0 || pieces.stream().anyMatch(p -> !p.isSlot() && p.word().contains(","))) {
            return Optional.empty();
        }
        int finite = -1;
        for (int i = firstSlot + 1; i < pieces.size() && finite < 0; i++) {
            Piece p = pieces.get(i);
            if (p.isSlot()) {
                break;
            }
            String w = p.word().toLowerCase(Locale.ROOT);
            boolean adverb = w.endsWith("ly") || Set.of("no", "longer", "also", "never", "not", "still", "only", "already",
                    "now", "today").contains(w);
            if (!adverb || isVerbForm(w)) {
                finite = i;
            }
        }
        if (finite < 0) {
            return Optional.empty();
        }
        List<Piece> vorfeld = pieces.subList(0, firstSlot + 1);
        boolean subjectFirst = firstSlot == 0 && GermanProposition.isSubjectSlot(pieces.get(0).slot());
        Optional<Predicate> predicate = predicate(pieces.get(finite).word(), pieces.subList(firstSlot + 1, finite),
                pieces.subList(finite + 1, pieces.size()), subjectFirst);
        return predicate.map(p -> new EnglishProposition(vorfeld, fillers, List.of(p), null));
    }

    private static boolean isVerbForm(String w) {
        return BE.contains(w) || HAVE.contains(w) || MODALS.contains(w) || DO.contains(w)
                || Readings.forms(w, Language.EN).stream().anyMatch(f -> f.pos().isVerbal() && f.verbForm() == VerbForm.FINITE);
    }

    private static Optional<Predicate> predicate(String finite, List<Piece> before, List<Piece> rest, boolean agrees) {
        String w = finite.toLowerCase(Locale.ROOT);
        if (BE.contains(w)) {
            return Optional.of(new Predicate(Kind.BE, w, "be", w.equals("was") || w.equals("were"), agrees, before, rest));
        }
        if (MODALS.contains(w)) {
            return Optional.of(new Predicate(Kind.MODAL, w, w, false, false, before, rest));
        }
        if (DO.contains(w)) {
            return Optional.of(new Predicate(Kind.DO, w, "do", w.equals("did"), agrees, before, rest));
        }
        if (HAVE.contains(w)) {
            boolean auxiliary = !rest.isEmpty() && !rest.get(0).isSlot() && isParticiple(rest.get(0).word());
            return Optional.of(new Predicate(auxiliary ? Kind.HAVE_AUXILIARY : Kind.LEXICAL, w, "have",
                    w.equals("had"), agrees, before, rest));
        }
        Token token = Readings.of(w, Language.EN);
        List<String> candidates = new ArrayList<>();
        candidates.add(token.lemma().toLowerCase(Locale.ROOT));
        for (WordForm f : token.forms()) {
            if (f.pos().isVerbal()) {
                candidates.add(f.lemma());
            }
        }
        // An inflected form first ("needs": need); the word itself is a base form only when nothing inflects to it.
        for (String c : candidates) {
            if (!c.equals(w) && Inflector.thirdPerson(c).equals(w)) {
                return Optional.of(new Predicate(Kind.LEXICAL, w, c, false, agrees, before, rest));
            }
            if (!c.equals(w) && Inflector.past(c).equals(w)) {
                return Optional.of(new Predicate(Kind.LEXICAL, w, c, true, agrees, before, rest));
            }
        }
        return Optional.of(new Predicate(Kind.LEXICAL, w, w, false, agrees, before, rest));
    }

    private static boolean isParticiple(String word) {
        return Readings.forms(word.toLowerCase(Locale.ROOT), Language.EN).stream()
                .anyMatch(f -> f.pos().isVerbal() && f.verbForm() == VerbForm.PAST_PARTICIPLE);
    }

    @Override
    public Language language() {
        return Language.EN;
    }

    @Override
    public Optional<Term> subject() {
        return subjectFirst() ? Optional.of(fillers.get(vorfeld.get(0).slot())) : Optional.empty();
    }

    private boolean subjectFirst() {
        return vorfeld.size() == 1 && vorfeld.get(0).isSlot() && GermanProposition.isSubjectSlot(vorfeld.get(0).slot());
    }

    private GrammaticalNumber subjectNumber() {
        return subject().map(Term::number).orElse(GrammaticalNumber.SINGULAR);
    }

    /** The finite verb in agreement with the subject. */
    private String finite(Predicate p) {
        if (!p.agrees()) {
            return p.finite();
        }
        boolean plural = subjectNumber() == GrammaticalNumber.PLURAL;
        return switch (p.kind()) {
            case BE -> p.past() ? (plural ? "were" : "was") : (plural ? "are" : "is");
            case HAVE_AUXILIARY -> p.past() ? "had" : plural ? "have" : "has";
            case DO -> p.past() ? "did" : plural ? "do" : "does";
            case MODAL -> p.finite();
            case LEXICAL -> p.past() ? p.finite() : plural ? p.base() : Inflector.thirdPerson(p.base());
        };
    }

    private String doForm(Predicate p) {
        return p.past() ? "did" : subjectNumber() == GrammaticalNumber.PLURAL ? "do" : "does";
    }

    private boolean auxiliary(Predicate p) {
        return p.kind() != Kind.LEXICAL;
    }

    @Override
    public String sentence(String fronted, String adverb) {
        List<String> words = new ArrayList<>();
        words.add(fronted);
        words.add(render(vorfeld));
        for (int i = 0; i < predicates.size(); i++) {
            Predicate p = predicates.get(i);
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            String mid = i == 0 ? adverb : null;
            // A hedge goes before the verb's own adverbs: "possibly never recovers", not "never possibly recovers".
            if (!auxiliary(p)) {
                words.add(mid);
            }
            words.add(render(p.before()));
            words.add(finite(p));
            if (auxiliary(p)) {
                words.add(mid);
            }
            words.add(render(p.rest()));
        }
        return Slotted.join(words);
    }

    @Override
    public Optional<String> question(String word, String adverb) {
        Predicate first = predicates.get(0);
        boolean lexical = first.kind() == Kind.LEXICAL;
        if (predicates.stream().anyMatch(p -> (p.kind() == Kind.LEXICAL) != lexical) || !lexical && predicates.size() > 1) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        words.add(word);
        words.add(lexical ? doForm(first) : finite(first));
        words.add(render(vorfeld));
        words.add(adverb);
        for (int i = 0; i < predicates.size(); i++) {
            Predicate p = predicates.get(i);
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            words.add(render(p.before()));
            if (lexical) {
                words.add(p.base());
            }
            words.add(render(p.rest()));
        }
        return Optional.of(Slotted.join(words));
    }

    @Override
    public Optional<String> asking(String slot, Term question, String adverb) {
        if (subjectFirst() && vorfeld.get(0).slot().equals(slot)) {
            return Optional.of(withSubject(question).sentence(null, adverb));
        }
        if (predicates.size() != 1) {
            return Optional.empty();
        }
        Predicate p = predicates.get(0);
        List<Piece> rest = new ArrayList<>(p.rest());
        int at = -1;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).isSlot() && rest.get(i).slot().equals(slot)) {
                at = i;
            }
        }
        if (at < 0) {
            return Optional.empty();
        }
        rest.remove(at);
        if (question.isAdverbialQuestion()) {
            if (at == 0 || rest.get(at - 1).isSlot()) {
                return Optional.empty();
            }
            rest.remove(at - 1);
        }
        Predicate without = new Predicate(p.kind(), p.finite(), p.base(), p.past(), p.agrees(), p.before(), rest);
        return new EnglishProposition(vorfeld, fillers, List.of(without), conjunction).question(question.in(
                org.factquiz.language.Case.ACCUSATIVE), adverb);
    }

    @Override
    public Optional<String> subordinate(String opener, String adverb) {
        return Optional.of(Slotted.join(List.of(opener == null ? "" : opener, sentence(null, adverb))));
    }

    /** The verb in its base form, for "to ..." and after a modal: "be", "have", "need". */
    private Optional<String> base(Predicate p) {
        return switch (p.kind()) {
            case BE -> Optional.of("be");
            case HAVE_AUXILIARY -> Optional.of("have");
            case MODAL, DO -> Optional.empty();
            case LEXICAL -> Optional.of(p.base());
        };
    }

    private Optional<String> predicatesIn(java.util.function.Function<Predicate, Optional<String>> verb) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            Predicate p = predicates.get(i);
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            Optional<String> v = verb.apply(p);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            words.add(render(p.before()));
            words.add(v.get());
            words.add(render(p.rest()));
        }
        return Optional.of(Slotted.join(words));
    }

    @Override
    public Optional<String> infinitive() {
        return predicatesIn(this::base).map(rest -> "to " + rest);
    }

    @Override
    public Optional<String> withModal(String modal) {
        if (!subjectFirst()) {
            return Optional.empty();
        }
        Predicate only = predicates.size() == 1 ? predicates.get(0) : null;
        if (only != null && (only.kind() == Kind.MODAL || only.kind() == Kind.BE && !only.rest().isEmpty()
                && !only.rest().get(0).isSlot() && only.rest().get(0).word().equals("to"))) {
            // "Juice will study Ganymede", "Juice is to explore Ganymede" already say the plan: no second modal.
            return Optional.of(sentence());
        }
        String[] words = modal.strip().split("\\s+", 2);
        String verb = subjectNumber() == GrammaticalNumber.PLURAL ? Inflector.agree(words[0], GrammaticalNumber.PLURAL,
                Language.EN) : words[0];
        return predicatesIn(this::base).map(rest -> Slotted.join(List.of(render(vorfeld), verb,
                words.length > 1 ? words[1] : "", rest)));
    }

    @Override
    public Optional<String> gerund() {
        return predicatesIn(p -> switch (p.kind()) {
            case BE -> Optional.of("being");
            case HAVE_AUXILIARY -> Optional.of("having");
            case MODAL, DO -> Optional.<String>empty();
            case LEXICAL -> Optional.of(Inflector.presentParticiple(p.base()));
        }).map(rest -> Slotted.join(List.of(render(vorfeld), rest)));
    }

    @Override
    public Optional<String> relative(Term antecedent) {
        if (!subjectFirst()) {
            return Optional.empty();
        }
        EnglishProposition with = (EnglishProposition) withSubject(antecedent);
        return with.predicatesIn(p -> Optional.of(with.finite(p))).map(rest -> "that " + rest);
    }

    @Override
    public Proposition withSubject(Term subject) {
        if (!subjectFirst()) {
            return this;
        }
        Map<String, Term> with = new HashMap<>(fillers);
        with.put(vorfeld.get(0).slot(), subject);
        return new EnglishProposition(vorfeld, with, predicates, conjunction);
    }

    @Override
    public Optional<Proposition> and(Proposition other, String conjunctionWord) {
        if (!(other instanceof EnglishProposition e) || !subjectFirst() || !e.subjectFirst()
                || !GermanProposition.sameReferent(subject().get(), e.subject().get())) {
            return Optional.empty();
        }
        String tag = "#" + predicates.size();
        Map<String, Term> merged = new HashMap<>(fillers);
        List<Predicate> all = new ArrayList<>(predicates);
        for (Predicate p : e.predicates) {
            all.add(new Predicate(p.kind(), p.finite(), p.base(), p.past(), p.agrees(), renamed(p.before(), e, tag, merged),
                    renamed(p.rest(), e, tag, merged)));
        }
        return Optional.of(new EnglishProposition(vorfeld, merged, all, conjunctionWord));
    }

    private static List<Piece> renamed(List<Piece> pieces, EnglishProposition from, String tag, Map<String, Term> merged) {
        List<Piece> out = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece.isSlot()) {
                out.add(new Piece(null, piece.slot() + tag, piece.suffix()));
                merged.put(piece.slot() + tag, from.fillers.get(piece.slot()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    @Override
    boolean sameExceptSubject(Proposition other) {
        if (!(other instanceof EnglishProposition o) || !subjectFirst() || !o.subjectFirst() || !vorfeld.equals(o.vorfeld)
                || !predicates.equals(o.predicates) || !fillers.keySet().equals(o.fillers.keySet())) {
            return false;
        }
        String subject = vorfeld.get(0).slot();
        return fillers.keySet().stream().allMatch(slot -> slot.equals(subject)
                || GermanProposition.sameReferent(fillers.get(slot), o.fillers.get(slot)));
    }

    private String render(List<Piece> pieces) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isSlot()) {
                words.add(p.word());
                continue;
            }
            Term t = fillers.get(p.slot());
            if (t.isOne() && i + 1 < pieces.size() && !pieces.get(i + 1).isSlot()) {
                words.add(t.withOneWord("one"));
                words.add(Inflector.singular(pieces.get(i + 1).word()));
                i++;
                continue;
            }
            Piece before = i > 0 ? pieces.get(i - 1) : null;
            if (p.slot().equals("where") && (before == null || before.isSlot()
                    || !PREPOSITIONS.contains(before.word().toLowerCase(Locale.ROOT)))
                    && !PREPOSITIONS.contains(t.text().split(" ", 2)[0].toLowerCase(Locale.ROOT))) {
                // A place with no preposition before it is where something happens: "in Germany".
                words.add("in " + t.text());
                continue;
            }
            // "has Vinci and Max Bögl, among other things, as members": words set off after a term close before what follows.
            boolean setOff = t.wordsAfter().startsWith(", ") && i + 1 < pieces.size() && p.suffix().isEmpty();
            words.add(t.text() + p.suffix() + (setOff ? "," : ""));
        }
        return Slotted.join(words);
    }

    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "of", "from", "with", "to", "for", "by",
            "about", "over", "under", "into", "against", "since", "outside", "inside", "near", "across", "between");

    @Override
    java.util.List<Term> terms() {
        return List.copyOf(fillers.values());
    }
}
