package org.factquiz.language;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * English inflection by rule, with the irregular words as data (english-verbs.tsv,
 * english-nouns.tsv, english-adjectives.tsv): the forms of a lemma for writing, and for reading
 * the lemmas a form may have ("hired" is hire, "biggest" big, "men" man).
 */
final class EnglishLexicon {
    private record Verb(String base, List<String> past, List<String> participle) {
    }

    private record Tables(Map<String, Verb> verbs, Map<String, List<String>> verbByForm, Map<String, String> plurals,
                          Map<String, String> singulars, Map<String, String[]> adjectives,
                          Map<String, String> adjectiveByForm) {
    }

    private static final Lazy<Tables> TABLES = new Lazy<>(EnglishLexicon::tables);
    private static final Set<String> STRESSED_LAST_SYLLABLE = Set.of("admit", "commit", "control", "occur", "prefer",
            "refer", "regret", "permit", "submit", "transfer", "equip", "compel", "patrol", "propel", "rebel", "begin",
            "forget", "forbid", "omit", "emit", "upset", "outrun", "deter", "incur", "recur", "expel");
    private static final String VOWELS = "aeiou";

    private EnglishLexicon() {
    }

    /** Reads the word tables, if not done yet. */
    static void load() {
        TABLES.get();
    }

    private static Tables tables() {
        Map<String, Verb> verbs = new HashMap<>();
        Map<String, List<String>> verbByForm = new HashMap<>();
        for (String[] row : WordTable.read("english-verbs.tsv")) {
            Verb verb = new Verb(row[0], List.of(row[1].split("/")), List.of(row[2].split("/")));
            verbs.put(verb.base(), verb);
            for (String form : verb.past()) {
                verbByForm.computeIfAbsent(form, k -> new ArrayList<>()).add(verb.base());
            }
            for (String form : verb.participle()) {
                verbByForm.computeIfAbsent(form, k -> new ArrayList<>()).add(verb.base());
            }
        }
        Map<String, String> plurals = new HashMap<>();
        Map<String, String> singulars = new HashMap<>();
        for (String[] row : WordTable.read("english-nouns.tsv")) {
            plurals.put(row[0], row[1]);
            singulars.putIfAbsent(row[1], row[0]);
        }
        Map<String, String[]> adjectives = new HashMap<>();
        Map<String, String> adjectiveByForm = new HashMap<>();
        for (String[] row : WordTable.read("english-adjectives.tsv")) {
            adjectives.put(row[0], row);
            for (int i = 1; i < row.length; i++) {
                for (String form : row[i].split("/")) {
                    adjectiveByForm.putIfAbsent(form, row[0]);
                }
            }
        }
        return new Tables(Map.copyOf(verbs), Map.copyOf(verbByForm), Map.copyOf(plurals), Map.copyOf(singulars),
                Map.copyOf(adjectives), Map.copyOf(adjectiveByForm));
    }

    // --- writing ---------------------------------------------------------------------------

    static String plural(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String irregular = TABLES.get().plurals().get(lower);
        if (irregular != null) {
            return sameCase(noun, irregular);
        }
        if (TABLES.get().singulars().containsKey(lower)) {
            return noun;
        }
        return withS(noun);
    }

    static String singular(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        String irregular = TABLES.get().singulars().get(lower);
        if (irregular != null) {
            return sameCase(noun, irregular);
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return noun.substring(0, noun.length() - 3) + "y";
        }
        if (lower.matches(".*(s|x|z|ch|sh)es")) {
            return noun.substring(0, noun.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")) {
            return noun.substring(0, noun.length() - 1);
        }
        return noun;
    }

    static String thirdPerson(String verb) {
        return switch (verb.toLowerCase(Locale.ROOT)) {
            case "be" -> "is";
            case "have" -> "has";
            case "do" -> "does";
            case "go" -> "goes";
            default -> withS(verb);
        };
    }

    static String past(String verb) {
        Verb irregular = TABLES.get().verbs().get(verb.toLowerCase(Locale.ROOT));
        return irregular != null ? sameCase(verb, irregular.past().get(0)) : withEd(verb);
    }

    static String pastParticiple(String verb) {
        Verb irregular = TABLES.get().verbs().get(verb.toLowerCase(Locale.ROOT));
        return irregular != null ? sameCase(verb, irregular.participle().get(0)) : withEd(verb);
    }

    static String presentParticiple(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ie")) {
            return verb.substring(0, verb.length() - 2) + "ying";
        }
        if (lower.endsWith("e") && !lower.endsWith("ee") && !lower.endsWith("ye") && !lower.equals("be")
                && lower.length() > 2) {
            return verb.substring(0, verb.length() - 1) + "ing";
        }
        return (doublesLast(lower) ? verb + verb.charAt(verb.length() - 1) : verb) + "ing";
    }

