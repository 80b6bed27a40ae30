package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Article;
import org.factquiz.language.Case;
import org.factquiz.language.Contractions;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.Inflector;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Tense;
import org.factquiz.language.VerbForm;
import org.factquiz.language.WordForm;
import org.factquiz.language.writing.Slotted.Piece;
import org.factquiz.model.Language;

/**
 * A German clause: the Vorfeld of its template (the subject, as templates start), the finite verb
 * and the rest (Mittelfeld and the verbs and particle that close it). Main clauses put the finite
 * verb second, after whatever is fronted; subordinate and relative clauses put it last, joined with
 * its separable particle ("herstellt"); an infinitive takes "zu" ("auszubauen"). A slot's case
 * comes from its place: the subject is nominative, a slot after a preposition takes the
 * preposition's case (german-prepositions.tsv, german-valency.tsv), a bare object the accusative (the
 * dative for "gehören" and its kind), a complement of "sein" the nominative.
 */
final class GermanProposition extends Proposition {
    private static final Set<String> COPULAS = Set.of("sein", "werden", "bleiben");
    private static final Set<String> REFLEXIVES = Set.of("sich");
    private static final Set<String> MODAL_LEMMAS = Set.of("sollen", "wollen", "müssen", "können", "dürfen",
            "mögen");

    /** A finite verb with what follows it; {@code agrees} when it takes the subject's number. */
    private record Predicate(String finite, String lemma, String particle, boolean agrees, List<Piece> rest,
                             Map<String, Case> cases) {
        /** The rest without the separable particle, which closes a main clause and joins the verb otherwise. */
        List<Piece> body() {
            return particle == null ? rest : rest.subList(0, rest.size() - 1);
        }
    }

    private final List<Piece> vorfeld;
    private final Map<String, Case> vorfeldCases;
    private final Map<String, Term> fillers;
    private final List<Predicate> predicates;
    private final String conjunction;

    private GermanProposition(List<Piece> vorfeld, Map<String, Case> vorfeldCases, Map<String, Term> fillers,
                         List<Predicate> predicates, String conjunction) {
        this.vorfeld = List.copyOf(vorfeld);
        this.vorfeldCases = Map.copyOf(vorfeldCases);
        this.fillers = Map.copyOf(fillers);
        this.predicates = List.copyOf(predicates);
        this.conjunction = conjunction;
    }

    static Optional<Proposition> read(Slotted slotted, Map<String, Term> fillers) {
        List<Piece> pieces = slotted.pieces();
        int finite = -1;
        for (int i = 1; i < pieces.size() && finite < 0; i++) {
            if (!pieces.get(i).isSlot() && finiteReading(pieces.get(i).word()) != null) {
                finite = i;
            }
        }
        if (finite < 0 || pieces.stream().anyMatch(p -> !p.isSlot() && p.word().contains(","))) {
            return Optional.empty();
        }
        List<Piece> vorfeld = pieces.subList(0, finite);
        boolean subjectFirst = vorfeld.size() == 1 && vorfeld.get(0).isSlot() && isSubjectSlot(vorfeld.get(0).slot());
        Predicate predicate = predicate(pieces.get(finite).word(), pieces.subList(finite + 1, pieces.size()),
                subjectFirst);
        Map<String, Case> vorfeldCases = new HashMap<>();
        if (subjectFirst) {
            vorfeldCases.put(vorfeld.get(0).slot(), Case.NOMINATIVE);
        } else {
            cases(vorfeld, mainLemma(predicate), false, vorfeldCases);
        }
        return Optional.of(new GermanProposition(vorfeld, vorfeldCases, fillers, List.of(predicate), null));
    }

    static boolean isSubjectSlot(String slot) {
        return slot.equals("subject") || slot.equals("holder");
    }

