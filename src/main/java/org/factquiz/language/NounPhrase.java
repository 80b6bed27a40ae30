package org.factquiz.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.factquiz.model.Language;

/**
 * A noun phrase that can be put into any case: an article, a fixed part before the adjectives (a
 * genitive: "Googles"), adjectives (lemma and degree), the head noun (its lemma and the form
 * written, or a name that does not inflect), and what follows the head unchanged ("für Sprachmodelle", "von Acme").
 * {@link #parse} reads one from its nominative; {@link #in} writes it in a case. Case forms given
 * as data ({@code forms}) win over the grammar's: "den USA".
 */
public record NounPhrase(Language language, Article article, String before, List<Adjective> adjectives, String head,
                         String written, boolean name, Gender gender, GrammaticalNumber number, String after,
                         Map<Case, String> forms) {
    /** An adjective of the phrase: its lemma and degree, and the dictionary tag family it inflects by. */
    public record Adjective(String lemma, Degree degree, String written) {
    }

    public NounPhrase {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(number, "number");
        adjectives = List.copyOf(adjectives);
        forms = forms.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(forms));
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The same phrase, with these case forms given as data (they win over the grammar's). */
    public NounPhrase withForms(Map<Case, String> given) {
        return new NounPhrase(language, article, before, adjectives, head, written, name, gender, number, after, given);
    }

    /** The same phrase with another number (for data that knows better: "die USA" is plural). */
    public NounPhrase withNumber(GrammaticalNumber n) {
        return new NounPhrase(language, article, before, adjectives, head, written, name, gender, n, after, forms);
    }

    /**
     * Reads {@code text}, a noun phrase in the nominative ("die USA", "internationale Märkte",
     * "eigene KI-Chips von Acme", "the United States"). Needs only the dictionaries, not the
     * tagger models.
     */
    public static NounPhrase parse(String text, Language language) {
        String[] words = text.strip().split("\\s+");
        int i = 0;
        Article article = Article.NONE;
        if (words.length > 1) {
            article = articleOf(words[0], language);
            if (article != Article.NONE) {
                i++;
            }
        }
        if (language == Language.EN) {
            String rest = String.join(" ", List.of(words).subList(i, words.length));
            GrammaticalNumber n = rest.toLowerCase(Locale.ROOT).endsWith("s") && !rest.endsWith("ss")
                    ? GrammaticalNumber.PLURAL : GrammaticalNumber.SINGULAR;
            return new NounPhrase(language, article, "", List.of(), rest, rest, true, null, n, "", Map.of());
        }
        StringBuilder before = new StringBuilder();
        while (i < words.length - 1 && isPrenominalGenitive(words[i])) {
            before.append(before.length() == 0 ? "" : " ").append(words[i]);
            i++;
        }
        List<Adjective> adjectives = new ArrayList<>();
        // Adjectives are lower case, but in set terms capitalised: "Künstliche Intelligenz".
        while (i < words.length - 1 && (Character.isLowerCase(words[i].charAt(0))
                || reading(words[i + 1], PartOfSpeech.NOUN) != null)) {
            WordForm adjective = reading(words[i].toLowerCase(Locale.ROOT), PartOfSpeech.ADJECTIVE);
            if (adjective == null) {
                break;
            }
            adjectives.add(new Adjective(Character.isUpperCase(words[i].charAt(0))
                    ? GermanLexicon.capitalise(adjective.lemma()) : adjective.lemma(), adjective.degree(), words[i]));
            i++;
        }
        if (i >= words.length) {
            return new NounPhrase(language, article, before.toString(), List.of(), text, text, true, null,
                    GrammaticalNumber.SINGULAR, "", Map.of());
        }
        String headWord = words[i];
        String after = String.join(" ", List.of(words).subList(i + 1, words.length));
        WordForm noun = nominative(headWord, article, i > 0 && article != Article.NONE ? words[0] : null, adjectives,
                before.length() > 0);
        if (noun == null) {
            // A name: everything from here on is written as it is.
            String rest = String.join(" ", List.of(words).subList(i, words.length));
            return new NounPhrase(language, article, before.toString(), adjectives, rest, rest, true, null,
                    GrammaticalNumber.SINGULAR, "", Map.of());
        }
        return new NounPhrase(language, article, before.toString(), adjectives, noun.lemma(), headWord, false,
                noun.gender(), noun.number() == null ? GrammaticalNumber.SINGULAR : noun.number(), after, Map.of());
    }

    private static Article articleOf(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        if (language == Language.EN) {
            return w.equals("the") ? Article.DEFINITE : w.equals("a") || w.equals("an") ? Article.INDEFINITE
                    : w.equals("no") ? Article.NEGATIVE : Article.NONE;
        }
        return switch (w) {
            case "der", "die", "das" -> Article.DEFINITE;
            case "ein", "eine" -> Article.INDEFINITE;
            case "kein", "keine" -> Article.NEGATIVE;
            default -> Article.NONE;
        };
    }

    private static boolean isPrenominalGenitive(String word) {
        if (!Character.isUpperCase(word.charAt(0)) || !word.endsWith("s")) {
            return false;
        }
        List<WordForm> forms = GermanLexicon.analyse(word);
        return forms.isEmpty() || forms.stream().anyMatch(f -> f.pos() == PartOfSpeech.PROPER_NOUN
                && f.grammaticalCase() == Case.GENITIVE);
    }

    private static WordForm reading(String word, PartOfSpeech pos) {
        for (WordForm f : GermanLexicon.analyse(word)) {
            if (f.pos() == pos) {
                return f;
            }
        }
        return null;
    }

    /**
     * The head's nominative reading that agrees with the article and adjectives as written ("ein
     * großer Kunde" is masculine, not the feminine "Kunde"); without an article a plural reading
     * wins over a singular one of the same form ("Kritiker", "Brancheninsider").
     */
    private static WordForm nominative(String word, Article article, String articleWord, List<Adjective> adjectives,
                                       boolean afterGenitive) {
        List<WordForm> nouns = GermanLexicon.analyse(word).stream()
                .filter(f -> f.pos() == PartOfSpeech.NOUN && f.grammaticalCase() == Case.NOMINATIVE).toList();
        if (nouns.isEmpty()) {
            return null;
        }
        WordForm best = null;
        int bestScore = -1;
        for (WordForm f : nouns) {
            GrammaticalNumber n = f.number() == null ? GrammaticalNumber.SINGULAR : f.number();
            Gender g = f.gender();
            int score = 0;
            if (articleWord != null && articleWord.equalsIgnoreCase(GermanInflector.article(article, Case.NOMINATIVE, n, g))) {
                score += 4;
            }
            String declension = afterGenitive ? "SOL" : GermanInflector.declension(article, n);
            for (Adjective a : adjectives) {
                if (a.written().equalsIgnoreCase(GermanInflector.adjective(a.lemma(), Case.NOMINATIVE, n, g, a.degree(),
                        declension))) {
                    score += 2;
                }
            }
            if (article == Article.NONE && adjectives.isEmpty() && n == GrammaticalNumber.PLURAL) {
                score += 1;
            }
            if (g != null) {
                score += 1;
            }
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    /** The phrase in {@code c}: "den USA", "internationalen Märkten", "der Doppelstrategie". */
    public String in(Case c) {
        String given = forms.get(c);
        if (given != null) {
            return given;
        }
        if (language == Language.EN) {
            String the = article == Article.DEFINITE ? "the " : article == Article.INDEFINITE
                    ? Inflector.indefiniteArticle(head) + " " : article == Article.NEGATIVE ? "no " : "";
            return the + (c == Case.GENITIVE ? Inflector.possessive(head, Language.EN) : head);
        }
        List<String> parts = new ArrayList<>();
        String art = GermanInflector.article(article, c, number, gender);
        if (!art.isEmpty()) {
            parts.add(art);
        }
        if (!before.isEmpty()) {
            parts.add(before);
        }
        String declension = before.isEmpty() ? GermanInflector.declension(article, number) : "SOL";
        for (int i = 0; i < adjectives.size(); i++) {
            Adjective a = adjectives.get(i);
            // Written without an ending before another adjective, it qualifies that one: "staatlich garantierte".
            boolean adverbial = i + 1 < adjectives.size() && a.written().equals(a.lemma());
            parts.add(adverbial ? a.written() : GermanInflector.adjective(a.lemma(), c, number, gender, a.degree(),
                    declension));
        }
        if (name) {
            parts.add(c == Case.GENITIVE && article == Article.NONE && before.isEmpty() ? Inflector.possessive(head,
                    Language.DE) : head);
        } else {
            parts.add(GermanInflector.noun(head, c, number, gender, written).orElse(written));
        }
        if (!after.isEmpty()) {
            parts.add(after);
        }
        return String.join(" ", parts);
    }
}