    static String comparative(String adjective) {
        String[] irregular = TABLES.get().adjectives().get(adjective.toLowerCase(Locale.ROOT));
        return irregular != null ? irregular[1].split("/")[0] : graded(adjective, "er");
    }

    static String superlative(String adjective) {
        String[] irregular = TABLES.get().adjectives().get(adjective.toLowerCase(Locale.ROOT));
        return irregular != null ? irregular[2].split("/")[0] : graded(adjective, "est");
    }

    private static String graded(String adjective, String ending) {
        String lower = adjective.toLowerCase(Locale.ROOT);
        if (lower.endsWith("e")) {
            return adjective + ending.substring(1);
        }
        if (lower.endsWith("y") && lower.length() > 2 && !isVowel(lower.charAt(lower.length() - 2))) {
            return adjective.substring(0, adjective.length() - 1) + "i" + ending;
        }
        return (doublesLast(lower) ? adjective + adjective.charAt(adjective.length() - 1) : adjective) + ending;
    }

    private static String withS(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches(".*(s|x|z|ch|sh)")) {
            return word + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static String withEd(String verb) {
        String lower = verb.toLowerCase(Locale.ROOT);
        if (lower.endsWith("e")) {
            return verb + "d";
        }
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            return verb.substring(0, verb.length() - 1) + "ied";
        }
        return (doublesLast(lower) ? verb + verb.charAt(verb.length() - 1) : verb) + "ed";
    }

    /** "stop" doubles its p (stopped), "visit" does not: one stressed syllable ending consonant-vowel-consonant. */
    private static boolean doublesLast(String lower) {
        int n = lower.length();
        if (n < 3 || !lower.matches(".*[^aeiou][aeiou][^aeiouwxy]")) {
            return false;
        }
        return syllables(lower) == 1 || STRESSED_LAST_SYLLABLE.contains(lower);
    }

    private static int syllables(String lower) {
        int groups = 0;
        boolean inVowel = false;
        for (char c : lower.toCharArray()) {
            boolean vowel = isVowel(c) || c == 'y';
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        return groups;
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }

    private static String sameCase(String model, String word) {
        return !model.isEmpty() && Character.isUpperCase(model.charAt(0))
                ? word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1) : word;
    }

    // --- reading ---------------------------------------------------------------------------

    /** True when the tables list {@code lowerCaseWord} as an irregular form. */
    static boolean isIrregular(String lowerCaseWord) {
        Tables t = TABLES.get();
        return t.verbByForm().containsKey(lowerCaseWord) || t.singulars().containsKey(lowerCaseWord)
                || t.adjectiveByForm().containsKey(lowerCaseWord);
    }