    private static WordForm finiteReading(String word) {
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return null;
        }
        for (WordForm f : Readings.forms(word, Language.DE)) {
            if (f.isFiniteVerb()) {
                return f;
            }
        }
        return null;
    }

    private static Predicate predicate(String finite, List<Piece> rest, boolean agrees) {
        WordForm reading = finiteReading(finite);
        String lemma = reading.lemma();
        String particle = null;
        if (!rest.isEmpty() && !rest.get(rest.size() - 1).isSlot()) {
            String last = rest.get(rest.size() - 1).word();
            String joined = last + lemma;
            if (!last.isEmpty() && Character.isLowerCase(last.charAt(0)) && isVerb(joined)
                    && Inflector.germanVerb(joined, org.factquiz.language.Person.THIRD, GrammaticalNumber.SINGULAR,
                    Tense.PRESENT).particle().equals(last)) {
                particle = last;
                lemma = joined;
            }
        }
        Predicate draft = new Predicate(finite, lemma, particle, agrees, rest, Map.of());
        Map<String, Case> cases = new HashMap<>();
        cases(rest, mainLemma(draft), COPULAS.contains(reading.lemma()) && !endsWithVerb(draft), cases);
        return new Predicate(finite, lemma, particle, agrees, rest, cases);
    }

    private static boolean isVerb(String word) {
        return Readings.forms(word, Language.DE).stream().anyMatch(f -> f.pos().isVerbal()
                && f.verbForm() == VerbForm.INFINITIVE);
    }

    /** The verb whose valency decides: the participle or infinitive that closes the clause, else the finite verb. */
    private static String mainLemma(Predicate p) {
        List<Piece> body = p.body();
        if (!body.isEmpty() && !body.get(body.size() - 1).isSlot()) {
            for (WordForm f : Readings.forms(body.get(body.size() - 1).word(), Language.DE)) {
                if (f.pos().isVerbal() && (f.verbForm() == VerbForm.PAST_PARTICIPLE || f.verbForm() == VerbForm.INFINITIVE)) {
                    return f.lemma();
                }
            }
        }
        return p.lemma();
    }

    private static boolean endsWithVerb(Predicate p) {
        return !mainLemma(p).equals(p.lemma());
    }

    /** The case of each slot of {@code pieces}, by what stands before it. */
    private static void cases(List<Piece> pieces, String verb, boolean copula, Map<String, Case> out) {
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isSlot() || !p.suffix().isEmpty()) {
                continue;
            }
            Piece before = i > 0 ? pieces.get(i - 1) : null;
            if (before == null || before.isSlot()) {
                out.put(p.slot(), copula ? Case.NOMINATIVE : GermanGovernment.object(verb));
                continue;
            }
            String word = before.word();
            if (GermanGovernment.isContracted(word)) {
                continue;
            }
            if (GermanGovernment.isPreposition(word)) {
                List<String> governors = new ArrayList<>();
                if (i > 1 && !pieces.get(i - 2).isSlot()) {
                    governors.add(pieces.get(i - 2).word());
                }
                governors.add(verb);
                GermanGovernment.after(word, governors).ifPresent(c -> out.put(p.slot(), c));
                continue;
            }
            if (isArticleOrNoun(word)) {
                // "zum Konsortium {object}", "der {of}": the template writes the name's article or noun itself.
                continue;
            }
            out.put(p.slot(), copula ? Case.NOMINATIVE : GermanGovernment.object(verb));
        }
    }

    private static boolean isArticleOrNoun(String word) {
        if (Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        return Readings.forms(word, Language.DE).stream().anyMatch(f -> f.pos() == PartOfSpeech.DETERMINER)
                && Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines")
                .contains(word.toLowerCase(Locale.ROOT));
    }

    @Override
    public Language language() {
        return Language.DE;
    }

    @Override
    public Optional<Term> subject() {
        return subjectFirst() ? Optional.of(fillers.get(vorfeld.get(0).slot())) : Optional.empty();
    }

    private boolean subjectFirst() {
        return vorfeld.size() == 1 && vorfeld.get(0).isSlot() && isSubjectSlot(vorfeld.get(0).slot());
    }

    private GrammaticalNumber subjectNumber() {
        return subject().map(Term::number).orElse(GrammaticalNumber.SINGULAR);
    }

    private String finite(Predicate p) {
        return p.agrees() ? Inflector.agree(p.finite(), subjectNumber(), Language.DE) : p.finite();
    }

    /** The finite verb as a subordinate clause ends: its particle joined to it ("herstellt"). */
    private String finiteLast(Predicate p) {
        return (p.particle() == null ? "" : p.particle()) + finite(p);
    }

    private String vorfeldText() {
        return render(vorfeld, vorfeldCases);
    }

    @Override
    public String sentence(String fronted, String adverb) {
        if (fronted == null) {
            return mainClause(vorfeldText(), null, adverb);
        }
        if (subject().map(Term::isQuestion).orElse(false)) {
            // "Welches Unternehmen ist laut Brancheninsidern ...": a question word keeps the front.
            // Moved into the Mittelfeld, a fronted attribution loses the capital it had at the start.
            String moved = fronted.isEmpty() ? fronted : fronted.substring(0, 1).toLowerCase(Locale.ROOT)
                    + fronted.substring(1);
            return mainClause(vorfeldText(), null, Slotted.join(List.of(moved, adverb == null ? "" : adverb)));
        }
        return mainClause(fronted, vorfeldText(), adverb);
    }

    /** {@code front}, the finite verb, {@code afterVerb}, {@code middle} and the rest; then the other predicates. */
    private String mainClause(String front, String afterVerb, String middle) {
        List<String> words = new ArrayList<>();
        words.add(front);
        for (int i = 0; i < predicates.size(); i++) {
            Predicate p = predicates.get(i);
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            words.add(finite(p));
            if (i == 0) {
                words.add(afterVerb);
            }
            words.add(restWithMiddle(p, i == 0 ? middle : null, false));
        }
        return Slotted.join(words);
    }

    /** The predicate's rest with {@code middle} at the start of the Mittelfeld, after a reflexive pronoun. */
    private String restWithMiddle(Predicate p, String middle, boolean verbLast) {
        List<Piece> rest = verbLast ? p.body() : p.rest();
        int at = 0;
        while (at < rest.size() && !rest.get(at).isSlot() && REFLEXIVES.contains(rest.get(at).word())) {
            at++;
        }
        return Slotted.join(List.of(render(rest.subList(0, at), p.cases()), middle == null ? "" : middle,
                render(rest.subList(at, rest.size()), p.cases())));
    }

    @Override
    public Optional<String> question(String word, String adverb) {
        return Optional.of(mainClause(word, vorfeldText(), adverb));
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
        int at = -1;
        for (int i = 0; i < p.rest().size(); i++) {
            if (p.rest().get(i).isSlot() && p.rest().get(i).slot().equals(slot)) {
                at = i;
            }
        }
        Case c = p.cases().get(slot);
        if (at < 0 || c == null) {
            return Optional.empty();
        }
        List<Piece> rest = new ArrayList<>(p.rest());
        Piece before = at > 0 ? rest.get(at - 1) : null;
        String front;
        if (before != null && !before.isSlot() && GermanGovernment.isPreposition(before.word())) {
            front = question.isAdverbialQuestion() ? question.text() : question.afterPreposition(before.word(), c);
            rest.remove(at);
            rest.remove(at - 1);
        } else {
            if (question.isAdverbialQuestion()) {
                return Optional.empty();
            }
            front = question.in(c);
            rest.remove(at);
        }
        Predicate without = new Predicate(p.finite(), p.lemma(), p.particle(), p.agrees(), rest, p.cases());
        GermanProposition asked = new GermanProposition(vorfeld, vorfeldCases, fillers, List.of(without), conjunction);
        return Optional.of(Slotted.join(List.of(front, asked.finite(without), asked.vorfeldText(),
                asked.restWithMiddle(without, adverb, false))));
    }

    @Override
    public Optional<String> subordinate(String opener, String adverb) {
        List<String> words = new ArrayList<>();
        words.add(opener);
        words.add(vorfeldText());
        for (int i = 0; i < predicates.size(); i++) {
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            Predicate p = predicates.get(i);
            words.add(restWithMiddle(p, i == 0 ? adverb : null, true));
            words.add(finiteLast(p));
        }
        return Optional.of(Slotted.join(words));
    }

    @Override
    public Optional<String> infinitive() {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            Predicate p = predicates.get(i);
            words.add(restWithMiddle(p, null, true));
            String stem = p.particle() == null ? p.lemma() : p.lemma().substring(p.particle().length());
            words.add(p.particle() == null ? "zu " + stem : p.particle() + "zu" + stem);
        }
        return Optional.of(Slotted.join(words));
    }

    @Override
    public Optional<String> withModal(String modal) {
        if (!subjectFirst()) {
            return Optional.empty();
        }
        if (predicates.size() == 1 && MODAL_LEMMAS.contains(predicates.get(0).lemma())) {
            // "Juice soll Ganymed untersuchen" already says the plan: no second modal verb.
            return Optional.of(sentence());
        }
        List<String> words = new ArrayList<>();
        words.add(vorfeldText());
        words.add(Inflector.agree(modal, subjectNumber(), Language.DE));
        for (int i = 0; i < predicates.size(); i++) {
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            Predicate p = predicates.get(i);
            words.add(restWithMiddle(p, null, true));
            words.add(p.lemma());
        }
        return Optional.of(Slotted.join(words));
    }

    @Override
    public Optional<String> gerund() {
        return Optional.empty();
    }

    @Override
    public Optional<String> relative(Term antecedent) {
        if (!subjectFirst()) {
            return Optional.empty();
        }
        String pronoun = Inflector.article(Article.DEFINITE, Case.NOMINATIVE, antecedent.number(),
                antecedent.gender() == null ? org.factquiz.language.Gender.NEUTER : antecedent.gender());
        GermanProposition with = (GermanProposition) withSubject(antecedent);
        List<String> words = new ArrayList<>();
        words.add(pronoun);
        for (int i = 0; i < predicates.size(); i++) {
            if (i > 0) {
                words.add(i == predicates.size() - 1 ? conjunction : ",");
            }
            Predicate p = predicates.get(i);
            words.add(with.restWithMiddle(p, null, true));
            words.add(with.finiteLast(p));
        }
        return Optional.of(Slotted.join(words));
    }

    @Override
    public Proposition withSubject(Term subject) {
        if (!subjectFirst()) {
            return this;
        }
        Map<String, Term> with = new HashMap<>(fillers);
        with.put(vorfeld.get(0).slot(), subject);
        return new GermanProposition(vorfeld, vorfeldCases, with, predicates, conjunction);
    }

    @Override
    public Optional<Proposition> and(Proposition other, String conjunctionWord) {
        if (!(other instanceof GermanProposition g) || !subjectFirst() || !g.subjectFirst()
                || !sameReferent(subject().get(), g.subject().get())) {
            return Optional.empty();
        }
        // The other's slots are renamed so that both predicates keep their own fillers.
        String tag = "#" + predicates.size();
        Map<String, Term> merged = new HashMap<>(fillers);
        List<Predicate> all = new ArrayList<>(predicates);
        for (Predicate p : g.predicates) {
            List<Piece> rest = new ArrayList<>();
            Map<String, Case> cases = new HashMap<>();
            for (Piece piece : p.rest()) {
                if (piece.isSlot()) {
                    String renamed = piece.slot() + tag;
                    rest.add(new Piece(null, renamed, piece.suffix()));
                    merged.put(renamed, g.fillers.get(piece.slot()));
                    if (p.cases().containsKey(piece.slot())) {
                        cases.put(renamed, p.cases().get(piece.slot()));
                    }
                } else {
                    rest.add(piece);
                }
            }
            all.add(new Predicate(p.finite(), p.lemma(), p.particle(), p.agrees(), rest, cases));
        }
        return Optional.of(new GermanProposition(vorfeld, vorfeldCases, merged, all, conjunctionWord));
    }

    static boolean sameReferent(Term a, Term b) {
        return a.key() != null ? a.key().equals(b.key()) : a.text().equals(b.text());
    }

    /** The pieces with their slots filled in their cases; an amount of one makes the noun after it singular. */
    @Override
    boolean sameExceptSubject(Proposition other) {
        if (!(other instanceof GermanProposition o) || !subjectFirst() || !o.subjectFirst() || !vorfeld.equals(o.vorfeld)
                || !predicates.equals(o.predicates) || !fillers.keySet().equals(o.fillers.keySet())) {
            return false;
        }
        String subject = vorfeld.get(0).slot();
        return fillers.keySet().stream().allMatch(slot -> slot.equals(subject)
                || GermanProposition.sameReferent(fillers.get(slot), o.fillers.get(slot)));
    }

    private String render(List<Piece> pieces, Map<String, Case> cases) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.isSlot()) {
                words.add(p.word());
                continue;
            }
            Term t = fillers.get(p.slot());
            Case c = cases.get(p.slot());
            if (t.isOne() && i + 1 < pieces.size() && !pieces.get(i + 1).isSlot()) {
                Optional<String[]> one = oneOf(t, pieces.get(i + 1).word(), c == null ? Case.NOMINATIVE : c);
                if (one.isPresent()) {
                    words.add(one.get()[0]);
                    words.add(one.get()[1]);
                    i++;
                    continue;
                }
            }
            Piece before = i > 0 ? pieces.get(i - 1) : null;
            if (p.slot().equals("where") && (before == null || before.isSlot() || !GermanGovernment.isPreposition(before.word()))
                    && !GermanGovernment.isPreposition(t.text().split(" ", 2)[0])) {
                // A place with no preposition before it is where something happens: "in Deutschland".
                words.add(contracted("in", t.in(Case.DATIVE), t, null) == null ? "in " + t.in(Case.DATIVE)
                        : contracted("in", t.in(Case.DATIVE), t, null));
                continue;
            }
            if (before != null && !before.isSlot() && GermanGovernment.isContracted(before.word()) && !words.isEmpty()
                    && words.get(words.size() - 1).equals(before.word())) {
                // "zur {object}": a name with its own article takes the preposition and its own article
                // ("zur Öresundverbindung", "zu den Tunnelelementen"); a bare name follows as it is.
                String preposition = Contractions.preposition(before.word()).orElse(null);
                String form = t.in(before.word().equalsIgnoreCase("ins") ? Case.ACCUSATIVE : Case.DATIVE);
                if (preposition != null && isArticle(form.split(" ", 2)[0])) {
                    String joined = contracted(preposition, form, t, null);
                    words.set(words.size() - 1, (joined == null ? preposition + " " + form : joined) + p.suffix());
                    continue;
                }
            }
            if (c != null && !t.wordsBefore().isEmpty() && before != null && !before.isSlot() && !words.isEmpty()
                    && GermanGovernment.isPreposition(before.word()) && words.get(words.size() - 1).equals(before.word())) {
                // "unter anderem mit Globex", not "mit unter anderem Globex": the words before a list go before its preposition.
                words.set(words.size() - 1, t.wordsBefore() + " " + before.word());
                words.add(t.withoutWordsBefore(c) + p.suffix());
                continue;
            }
            if (c == null && before != null && !before.isSlot() && isArticle(before.word()) && p.suffix().isEmpty()) {
                // "der {scope}": the template writes the article; the name takes its case, without its own.
                words.add(withoutArticle(t, before.word()));
                continue;
            }
            String text = c == null ? t.text() : t.in(c);
            if (c != null && before != null && !before.isSlot() && !words.isEmpty()
                    && words.get(words.size() - 1).equals(before.word())) {
                String joined = contracted(before.word(), text, t, i > 1 ? pieces.get(i - 2) : null);
                if (joined != null) {
                    words.set(words.size() - 1, joined);
                    continue;
                }
            }
            words.add(text + p.suffix());
        }
        return Slotted.join(words);
    }

    @Override
    List<Term> terms() {
        return List.copyOf(fillers.values());
    }

    private static final Map<String, String> CONTRACTIONS = Map.of("von dem", "vom", "zu dem", "zum", "zu der", "zur",
            "in dem", "im", "an dem", "am", "bei dem", "beim", "in das", "ins");
    private static final Set<String> ARTICLES = Set.of("der", "die", "das", "den", "dem", "des");

    private static boolean isArticle(String word) {
        return ARTICLES.contains(word);
    }

    /**
     * A preposition and the phrase after it as German writes them: "vom", "im", "zur" for the
     * preposition and a definite article; after a noun, "von" and a phrase with its article are
     * the genitive ("der Bau des Tunnels", not "der Bau von dem Tunnel"). Null when neither applies.
     */
    private static String contracted(String preposition, String phrase, Term t, Piece beforePreposition) {
        String[] words = phrase.split(" ", 2);
        if (words.length < 2 || !ARTICLES.contains(words[0])) {
            return null;
        }
        boolean afterNoun = beforePreposition != null && !beforePreposition.isSlot()
                && Character.isUpperCase(beforePreposition.word().charAt(0));
        if (preposition.equals("von") && afterNoun && !t.isName()) {
            return t.in(Case.GENITIVE);
        }
        String contraction = CONTRACTIONS.get(preposition + " " + words[0]);
        return contraction == null ? null : contraction + " " + words[1];
    }

    /** The term without its article, in the case whose definite article is {@code article} (the genitive first). */
    private static String withoutArticle(Term t, String article) {
        for (Case c : List.of(Case.GENITIVE, Case.DATIVE, Case.ACCUSATIVE, Case.NOMINATIVE)) {
            String form = t.in(c);
            String[] words = form.split(" ", 2);
            if (words.length == 2 && words[0].equals(article)) {
                return words[1];
            }
        }
        return t.text();
    }

    /** "einen Tag", "einem Element": the number word declined with the unit noun, which becomes singular. */
    private static Optional<String[]> oneOf(Term amount, String unit, Case c) {
        for (WordForm f : Readings.forms(unit, Language.DE)) {
            if (f.pos() == PartOfSpeech.NOUN && f.gender() != null) {
                String article = Inflector.article(Article.INDEFINITE, c, GrammaticalNumber.SINGULAR, f.gender());
                String noun = Inflector.noun(f.lemma(), c, GrammaticalNumber.SINGULAR);
                return Optional.of(new String[] {amount.withOneWord(article), noun});
            }
        }
        return Optional.empty();
    }
}
