package org.factquiz.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.factquiz.model.Language;

/**
 * Writing words in the form a sentence needs: German through the synthesis dictionary (nouns,
 * adjectives, articles, finite verbs, separable verbs), English by rule with its irregular words
 * as data. Nothing here needs the tagger models.
 */
public final class Inflector {
    private Inflector() {
    }

    // --- German ----------------------------------------------------------------------------

    /** A German noun in case and number ("Markt", dative, plural: "Märkten"); the lemma when unknown. */
    public static String noun(String lemma, Case c, GrammaticalNumber n) {
        return GermanInflector.noun(lemma, c, n, null, null).orElse(lemma);
    }

    /** A German adjective with its ending ("reich", superlative, after "der", nominative masculine: "reichste"). */
    public static String adjective(String lemma, Degree degree, Article article, Case c, GrammaticalNumber n, Gender g) {
        return GermanInflector.adjective(lemma, c, n, g, degree, GermanInflector.declension(article, n));
    }

    /** A German article: definite "der/die/das/den/dem/des", indefinite "ein/eine/...", negative "kein/...". */
    public static String article(Article article, Case c, GrammaticalNumber n, Gender g) {
        return GermanInflector.article(article, c, n, g);
    }

    /**
     * The finite verb of a German main clause, split when the verb is separable: "abwerben" in the
     * third person plural present is "werben" + "ab", "sein" is "sind".
     */
    public static GermanVerb germanVerb(String lemma, Person p, GrammaticalNumber n, Tense tense) {
        Optional<String> prefix = GermanInflector.separablePrefix(lemma);
        String stem = prefix.map(x -> lemma.substring(x.length())).orElse(lemma);
        String finite = GermanInflector.finite(stem, p, n, tense == Tense.PAST ? Tense.PAST : Tense.PRESENT, false)
                .orElse(stem);
        String participle = GermanInflector.participle(lemma).orElse(lemma);
        return new GermanVerb(lemma, finite, prefix.orElse(""), participle);
    }

    /** A German verb's parts: the finite form, its separable particle ("" if none), its participle. */
    public record GermanVerb(String lemma, String finite, String particle, String participle) {
        /** The verb as a subordinate clause ends: particle and finite form joined ("abwirbt"). */
        public String joined() {
            return particle + finite;
        }
    }

    // --- both ------------------------------------------------------------------------------

    /**
     * {@code finite}, a finite verb form, made to agree with a subject of number {@code n}: "übt"
     * with the plural "die USA" is "üben", "exerts" with a plural subject "exert".
     */
    public static String agree(String finite, GrammaticalNumber n, Language language) {
        if (language == Language.EN) {
            String lower = finite.toLowerCase(Locale.ROOT);
            if (n == GrammaticalNumber.PLURAL) {
                return switch (lower) {
                    case "is" -> "are";
                    case "was" -> "were";
                    case "has" -> "have";
                    case "does" -> "do";
                    default -> lower.endsWith("s") && !lower.endsWith("ss") ? EnglishLexicon.singular(finite) : finite;
                };
            }
            return switch (lower) {
                case "are" -> "is";
                case "were" -> "was";
                case "have" -> "has";
                case "do" -> "does";
                default -> finite;
            };
        }
        // A noun subject is in the third person; "übt" is also "ihr übt", so the reading used
        // is the third person's, indicative before subjunctive.
        List<WordForm> readings = GermanLexicon.analyse(finite).stream()
                .filter(f -> f.isFiniteVerb() && f.person() == Person.THIRD)
                .sorted(java.util.Comparator.comparing(WordForm::subjunctive)).toList();
        if (readings.isEmpty()) {
            readings = GermanLexicon.analyse(finite).stream().filter(WordForm::isFiniteVerb).toList();
        }
        for (WordForm f : readings) {
            Optional<String> form = GermanInflector.finite(f.lemma(), Person.THIRD, n,
                    f.tense() == null ? Tense.PRESENT : f.tense(), f.subjunctive());
            if (form.isPresent()) {
                return sameCase(finite, form.get());
            }
        }
        return finite;
    }

    /** The genitive of a name: "Chinas", "Initechs", "Anna Bergs"; "Acme's", "the United States'". */
    public static String possessive(String name, Language language) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (language == Language.EN) {
            return lower.endsWith("s") ? name + "'" : name + "'s";
        }
        return lower.matches(".*(s|ß|x|z)$") ? name + "’" : name + "s";
    }

    /** The grammatical number of a German or English noun phrase written in the nominative. */
    public static GrammaticalNumber numberOf(String nounPhrase, Language language) {
        return NounPhrase.parse(nounPhrase, language).number();
    }

    // --- English ---------------------------------------------------------------------------

    public static String plural(String noun) {
        return EnglishLexicon.plural(noun);
    }

    public static String singular(String noun) {
        return EnglishLexicon.singular(noun);
    }

    /** "makes", "has", "goes". */
    public static String thirdPerson(String verb) {
        return EnglishLexicon.thirdPerson(verb);
    }

    public static String past(String verb) {
        return EnglishLexicon.past(verb);
    }

    public static String pastParticiple(String verb) {
        return EnglishLexicon.pastParticiple(verb);
    }

    /** "making", "hiring", "stopping". */
    public static String presentParticiple(String verb) {
        return EnglishLexicon.presentParticiple(verb);
    }

    public static String comparative(String adjective) {
        return EnglishLexicon.comparative(adjective);
    }

    public static String superlative(String adjective) {
        return EnglishLexicon.superlative(adjective);
    }

    /** "a" or "an" before {@code word}, by how it sounds: "an AI app", "a user", "an hour". */
    public static String indefiniteArticle(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return "a";
        }
        if (w.matches("(hour|honest|honou?r|heir).*")) {
            return "an";
        }
        if (w.matches("(uni|use|usu|euro|one|once|ubiq|ut[oi]).*")) {
            return "a";
        }
        // Letters read one by one: "an AI", "an LLM", "a GPU".
        String first = word.strip().split("[\\s-]", 2)[0];
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)) && first.matches("[A-Z]+")) {
            return "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0 ? "an" : "a";
        }
        return "aeiou".indexOf(w.charAt(0)) >= 0 ? "an" : "a";
    }

    private static String sameCase(String model, String word) {
        return !model.isEmpty() && Character.isUpperCase(model.charAt(0))
                ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
    }

}