    /**
     * The readings {@code word} may have: for every ending it could carry (-s, -es, -ies, -ed, -ing,
     * -er, -est; the last two only for a word {@code tagged} as an adjective) and every irregular
     * form it is, a lemma with the features that ending gives.
     * Overgenerates on purpose ("hired" also gives "hir"): a reader compares lemmas, and a lemma no
     * word has meets nothing.
     */
    static List<WordForm> analyse(String word, PartOfSpeech tagged) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<WordForm> forms = new LinkedHashSet<>();
        Tables t = TABLES.get();
        for (String base : t.verbByForm().getOrDefault(w, List.of())) {
            Verb verb = t.verbs().get(base);
            if (verb.past().contains(w)) {
                forms.add(verb(base, VerbForm.FINITE, Tense.PAST, null));
            }
            if (verb.participle().contains(w)) {
                forms.add(verb(base, VerbForm.PAST_PARTICIPLE, null, null));
            }
        }
        String singular = t.singulars().get(w);
        if (singular != null) {
            forms.add(noun(singular, GrammaticalNumber.PLURAL));
        }
        String adjective = t.adjectiveByForm().get(w);
        if (adjective != null) {
            String[] row = t.adjectives().get(adjective);
            forms.add(adjective(adjective, List.of(row[2].split("/")).contains(w) ? Degree.SUPERLATIVE
                    : Degree.COMPARATIVE));
        }
        if (w.endsWith("s") && w.length() > 2 && !w.endsWith("ss")) {
            for (String stem : stems(w, "s")) {
                forms.add(noun(stem, GrammaticalNumber.PLURAL));
                forms.add(verb(stem, VerbForm.FINITE, Tense.PRESENT, Person.THIRD));
            }
        }
        if (w.endsWith("ed") && w.length() > 4) {
            for (String stem : stems(w, "ed")) {
                forms.add(verb(stem, VerbForm.FINITE, Tense.PAST, null));
                forms.add(verb(stem, VerbForm.PAST_PARTICIPLE, null, null));
            }
        }
        if (w.endsWith("ing") && w.length() > 5) {
            for (String stem : stems(w, "ing")) {
                forms.add(verb(stem, VerbForm.PRESENT_PARTICIPLE, null, null));
            }
        }
        // "-er" and "-est" make nouns too (user, maker, interest): only a word tagged as an
        // adjective is read as compared.
        boolean graded = tagged == PartOfSpeech.ADJECTIVE || tagged == PartOfSpeech.ADVERB;
        if (graded && w.endsWith("est") && w.length() > 5) {
            stems(w, "est").forEach(stem -> forms.add(adjective(stem, Degree.SUPERLATIVE)));
        }
        if (graded && w.endsWith("er") && w.length() > 4) {
            stems(w, "er").forEach(stem -> forms.add(adjective(stem, Degree.COMPARATIVE)));
        }
        return List.copyOf(forms);
    }

    /**
     * The positive of a compared adjective ("richest" rich, "largest" large, "biggest" big,
     * "happier" happy), or null when {@code lower} does not look compared.
     */
    static String positive(String lower) {
        String[] irregular = TABLES.get().adjectives().get(TABLES.get().adjectiveByForm().getOrDefault(lower, ""));
        if (irregular != null) {
            return irregular[0];
        }
        String bare = lower.endsWith("est") && lower.length() > 5 ? lower.substring(0, lower.length() - 3)
                : lower.endsWith("er") && lower.length() > 4 ? lower.substring(0, lower.length() - 2) : null;
        if (bare == null) {
            return null;
        }
        int n = bare.length();
        if (bare.endsWith("i")) {
            return bare.substring(0, n - 1) + "y";
        }
        if (bare.charAt(n - 1) == bare.charAt(n - 2) && !isVowel(bare.charAt(n - 1)) && bare.charAt(n - 1) != 'l'
                && bare.charAt(n - 1) != 's') {
            return bare.substring(0, n - 1);
        }
        // A silent e was dropped before the ending: large, nice, brave, true, close.
        if (bare.matches(".*([^aeiou]g|[cvuz]|[aeiou]s)")) {
            return bare + "e";
        }
        return bare;
    }

    /** The stems a word with {@code ending} may come from: "hired" hire/hir, "stopped" stop, "studied" study. */
    private static List<String> stems(String w, String ending) {
        List<String> stems = new ArrayList<>();
        String bare = w.substring(0, w.length() - ending.length());
        if (ending.equals("s")) {
            if (w.endsWith("ies") && w.length() > 4) {
                stems.add(w.substring(0, w.length() - 3) + "y");
            }
            if (w.endsWith("es")) {
                stems.add(w.substring(0, w.length() - 2));
            }
            stems.add(bare);
            return stems;
        }
        if (bare.endsWith("i")) {
            stems.add(bare.substring(0, bare.length() - 1) + "y");
        }
        if (ending.equals("ing") && bare.endsWith("y")) {
            stems.add(bare.substring(0, bare.length() - 1) + "ie");
        }
        stems.add(bare);
        stems.add(bare + "e");
        int n = bare.length();
        if (n > 2 && bare.charAt(n - 1) == bare.charAt(n - 2) && !isVowel(bare.charAt(n - 1))) {
            stems.add(bare.substring(0, n - 1));
        }
        return stems;
    }

    private static WordForm verb(String lemma, VerbForm form, Tense tense, Person person) {
        boolean auxiliary = lemma.equals("be") || lemma.equals("have") || lemma.equals("do");
        return new WordForm(lemma, auxiliary ? PartOfSpeech.AUXILIARY : PartOfSpeech.VERB, null,
                person == null ? null : GrammaticalNumber.SINGULAR, null, null, person, tense, form, auxiliary, false,
                false);
    }

    private static WordForm noun(String lemma, GrammaticalNumber number) {
        return new WordForm(lemma, PartOfSpeech.NOUN, null, number, null, null, null, null, null, false, false, false);
    }

    private static WordForm adjective(String lemma, Degree degree) {
        return new WordForm(lemma, PartOfSpeech.ADJECTIVE, null, null, null, degree, null, null, null, false, false,
                false);
    }
}
