package org.factquiz.language;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * German words through morfologik with the dictionaries of {@code de.danielnaber:german-pos-dict}:
 * {@code german.dict} (form to lemma and tags) for reading, {@code german_synth.dict} ("lemma|tag"
 * to form) for writing. Compounds the dictionary lacks ("Doppelstrategie", "KI-Anwendung") are
 * read by their longest known head ("Strategie", "Anwendung") and keep their first part.
 */
final class GermanLexicon {
    private static final Lazy<Dictionary> ANALYSIS = new Lazy<>(() -> dictionary("german.dict"));
    private static final Lazy<Dictionary> SYNTHESIS = new Lazy<>(() -> dictionary("german_synth.dict"));
    /** Lookups keep buffers of their own, so each thread has one per dictionary. */
    private static final ThreadLocal<DictionaryLookup> ANALYSER =
            ThreadLocal.withInitial(() -> new DictionaryLookup(ANALYSIS.get()));
    private static final ThreadLocal<DictionaryLookup> SYNTHESISER =
            ThreadLocal.withInitial(() -> new DictionaryLookup(SYNTHESIS.get()));
    private static final int SHORTEST_HEAD = 5;
    private static final int SHORTEST_PREFIX = 3;

    private GermanLexicon() {
    }

    private static Dictionary dictionary(String name) {
        URL url = GermanLexicon.class.getResource("/org/languagetool/resource/de/" + name);
        if (url == null) {
            throw new IllegalStateException("the German dictionary " + name
                    + " is not on the class path (de.danielnaber:german-pos-dict)");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the German dictionary " + name, e);
        }
    }

    /** Reads both dictionaries, if not done yet. */
    static void load() {
        ANALYSIS.get();
        SYNTHESIS.get();
    }

    /**
     * Every reading of {@code word}: as written and in lower case (a sentence's first word is
     * capitalised whatever it is), or capitalised when it has none.
     */
    static List<WordForm> analyse(String word) {
        return analyse(word, true);
    }

    /**
     * The readings of {@code word}; {@code anyCase} adds the lower-case word's for a capitalised one,
     * which is right for a sentence's first word only: inside a sentence "Kosten" is the noun,
     * never the verb "kosten".
     */
    static List<WordForm> analyse(String word, boolean anyCase) {
        List<WordForm> forms = lookup(word);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!lower.equals(word) && (anyCase || forms.isEmpty())) {
            forms.addAll(lookup(lower));
        } else if (!lower.equals(word)) {
            // A capitalised adjective of a set term ("Künstliche Intelligenz") is still an adjective.
            lookup(lower).stream().filter(f -> f.pos() == PartOfSpeech.ADJECTIVE).forEach(forms::add);
        } else if (forms.isEmpty() && !word.isEmpty()) {
            forms.addAll(lookup(capitalise(word)));
        }
        if (forms.isEmpty()) {
            forms.addAll(compound(word));
        }
        if (forms.isEmpty()) {
            forms.addAll(adjectiveGuess(lower));
        }
        return List.copyOf(new LinkedHashSet<>(forms));
    }

    /** True when the dictionary knows {@code word} in some reading. */
    static boolean knows(String word) {
        return !lookup(word).isEmpty();
    }

    private static List<WordForm> lookup(String word) {
        List<WordForm> forms = new ArrayList<>();
        if (word.isEmpty()) {
            return forms;
        }
        for (WordData data : ANALYSER.get().lookup(word)) {
            CharSequence tag = data.getTag();
            CharSequence stem = data.getStem();
            if (tag != null && stem != null) {
                WordForm form = GermanTags.parse(stem.toString(), tag.toString());
                if (form != null) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    /**
     * An adjective the dictionary lacks, by its ending: "generativer" and "generative" are forms of
     * "generativ". Only lower-case words (a capitalised unknown word is a name or a noun).
     */
    private static List<WordForm> adjectiveGuess(String lower) {
        if (lower.length() < 6 || !lower.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        for (String ending : List.of("en", "er", "em", "es", "e")) {
            if (lower.endsWith(ending)) {
                String stem = lower.substring(0, lower.length() - ending.length());
                if (stem.matches(".*(iv|al|ell|isch|lich|ig|ar|är|ant|ent|os|ös|iert)$")) {
                    return List.of(WordForm.of(stem, PartOfSpeech.ADJECTIVE));
                }
            }
        }
        return List.of();
    }

    /** "Sprachmodelle" as "Modelle" with "Sprach" before it: Sprachmodell, plural, neuter. */
    private static List<WordForm> compound(String word) {
        for (int split = 1; split <= word.length() - SHORTEST_HEAD; split++) {
            String head = word.substring(split);
            String prefix = word.substring(0, split);
            if (head.startsWith("-") || prefix.length() < SHORTEST_PREFIX && !prefix.endsWith("-")) {
                continue;
            }
            List<WordForm> heads = new ArrayList<>();
            for (WordForm form : lookup(capitalise(head))) {
                if (form.pos() == PartOfSpeech.NOUN) {
                    heads.add(withLemma(form, prefix + lowerFirstUnlessHyphen(prefix, form.lemma())));
                }
            }
            if (!heads.isEmpty()) {
                return heads;
            }
        }
        return List.of();
    }

    /** "Sprach" + "Modell" is "Sprachmodell"; "KI-" + "Anwendung" stays "KI-Anwendung". */
    private static String lowerFirstUnlessHyphen(String prefix, String lemma) {
        if (prefix.endsWith("-") || lemma.isEmpty()) {
            return lemma;
        }
        return lemma.substring(0, 1).toLowerCase(Locale.ROOT) + lemma.substring(1);
    }

    private static WordForm withLemma(WordForm f, String lemma) {
        return new WordForm(lemma, f.pos(), f.grammaticalCase(), f.number(), f.gender(), f.degree(), f.person(),
                f.tense(), f.verbForm(), f.auxiliary(), f.modal(), f.subjunctive());
    }

    /** The forms of {@code lemma} with the dictionary tag {@code tag} ("Markt", "SUB:DAT:PLU:MAS"). */
    static List<String> synthesise(String lemma, String tag) {
        List<String> forms = new ArrayList<>();
        for (WordData data : SYNTHESISER.get().lookup(lemma + "|" + tag)) {
            if (data.getStem() != null) {
                forms.add(data.getStem().toString());
            }
        }
        return forms;
    }

    static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
