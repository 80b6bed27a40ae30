package org.factquiz.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * German forms from german_synth.dict, with the regular endings as a fallback for words the
 * dictionary lacks: articles, adjectives (strong, weak and mixed declension), nouns (compounds by
 * their head), finite verbs (separable ones split: "abwerben" is "wirbt ... ab").
 */
final class GermanInflector {
    /** Prefixes that separate from their verb in a main clause, longest first. */
    private static final List<String> SEPARABLE = List.of("zusammen", "herunter", "hinunter", "voraus", "vorbei",
            "herauf", "heraus", "herbei", "herein", "hervor", "hinauf", "hinaus", "hinein", "zurück", "weiter",
            "heran", "herum", "voran", "nieder", "hinzu", "fest", "fort", "nach", "dar", "los", "mit", "vor", "weg",
            "auf", "aus", "bei", "ein", "her", "hin", "teil", "statt", "an", "ab", "zu");

    private GermanInflector() {
    }

    static String article(Article article, Case c, GrammaticalNumber n, Gender g) {
        if (article == Article.NONE || article == Article.INDEFINITE && n == GrammaticalNumber.PLURAL) {
            return "";
        }
        Gender gender = g == null ? Gender.FEMININE : g;
        String tag = ":" + GermanTags.caseTag(c) + ":" + GermanTags.numberTag(n) + ":" + GermanTags.genderTag(gender);
        if (article == Article.NEGATIVE) {
            String indefinite = n == GrammaticalNumber.PLURAL ? first("der", "ART:DEF" + tag).orElse("die")
                    : first("ein", "ART:IND" + tag).orElse("ein");
            return "k" + (n == GrammaticalNumber.PLURAL ? pluralNegative(c) : indefinite);
        }
        return first(article == Article.DEFINITE ? "der" : "ein", (article == Article.DEFINITE ? "ART:DEF" : "ART:IND") + tag)
                .orElse("");
    }

    private static String pluralNegative(Case c) {
        return switch (c) {
            case NOMINATIVE, ACCUSATIVE -> "eine";
            case DATIVE -> "einen";
            case GENITIVE -> "einer";
        };
    }

    /** The declension an adjective takes after {@code article} in {@code n}: DEF (weak), IND (mixed), SOL (strong). */
    static String declension(Article article, GrammaticalNumber n) {
        return switch (article) {
            case DEFINITE -> "DEF";
            case INDEFINITE -> n == GrammaticalNumber.PLURAL ? "SOL" : "IND";
            case NEGATIVE -> n == GrammaticalNumber.PLURAL ? "DEF" : "IND";
            case NONE -> "SOL";
        };
    }

    static String adjective(String lemma, Case c, GrammaticalNumber n, Gender g, Degree d, String declension) {
        if (!lemma.isEmpty() && Character.isUpperCase(lemma.charAt(0))) {
            return GermanLexicon.capitalise(adjective(lemma.toLowerCase(Locale.ROOT), c, n, g, d, declension));
        }
        Gender gender = g == null ? Gender.FEMININE : g;
        String tag = "ADJ:" + GermanTags.caseTag(c) + ":" + GermanTags.numberTag(n) + ":" + GermanTags.genderTag(gender)
                + ":" + GermanTags.degreeTag(d == null ? Degree.POSITIVE : d) + ":" + declension;
        return first(lemma, tag).orElseGet(() -> stem(lemma, d) + ending(c, n, gender, declension));
    }

    private static String stem(String lemma, Degree d) {
        if (d == Degree.COMPARATIVE) {
            return lemma + "er";
        }
        if (d == Degree.SUPERLATIVE) {
            return lemma + (lemma.matches(".*(d|t|s|ß|x|z)$") ? "est" : "st");
        }
        return lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
    }

    /** The regular adjective endings, for words the dictionary does not have. */
    static String ending(Case c, GrammaticalNumber n, Gender g, String declension) {
        boolean plural = n == GrammaticalNumber.PLURAL;
        if (declension.equals("DEF") || declension.equals("IND") && plural) {
            if (plural || c == Case.DATIVE || c == Case.GENITIVE || c == Case.ACCUSATIVE && g == Gender.MASCULINE) {
                return "en";
            }
            return "e";
        }
        if (declension.equals("IND")) {
            return switch (c) {
                case NOMINATIVE -> g == Gender.MASCULINE ? "er" : g == Gender.NEUTER ? "es" : "e";
                case ACCUSATIVE -> g == Gender.MASCULINE ? "en" : g == Gender.NEUTER ? "es" : "e";
                case DATIVE, GENITIVE -> "en";
            };
        }
        if (plural) {
            return switch (c) {
                case NOMINATIVE, ACCUSATIVE -> "e";
                case DATIVE -> "en";
                case GENITIVE -> "er";
            };
        }
        return switch (c) {
            case NOMINATIVE -> g == Gender.MASCULINE ? "er" : g == Gender.NEUTER ? "es" : "e";
            case ACCUSATIVE -> g == Gender.MASCULINE ? "en" : g == Gender.NEUTER ? "es" : "e";
            case DATIVE -> g == Gender.FEMININE ? "er" : "em";
            case GENITIVE -> g == Gender.FEMININE ? "er" : "en";
        };
    }

