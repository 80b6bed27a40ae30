package org.factquiz.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.model.Language;

/**
 * The German verb group and its two brackets. In a main clause the finite verb comes second
 * ("Seit 2021 wirbt Acme Talente ab") or first (after a fronted phrase the caller took off),
 * and everything else of the verb closes the clause: particles of separable verbs ("wirbt ... ab":
 * abwerben), participles ("hat ... abgeworben", "wurde ... eingeführt"), infinitives ("könnte
 * ... werden"). In a subordinate clause ("das ... herstellt", "dass ... ist") the finite verb comes
 * last. Relative and other subordinate clauses inside a main clause are skipped when looking for
 * its finite verb. "nicht", "nie" and "kein" negate the clause; they belong to its verb group.
 */
final class GermanClauses {
    private static final Set<String> SUBORDINATORS = Set.of("dass", "weil", "da", "nachdem", "bevor", "obwohl",
            "wenn", "ob", "damit", "während", "sodass", "seitdem", "als", "wie");
    private static final Set<String> RELATIVE = Set.of("der", "die", "das", "dem", "den", "dessen", "deren", "denen",
            "welcher", "welche", "welches", "welchem", "welchen");
    private static final Set<String> NEGATION = Set.of("nicht", "nie", "niemals");
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("haben", "sein");

    private GermanClauses() {
    }

    static Optional<Clause> read(Sentence s, int from, int to, Set<Integer> opaque, Set<String> knownVerbs) {
        List<Token> t = s.tokens();
        boolean verbLast = from < to && startsSubordinate(t, from);
        List<int[]> inner = subordinateSpans(t, verbLast ? from + 1 : from, to);
        int finite = -1;
        if (verbLast) {
            for (int i = to - 1; i > from && finite < 0; i--) {
                if (!opaque.contains(i) && !inside(inner, i) && isFinite(t.get(i), i, from)) {
                    finite = i;
                }
            }
        } else {
            for (int i = from; i < to && finite < 0; i++) {
                if (!opaque.contains(i) && !inside(inner, i) && isFinite(t.get(i), i, from)) {
                    finite = i;
                }
            }
        }
        if (finite < 0) {
            return Optional.empty();
        }
        int end = to;
        for (int[] span : inner) {
            if (span[0] > finite) {
                end = Math.min(end, span[0]);
            }
        }
        // The closing bracket: non-finite verbs and particles at the end of the clause (for a
        // subordinate clause, just before its finite verb).
        List<Integer> bracket = new ArrayList<>();
        int last = verbLast ? finite - 1 : end - 1;
        while (last > (verbLast ? from : finite) && t.get(last).isPunctuation()) {
            last--;
        }
        for (int i = last; i > (verbLast ? from : finite); i--) {
            if (opaque.contains(i) || !closesClause(t.get(i))) {
                break;
            }
            bracket.add(0, i);
        }
        // "Gegründet wurde Acme von Roe": a participle or infinitive alone before the finite
        // verb is the closing bracket, fronted.
        if (!verbLast && finite == from + 1 && !opaque.contains(from) && closesClause(t.get(from), true)) {
            bracket.add(0, from);
        }
        return Optional.of(Clauses.split(s, from, verbLast ? to : end,
                interpret(t, finite, bracket, negations(t, from, verbLast ? to : end, finite, opaque, inner))));
    }

    private static VerbGroup interpret(List<Token> t, int finite, List<Integer> bracket, List<Integer> negations) {
        Token fin = t.get(finite);
        WordForm finiteForm = finiteForm(fin);
        String finiteLemma = finiteForm == null ? fin.lemma() : finiteForm.lemma();
        String particle = null;
        List<Token> nonFinite = new ArrayList<>();
        for (int i : bracket) {
            Token k = t.get(i);
            if (isParticle(k) && nonFinite.isEmpty()) {
                particle = k.lower();
            } else {
                nonFinite.add(k);
            }
        }
        Modality modality = Modality.NONE;
        Tense tense = finiteForm != null && finiteForm.tense() == Tense.PAST && !finiteForm.subjunctive()
                ? Tense.PAST : Tense.PRESENT;
        Voice voice = Voice.ACTIVE;
        boolean started = false;
        String lemma;
        ModalVerbs.Modal modal = finiteForm == null ? null : ModalVerbs.modal(Language.DE, finiteLemma, finiteForm, null);
        if (nonFinite.isEmpty()) {
            lemma = particle == null ? finiteLemma : joined(particle, finiteLemma);
        } else {
            Token main = nonFinite.get(0);
            lemma = nonFiniteLemma(main);
            boolean participle = isParticiple(main);
            boolean worden = nonFinite.stream().anyMatch(k -> k.lower().equals("worden"));
            if (finiteLemma.equals("werden") && participle) {
                voice = Voice.PASSIVE;
            } else if (finiteLemma.equals("sein") && participle && worden) {
                voice = Voice.PASSIVE;
                tense = Tense.PERFECT;
            } else if (PERFECT_AUXILIARIES.contains(finiteLemma) && participle) {
                tense = tense == Tense.PAST ? Tense.PLUPERFECT : Tense.PERFECT;
            } else if (finiteLemma.equals("werden")) {
                tense = Tense.FUTURE;
                modality = Modality.INTENT;
                if (nonFinite.size() > 1 && isParticiple(nonFinite.get(0))) {
                    voice = Voice.PASSIVE;
                }
            } else if (modal != null) {
                modality = modal.modality();
                if (nonFinite.size() > 1 && isParticiple(nonFinite.get(0))) {
                    voice = Voice.PASSIVE;
                }
            } else {
                ModalVerbs.Aspect aspect = ModalVerbs.aspect(Language.DE, finiteLemma);
                if (aspect != null && aspect.aspect().equals("start")) {
                    started = true;
                }
            }
        }
        if (modal != null && nonFinite.isEmpty() && particle == null && !lemma.equals(finiteLemma)) {
            modality = modal.modality();
        }
        // "ist", "soll ... sein", "könnte ... sein", "wird ... sein": the copula, whatever governs it.
        boolean copula = lemma.equals("sein") && voice == Voice.ACTIVE
                && nonFinite.stream().noneMatch(GermanClauses::isParticiple);
        List<Integer> tokens = new ArrayList<>();
        tokens.add(finite);
        tokens.addAll(bracket);
        tokens.addAll(negations);
        tokens.sort(Integer::compare);
        GrammaticalNumber number = finiteForm == null ? null : finiteForm.number();
        return new VerbGroup(lemma, tense, voice, modality, !negations.isEmpty(), copula, started, number, finite, tokens);
    }

