package org.factquiz.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factquiz.model.Language;

/** The modal and aspect verbs of modals.tsv and aspect.tsv. */
final class ModalVerbs {
    /** A modal verb: its lemma, the mood it needs (any, subjunctive, indicative), what it does, its complement. */
    record Modal(Language language, String lemma, String mood, Modality modality, String complement) {
        boolean fits(WordForm form) {
            return switch (mood) {
                case "subjunctive" -> form.subjunctive();
                case "indicative" -> !form.subjunctive();
                default -> true;
            };
        }
    }

    record Aspect(Language language, String lemma, String aspect) {
    }

    private record Tables(List<Modal> modals, List<Aspect> aspects) {
    }

    private static final Lazy<Tables> TABLES = new Lazy<>(() -> {
        List<Modal> modals = new ArrayList<>();
        for (String[] row : WordTable.read("modals.tsv")) {
            modals.add(new Modal(Language.valueOf(row[0].toUpperCase(Locale.ROOT)), row[1], row[2],
                    Modality.valueOf(row[3]), row[4]));
        }
        List<Aspect> aspects = new ArrayList<>();
        for (String[] row : WordTable.read("aspect.tsv")) {
            aspects.add(new Aspect(Language.valueOf(row[0].toUpperCase(Locale.ROOT)), row[1], row[2]));
        }
        return new Tables(List.copyOf(modals), List.copyOf(aspects));
    });

    private ModalVerbs() {
    }

    /** The modal {@code lemma} is in {@code form}, if it is one; for "to" modals any complement. */
    static Modal modal(Language language, String lemma, WordForm form, String complement) {
        for (Modal m : TABLES.get().modals()) {
            if (m.language() == language && m.lemma().equals(lemma) && (complement == null
                    || m.complement().equals(complement)) && (form == null || m.fits(form))) {
                return m;
            }
        }
        return null;
    }

    static Aspect aspect(Language language, String lemma) {
        for (Aspect a : TABLES.get().aspects()) {
            if (a.language() == language && a.lemma().equals(lemma)) {
                return a;
            }
        }
        return null;
    }
}
