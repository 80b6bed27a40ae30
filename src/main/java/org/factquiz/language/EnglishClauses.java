package org.factquiz.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.factquiz.model.Language;

/**
 * The English verb group: auxiliaries (be, have, do), modals and the phrases that act as them
 * ("will", "is going to", "is expected to", "plans to"), negation, "began hiring", and the main
 * verb that ends it. The group is first taken as written, then read for tense, voice and modality.
 */
final class EnglishClauses {
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "am");
    private static final Set<String> HAVE = Set.of("has", "have", "had", "having");
    private static final Set<String> DO = Set.of("does", "do", "did");
    private static final Set<String> NEGATION = Set.of("not", "n't", "never");
    private static final Set<String> PLURAL_FORMS = Set.of("are", "were", "have", "do");
    private static final Set<String> PAST_FORMS = Set.of("was", "were", "had", "did");
    /** Adverbs that belong to what follows the verb ("has more users"), never to the verb group. */
    private static final Set<String> COMPARING = Set.of("more", "less", "fewer", "most", "least", "than");

    private EnglishClauses() {
    }

    private static final Set<String> RELATIVE = Set.of("that", "which", "who");

    static Optional<Clause> read(Sentence s, int from, int to, Set<Integer> opaque, Set<String> knownVerbs) {
        List<Token> t = s.tokens();
        List<Integer> relative = null;
        for (int start = from + 1; start < to; start++) {
            if (opaque.contains(start) || !startsGroup(t, start, knownVerbs)) {
                continue;
            }
            List<Integer> group = group(t, start, to, opaque, knownVerbs);
            // "The company that makes X also owns Y": the verb of a relative clause is not the clause's.
            if (!group.isEmpty() && relative == null && start - 1 > from && RELATIVE.contains(t.get(start - 1).lower())) {
                relative = new ArrayList<>(group);
                start = group.get(group.size() - 1);
                continue;
            }
            if (!group.isEmpty()) {
                // "never made", "not only": a negation just before the group belongs to it.
                if (start - 1 > from && NEGATION.contains(t.get(start - 1).lower())) {
                    group.add(0, start - 1);
                }
                negatingDeterminers(t, group.get(group.size() - 1) + 1, to, opaque, group);
                return Optional.of(Clauses.split(s, from, to, interpret(t, group)));
            }
        }
        if (relative != null) {
            return Optional.of(Clauses.split(s, from, to, interpret(t, relative)));
        }
        return Optional.empty();
    }

    /** "has no chips": a "no" before a noun after the verb negates the clause and joins its group. */
    private static void negatingDeterminers(List<Token> t, int from, int to, Set<Integer> opaque, List<Integer> group) {
        for (int i = from; i < to; i++) {
            if (!opaque.contains(i) && t.get(i).lower().equals("no") && i + 1 < to
                    && t.get(i + 1).pos() != PartOfSpeech.PUNCTUATION) {
                group.add(i);
            }
        }
    }

    /** The words of the group starting at {@code start}, up to and including its main verb. */
    private static List<Integer> group(List<Token> t, int start, int to, Set<Integer> opaque, Set<String> knownVerbs) {
        List<Integer> group = new ArrayList<>();
        for (int j = start; j < to && !opaque.contains(j); j++) {
            if (!group.isEmpty() && group.get(group.size() - 1) != j - 1) {
                break;
            }
            Token k = t.get(j);
            String w = k.lower();
            String next = j + 1 < to && !opaque.contains(j + 1) ? t.get(j + 1).lower() : "";
            String previous = group.isEmpty() ? "" : t.get(group.get(group.size() - 1)).lower();
            if (isAuxiliary(w) || isBareModal(w) || NEGATION.contains(w)) {
                group.add(j);
                continue;
            }
            if (w.equals("to") && !group.isEmpty() && !next.isEmpty()) {
                group.add(j);
                continue;
            }
            if (BE.contains(previous) && next.equals("to") && ModalVerbs.modal(Language.EN, w, null, "to") != null) {
                group.add(j);
                continue;
            }
            if (k.pos() == PartOfSpeech.ADVERB && !COMPARING.contains(w) && !next.isEmpty() && j + 1 < to
                    && (isAuxiliary(next) || NEGATION.contains(next) || lexical(t.get(j + 1), knownVerbs))) {
                group.add(j);
                continue;
            }
            if (COMPARING.contains(w)) {
                break;
            }
            if (lexical(k, knownVerbs) || governsVerb(k, next)) {
                group.add(j);
                String lemma = governsVerb(k, next) && !lexical(k, knownVerbs) ? governingLemma(k) : verbLemma(k);
                boolean governs = next.equals("to") && ModalVerbs.modal(Language.EN, lemma, null, "to") != null
                        || ModalVerbs.aspect(Language.EN, lemma) != null && (next.equals("to") || next.endsWith("ing"));
                if (!governs) {
                    return group;
                }
                continue;
            }
            break;
        }
        // A group of auxiliaries only: "is" (a copula), "has" (possession); the last one is the verb.
        while (!group.isEmpty() && t.get(group.get(group.size() - 1)).lower().equals("to")) {
            group.remove(group.size() - 1);
        }
        return group.stream().anyMatch(i -> isAuxiliary(t.get(i).lower()) || lexical(t.get(i), knownVerbs))
                ? group : List.of();
    }

    private static VerbGroup interpret(List<Token> t, List<Integer> group) {
        int main = -1;
        for (int i : group) {
            Token k = t.get(i);
            if (!isAuxiliary(k.lower()) && !isBareModal(k.lower()) && !NEGATION.contains(k.lower())
                    && !k.lower().equals("to") && k.pos() != PartOfSpeech.ADVERB) {
                main = i;
            }
        }
        if (main < 0) {
            for (int i : group) {
                if (isAuxiliary(t.get(i).lower())) {
                    main = i;
                }
            }
        }
        Modality modality = Modality.NONE;
        boolean negated = false;
        boolean started = false;
        boolean perfect = false;
        boolean pluperfect = false;
        boolean future = false;
        int finite = group.get(0);
        for (int i : group) {
            Token k = t.get(i);
            String w = k.lower();
            negated |= NEGATION.contains(w) || w.equals("no");
            ModalVerbs.Modal bare = isBareModal(w) ? ModalVerbs.modal(Language.EN, w, null, "bare") : null;
            if (bare != null && modality == Modality.NONE) {
                modality = bare.modality();
                future |= w.equals("will") || w.equals("shall");
            }
            if (i != main && !isAuxiliary(w) && bare == null) {
                ModalVerbs.Modal to = ModalVerbs.modal(Language.EN, governingLemma(k), null, "to");
                if (to == null) {
                    to = ModalVerbs.modal(Language.EN, w, null, "to");
                }
                if (to != null && modality == Modality.NONE) {
                    modality = to.modality();
                }
                ModalVerbs.Aspect aspect = ModalVerbs.aspect(Language.EN, governingLemma(k));
                started |= aspect != null && aspect.aspect().equals("start");
            }
            if (HAVE.contains(w) && i != main) {
                perfect |= !w.equals("had");
                pluperfect |= w.equals("had");
            }
        }
        if (NEGATION.contains(t.get(finite).lower()) || t.get(finite).pos() == PartOfSpeech.ADVERB) {
            finite = group.stream().filter(i -> !NEGATION.contains(t.get(i).lower())
                    && t.get(i).pos() != PartOfSpeech.ADVERB).findFirst().orElse(finite);
        }
        Token mainToken = t.get(main);
        String mw = mainToken.lower();
        int at = group.indexOf(main);
        String before = at > 0 ? t.get(group.get(at - 1)).lower() : "";
        boolean bare = DO.contains(before) || before.equals("to") || isBareModal(before)
                || NEGATION.contains(before) && at > 1 && (DO.contains(t.get(group.get(at - 2)).lower())
                || isBareModal(t.get(group.get(at - 2)).lower()));
        String lemma = BE.contains(mw) ? "be" : HAVE.contains(mw) ? "have" : DO.contains(mw) ? "do"
                : verbLemma(mainToken, bare);
        boolean copula = lemma.equals("be");
        String beforeMain = "";
        for (int i : group) {
            if (i == main) {
                break;
            }
            if (!NEGATION.contains(t.get(i).lower()) && t.get(i).pos() != PartOfSpeech.ADVERB) {
                beforeMain = t.get(i).lower();
            }
        }
        boolean passive = !copula && BE.contains(beforeMain) && !mw.endsWith("ing") && isParticiple(mainToken);
        String fw = t.get(finite).lower();
        Tense tense;
        if (future) {
            tense = Tense.FUTURE;
        } else if (pluperfect) {
            tense = Tense.PLUPERFECT;
        } else if (perfect) {
            tense = Tense.PERFECT;
        } else if (PAST_FORMS.contains(fw) || t.get(finite).forms().stream()
                .anyMatch(f -> f.tense() == Tense.PAST && f.verbForm() == VerbForm.FINITE) && !fw.endsWith("s")) {
            tense = Tense.PAST;
        } else {
            tense = Tense.PRESENT;
        }
        GrammaticalNumber number = PLURAL_FORMS.contains(fw) ? GrammaticalNumber.PLURAL
                : BE.contains(fw) || HAVE.contains(fw) || DO.contains(fw) || fw.endsWith("s") && finite == main
                ? GrammaticalNumber.SINGULAR : null;
        return new VerbGroup(lemma, tense, passive ? Voice.PASSIVE : Voice.ACTIVE, modality, negated, copula, started,
                number, finite, group);
    }

    private static boolean startsGroup(List<Token> t, int i, Set<String> knownVerbs) {
        Token k = t.get(i);
        String w = k.lower();
        if (isAuxiliary(w) || isBareModal(w)) {
            return true;
        }
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        for (WordForm f : k.forms()) {
            // "plans to", "began hiring": verbs that govern another verb, whatever the tagger says.
            if (f.pos().isVerbal() && (next.equals("to") && ModalVerbs.modal(Language.EN, f.lemma(), null, "to") != null
                    || ModalVerbs.aspect(Language.EN, f.lemma()) != null && (next.equals("to") || next.endsWith("ing")))) {
                return true;
            }
        }
        Token before = t.get(i - 1);
        boolean nominalSlot = before.pos() == PartOfSpeech.DETERMINER || before.lower().equals("'s")
                || before.pos() == PartOfSpeech.ADJECTIVE || before.pos() == PartOfSpeech.ADPOSITION
                || before.pos() == PartOfSpeech.NUMERAL;
        return !nominalSlot && lexical(k, knownVerbs);
    }

    private static boolean governsVerb(Token k, String next) {
        for (WordForm f : k.forms()) {
            if (f.pos().isVerbal() && (next.equals("to") && ModalVerbs.modal(Language.EN, f.lemma(), null, "to") != null
                    || ModalVerbs.aspect(Language.EN, f.lemma()) != null && (next.equals("to") || next.endsWith("ing")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuxiliary(String w) {
        return BE.contains(w) || HAVE.contains(w) || DO.contains(w);
    }

    private static boolean isBareModal(String w) {
        return ModalVerbs.modal(Language.EN, w, null, "bare") != null;
    }

    /** A lexical verb: tagged as one, or a verb form of a lemma the caller knows as a verb. */
    private static boolean lexical(Token k, Set<String> knownVerbs) {
        if (k.pos() == PartOfSpeech.VERB) {
            return true;
        }
        if (knownVerbs.isEmpty() || k.pos() == PartOfSpeech.PROPER_NOUN || k.pos() == PartOfSpeech.DETERMINER
                || k.pos() == PartOfSpeech.ADPOSITION) {
            return false;
        }
        for (WordForm f : k.forms()) {
            if (f.pos().isVerbal() && knownVerbs.contains(f.lemma())) {
                return true;
            }
        }
        return knownVerbs.contains(k.lemma().toLowerCase(Locale.ROOT));
    }

    private static String governingLemma(Token k) {
        for (WordForm f : k.forms()) {
            if (f.pos().isVerbal() && (ModalVerbs.modal(Language.EN, f.lemma(), null, "to") != null
                    || ModalVerbs.aspect(Language.EN, f.lemma()) != null)) {
                return f.lemma();
            }
        }
        return verbLemma(k);
    }

    private static String verbLemma(Token k) {
        return verbLemma(k, false);
    }

    /**
     * The lemma of a verb; {@code bare} when it follows "do", a modal or "to", where "found" is
     * the verb found, not the past of find.
     */
    private static String verbLemma(Token k, boolean bare) {
        if (bare && k.forms().stream().noneMatch(f -> f.lemma().equals(k.lower()) && f.verbForm() == VerbForm.FINITE
                && f.tense() == Tense.PAST) && k.lower().matches("[a-z]+") && !isAuxiliary(k.lower())) {
            return k.lower();
        }
        if (EnglishLexicon.isIrregular(k.lower())) {
            for (WordForm f : k.forms()) {
                if (f.pos().isVerbal()) {
                    return f.lemma();
                }
            }
        }
        return k.lemma().toLowerCase(Locale.ROOT);
    }

    private static boolean isParticiple(Token k) {
        return k.forms().stream().anyMatch(f -> f.verbForm() == VerbForm.PAST_PARTICIPLE) || k.lower().endsWith("ed");
    }
}