    /**
     * The noun {@code lemma} in case and number; a compound by its head ("Sprachmodell": "Modell").
     * Where the dictionary has variants ("Motoren", "Motore"), the one nearest {@code written} (the
     * form the phrase was given in) is taken.
     */
    static Optional<String> noun(String lemma, Case c, GrammaticalNumber n, Gender g, String written) {
        Gender gender = g;
        for (int split = 0; split < lemma.length() - 2; split++) {
            String prefix = lemma.substring(0, split);
            String head = split == 0 ? lemma : GermanLexicon.capitalise(lemma.substring(split));
            if (split > 0 && prefix.length() < 3 && !prefix.endsWith("-")) {
                continue;
            }
            for (Gender candidate : gender == null ? Gender.values() : new Gender[] {gender}) {
                String tail = written == null || split == 0 ? written : written.length() > split
                        ? GermanLexicon.capitalise(written.substring(split)) : null;
                Optional<String> form = nearest(GermanLexicon.synthesise(head, "SUB:" + GermanTags.caseTag(c) + ":"
                        + GermanTags.numberTag(n) + ":" + GermanTags.genderTag(candidate)), tail);
                if (form.isPresent()) {
                    String f = form.get();
                    return Optional.of(split == 0 ? f : prefix + (prefix.endsWith("-") ? f
                            : f.substring(0, 1).toLowerCase(Locale.ROOT) + f.substring(1)));
                }
            }
        }
        return Optional.empty();
    }

    /** The dictionary's first form, unless another shares a longer beginning with {@code written}. */
    private static Optional<String> nearest(List<String> forms, String written) {
        if (forms.isEmpty() || written == null) {
            return forms.stream().findFirst();
        }
        String best = forms.get(0);
        int bestShared = shared(best, written);
        for (String f : forms) {
            if (shared(f, written) > bestShared) {
                best = f;
                bestShared = shared(f, written);
            }
        }
        return Optional.of(best);
    }

    private static int shared(String a, String b) {
        int n = 0;
        while (n < Math.min(a.length(), b.length()) && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    /** The finite form of {@code lemma} (whole, as a subordinate clause has it: "abwirbt"). */
    static Optional<String> finite(String lemma, Person p, GrammaticalNumber n, Tense t, boolean subjunctive) {
        String mood = subjunctive ? (t == Tense.PAST ? "KJ2" : "KJ1") : t == Tense.PAST ? "PRT" : "PRÄ";
        String person = GermanTags.personTag(p) + ":" + GermanTags.numberTag(n) + ":" + mood;
        for (String tag : List.of("VER:" + person + ":SFT", "VER:" + person + ":NON", "VER:AUX:" + person,
                "VER:MOD:" + person, "VER:" + person + ":SFT:NEB", "VER:" + person + ":NON:NEB")) {
            Optional<String> form = first(lemma, tag);
            if (form.isPresent()) {
                return form;
            }
        }
        return Optional.empty();
    }

    /** The separable prefix of {@code lemma} ("ab" of "abwerben"), when what follows it is a verb. */
    static Optional<String> separablePrefix(String lemma) {
        for (String prefix : SEPARABLE) {
            if (lemma.startsWith(prefix) && lemma.length() > prefix.length() + 2) {
                String rest = lemma.substring(prefix.length());
                if (finite(rest, Person.THIRD, GrammaticalNumber.SINGULAR, Tense.PRESENT, false).isPresent()) {
                    return Optional.of(prefix);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> participle(String lemma) {
        for (String tag : List.of("VER:PA2:SFT", "VER:PA2:NON", "VER:AUX:PA2", "VER:MOD:PA2")) {
            Optional<String> form = first(lemma, tag);
            if (form.isPresent()) {
                return form;
            }
        }
        return Optional.empty();
    }

    /** The first form the dictionary gives, preferring one in lower case for a lower-case lemma. */
    static Optional<String> first(String lemma, String tag) {
        List<String> forms = GermanLexicon.synthesise(lemma, tag);
        if (forms.isEmpty()) {
            return Optional.empty();
        }
        boolean lower = !lemma.isEmpty() && Character.isLowerCase(lemma.charAt(0));
        for (String f : forms) {
            if (!lower || Character.isLowerCase(f.charAt(0))) {
                return Optional.of(f);
            }
        }
        return Optional.of(forms.get(0));
    }
}