    /** "ab" + "werben" is "abwerben", when the dictionary knows it; else the verb alone. */
    static String joined(String particle, String verb) {
        String joined = particle + verb;
        for (WordForm f : GermanLexicon.analyse(joined)) {
            if (f.pos().isVerbal()) {
                return joined;
            }
        }
        return joined;
    }

    private static String nonFiniteLemma(Token k) {
        for (WordForm f : k.forms()) {
            if (f.pos().isVerbal() && (f.verbForm() == VerbForm.PAST_PARTICIPLE || f.verbForm() == VerbForm.INFINITIVE
                    || f.verbForm() == VerbForm.ZU_INFINITIVE)) {
                return f.lemma();
            }
        }
        return k.lemma();
    }

    private static List<Integer> negations(List<Token> t, int from, int to, int finite, Set<Integer> opaque,
                                           List<int[]> inner) {
        List<Integer> found = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (i != finite && !opaque.contains(i) && !inside(inner, i) && (NEGATION.contains(t.get(i).lower())
                    || t.get(i).lemmas().contains("kein"))) {
                found.add(i);
            }
        }
        return found;
    }

    private static boolean isFinite(Token k, int i, int from) {
        // A capitalised word inside the sentence is a noun ("Kunde", "Nutzer"), never a verb.
        if (i > from && Character.isUpperCase(k.text().charAt(0))) {
            return false;
        }
        if (k.pos() != PartOfSpeech.VERB && k.pos() != PartOfSpeech.AUXILIARY && k.forms().stream()
                .anyMatch(f -> !f.pos().isVerbal())) {
            return false;
        }
        return finiteForm(k) != null;
    }

    /** The finite reading of {@code k}, the indicative one when there is one ("gründete" is both). */
    private static WordForm finiteForm(Token k) {
        WordForm subjunctive = null;
        for (WordForm f : k.forms()) {
            if (f.isFiniteVerb()) {
                if (!f.subjunctive()) {
                    return f;
                }
                if (subjunctive == null) {
                    subjunctive = f;
                }
            }
        }
        return subjunctive;
    }

    private static boolean closesClause(Token k) {
        return closesClause(k, false);
    }

    private static boolean closesClause(Token k, boolean fronted) {
        if (isParticle(k) && !fronted) {
            return true;
        }
        return k.forms().stream().anyMatch(f -> f.pos().isVerbal() && (f.verbForm() == VerbForm.PAST_PARTICIPLE
                || f.verbForm() == VerbForm.INFINITIVE || f.verbForm() == VerbForm.ZU_INFINITIVE))
                && (fronted || !Character.isUpperCase(k.text().charAt(0)));
    }

    private static boolean isParticle(Token k) {
        // The dictionary also lists verbs as particles of old spellings ("liegen" of "liegenlassen"):
        // a word that is an infinitive closes the clause as a verb ("soll ... liegen").
        return k.forms().stream().anyMatch(f -> f.pos() == PartOfSpeech.PARTICLE && !NEGATION.contains(f.lemma()))
                && k.forms().stream().noneMatch(f -> f.verbForm() == VerbForm.INFINITIVE)
                && !Character.isUpperCase(k.text().charAt(0));
    }

    private static boolean isParticiple(Token k) {
        return k.forms().stream().anyMatch(f -> f.verbForm() == VerbForm.PAST_PARTICIPLE);
    }

    /**
     * A subordinator ("dass", "nachdem"), or a relative pronoun right after a comma ("..., das
     * Chatly herstellt"): the tagger often takes the pronoun for an article.
     */
    private static boolean startsSubordinate(List<Token> t, int i) {
        String w = t.get(i).lower();
        boolean afterComma = i > 0 && t.get(i - 1).text().equals(",");
        return SUBORDINATORS.contains(w) && (t.get(i).pos() == PartOfSpeech.SUBORDINATOR || afterComma)
                || RELATIVE.contains(w) && afterComma
                || w.equals("dass") || w.equals("nachdem") || w.equals("bevor");
    }

    /** Stretches from a comma followed by a relative pronoun or subordinator to the next comma. */
    private static List<int[]> subordinateSpans(List<Token> t, int from, int to) {
        List<int[]> spans = new ArrayList<>();
        for (int i = from; i < to; i++) {
            boolean opens = i > from && t.get(i - 1).text().equals(",") && startsSubordinate(t, i);
            if (opens) {
                int end = i + 1;
                while (end < to && !t.get(end).text().equals(",")) {
                    end++;
                }
                spans.add(new int[] {i - 1, Math.min(end + 1, to)});
                i = end;
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int i) {
        for (int[] span : spans) {
            if (i >= span[0] && i < span[1]) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
