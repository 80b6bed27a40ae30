package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.factquiz.language.Article;
import org.factquiz.language.Case;
import org.factquiz.language.Degree;
import org.factquiz.language.Gender;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.Inflector;
import org.factquiz.language.NounPhrase;
import org.factquiz.model.Language;
import org.factquiz.model.NameGrammar;

/**
 * Words that fill a slot of a sentence: a name or noun phrase, which German puts into the case the
 * slot needs ("internationale Märkte" after "in": "internationalen Märkten"), a question phrase
 * ("welches Unternehmen", "wen"), several terms joined ("Chatly und Snapgram"), or fixed words (a date,
 * an amount) written as they are. A term knows its number and, where the words or the facts say
 * it, its gender, so that the verb agrees with it and a pronoun can stand for it. {@code key} names
 * what the term refers to (an entity id), so that a repeated subject is recognised.
 */
public final class Term {
    private enum Kind { NAME, FIXED, QUESTION, JOINED, ONE }

    private final Kind kind;
    private final Language language;
    private final String text;
    private final String key;
    private final NounPhrase phrase;
    private final GrammaticalNumber number;
    private final Gender gender;
    private final Map<Case, String> forms;
    private final List<Term> members;
    private final String conjunction;
    /** A question phrase's determiner stem ("welch") and its noun; or its pronoun ("wer", "who"). */
    private final String question;
    /** Words written before and after the term in every case ("unter anderem ..."). */
    private final String before;
    private final String after;

    private Term(Kind kind, Language language, String text, String key, NounPhrase phrase, GrammaticalNumber number,
                 Gender gender, Map<Case, String> forms, List<Term> members, String conjunction, String question) {
        this.kind = kind;
        this.language = Objects.requireNonNull(language, "language");
        this.text = Objects.requireNonNull(text, "text");
        this.key = key;
        this.phrase = phrase;
        this.number = Objects.requireNonNull(number, "number");
        this.gender = gender;
        this.forms = forms.isEmpty() ? Map.of() : Map.copyOf(forms);
        this.members = List.copyOf(members);
        this.conjunction = conjunction;
        this.question = question;
        this.before = "";
        this.after = "";
    }

    private Term(Term t, String before, String after) {
        this.kind = t.kind;
        this.language = t.language;
        this.text = Slotted.join(List.of(before, t.text)) + after;
        this.key = t.key;
        this.phrase = t.phrase;
        this.number = t.number;
        this.gender = t.gender;
        this.forms = t.forms;
        this.members = t.members;
        this.conjunction = t.conjunction;
        this.question = t.question;
        this.before = Slotted.join(List.of(before, t.before));
        this.after = t.after + after;
    }

    /** The same term with words around it in every case: "unter anderem Suche, ...", "..., among other things". */
    public Term around(String wordsBefore, String wordsAfter) {
        return new Term(this, wordsBefore, wordsAfter);
    }

    /**
     * A name as the facts write it (in the nominative), with what the facts add about its grammar
     * ({@code grammar} may be null): "die USA" is plural, a name may give its case forms.
     */
    public static Term name(String text, Language language, NameGrammar grammar, String key) {
        Map<Case, String> forms = new EnumMap<>(Case.class);
        GrammaticalNumber number = null;
        Gender gender = null;
        if (grammar != null) {
            grammar.forms().forEach((c, form) -> forms.put(Case.valueOf(c.toUpperCase(Locale.ROOT)), form));
            number = grammar.number() == null ? null : GrammaticalNumber.valueOf(grammar.number().toUpperCase(Locale.ROOT));
            gender = grammar.gender() == null ? null : Gender.valueOf(grammar.gender().toUpperCase(Locale.ROOT));
        }
        if (language == Language.EN) {
            return new Term(Kind.NAME, language, text, key, null, number == null ? englishNumber(text) : number, gender,
                    forms, List.of(), null, null);
        }
        NounPhrase phrase = germanPhrase(text);
        if (number != null) {
            phrase = phrase.withNumber(number);
        }
        if (gender == null && phrase.gender() == null && phrase.article() == Article.DEFINITE
                && phrase.number() == GrammaticalNumber.SINGULAR) {
            // A name the dictionary does not know keeps the gender of the article it is written with: "der Fehmarnbelt".
            gender = switch (text.strip().split("\\s+")[0].toLowerCase(Locale.ROOT)) {
                case "der" -> Gender.MASCULINE;
                case "das" -> Gender.NEUTER;
                default -> Gender.FEMININE;
            };
        }
        if (gender != null) {
            phrase = new NounPhrase(phrase.language(), phrase.article(), phrase.before(), phrase.adjectives(),
                    phrase.head(), phrase.written(), phrase.name(), gender, phrase.number(), phrase.after(), Map.of());
        }
        return new Term(Kind.NAME, language, text, key, phrase, phrase.number(), phrase.gender(), forms, List.of(), null,
                null);
    }

    /** Words written as they are, whatever the case: a date ("seit 2019"), an amount, a place adverb. */
    public static Term fixed(String text, Language language, GrammaticalNumber number) {
        return new Term(Kind.FIXED, language, text, null, null, number, null, Map.of(), List.of(), null, null);
    }

    /** Fixed words with a form per case (an amount whose number word declines: "eine Milliarde", "einer Milliarde"). */
    public static Term fixed(Map<Case, String> forms, Language language, GrammaticalNumber number) {
        return new Term(Kind.FIXED, language, forms.get(Case.NOMINATIVE), null, null, number, null, forms, List.of(), null,
                null);
    }

    /**
     * An amount of exactly one of the unit that follows it ("ein Tag", "one day"), after
     * {@code prefix} ("mindestens", "at least"; may be empty): the clause declines the number word
     * with the unit noun and makes the noun singular.
     */
    public static Term one(String prefix, Language language) {
        String word = language == Language.DE ? "ein" : "one";
        return new Term(Kind.ONE, language, Slotted.join(List.of(prefix, word)), null, null, GrammaticalNumber.SINGULAR,
                null, Map.of(), List.of(), null, prefix);
    }

    /** True for an amount of one that the noun after it must agree with. */
    public boolean isOne() {
        return kind == Kind.ONE;
    }

    /** The amount of one with its number word as the unit noun needs it ("einen", "einem"). */
    String withOneWord(String word) {
        return Slotted.join(List.of(question, word));
    }

    /**
     * Terms joined by {@code conjunction}: "Suche, Übersetzung und Bildgenerierung", each member in
     * the case the slot asks. A joined term is plural.
     */
    public static Term joined(List<Term> members, String conjunction, Language language) {
        if (members.size() == 1) {
            return members.get(0);
        }
        String text = join(members.stream().map(m -> m.text).toList(), conjunction);
        return new Term(Kind.JOINED, language, text, null, null, GrammaticalNumber.PLURAL, null, Map.of(), members,
                conjunction, null);
    }

    /**
     * A question phrase: "welches Unternehmen", "welcher Chatbot", "wer", "was"; "which company",
     * "who", "what". German declines it with the case its slot asks ("welchen Chatbot", "wem").
     */
    public static Term question(String words, Language language) {
        String lower = words.strip().toLowerCase(Locale.ROOT);
        if (language == Language.EN) {
            String[] parts = words.strip().split("\\s+", 2);
            boolean determiner = parts.length == 2 && (lower.startsWith("which ") || lower.startsWith("what "));
            return new Term(Kind.QUESTION, language, words.strip(), null, null,
                    determiner ? englishNumber(parts[1]) : GrammaticalNumber.SINGULAR, null, Map.of(), List.of(), null,
                    determiner ? parts[0] : lower);
        }
        String[] parts = words.strip().split("\\s+", 2);
        if (parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).startsWith("welch")) {
            String ending = parts[0].toLowerCase(Locale.ROOT).substring("welch".length());
            Gender gender = switch (ending) {
                case "er" -> Gender.MASCULINE;
                case "es" -> Gender.NEUTER;
                default -> Gender.FEMININE;
            };
            NounPhrase noun = NounPhrase.parse(parts[1], language);
            // Without an article the parser reads "Unternehmen" as a plural: the determiner says it is not.
            GrammaticalNumber number = ending.equals("e") && noun.number() == GrammaticalNumber.PLURAL
                    && noun.gender() != Gender.FEMININE ? GrammaticalNumber.PLURAL : GrammaticalNumber.SINGULAR;
            noun = new NounPhrase(language, Article.NONE, "", noun.adjectives(), noun.head(), noun.written(), noun.name(),
                    number == GrammaticalNumber.SINGULAR ? gender : noun.gender(), number, noun.after(), Map.of());
            return new Term(Kind.QUESTION, language, words.strip(), null, noun, number, noun.gender(), Map.of(),
                    List.of(), null, "welch");
        }
        return new Term(Kind.QUESTION, language, words.strip(), null, null, GrammaticalNumber.SINGULAR, null, Map.of(),
                List.of(), null, lower);
    }

    /** The same question phrase asking for several: "welche Produkte", "which products". */
    public Term plural() {
        if (kind != Kind.QUESTION || number == GrammaticalNumber.PLURAL) {
            return this;
        }
        if (language == Language.EN) {
            if (question.equals("which") || question.equals("what")) {
                String[] parts = text.split("\\s+", 2);
                return new Term(Kind.QUESTION, language, parts[0] + " " + Inflector.plural(parts[1]), null, null,
                        GrammaticalNumber.PLURAL, null, Map.of(), List.of(), null, question);
            }
            return this;
        }
        if (phrase == null) {
            return this;
        }
        NounPhrase plural = new NounPhrase(language, Article.NONE, "", phrase.adjectives(), phrase.head(), phrase.written(),
                phrase.name(), phrase.gender(), GrammaticalNumber.PLURAL, phrase.after(), Map.of());
        Term t = new Term(Kind.QUESTION, language, "welche " + plural.in(Case.NOMINATIVE), null, plural,
                GrammaticalNumber.PLURAL, phrase.gender(), Map.of(), List.of(), null, "welch");
        return t;
    }

    /** The words in {@code c}: German declines them; English only has the possessive. */
    public String in(Case c) {
        return Slotted.join(List.of(before, inCase(c))) + after;
    }

    /** The words written before the term in every case ("unter anderem"), or "". */
    String wordsBefore() {
        return before;
    }

    /** The words written after the term in every case (", among other things"), or "". */
    String wordsAfter() {
        return after;
    }

    /** The term in {@code c} without the words before it. */
    String withoutWordsBefore(Case c) {
        return inCase(c) + after;
    }

    private String inCase(Case c) {
        String given = forms.get(c);
        if (given != null) {
            return given;
        }
        return switch (kind) {
            case FIXED, ONE -> text;
            case JOINED -> join(members.stream().map(m -> m.in(c)).toList(), conjunction);
            case QUESTION -> questionIn(c);
            case NAME -> language == Language.EN
                    ? c == Case.GENITIVE ? Inflector.possessive(text, Language.EN) : text
                    : germanIn(c);
        };
    }

    /**
     * The noun phrase in {@code c}, with what the dictionary cannot do for a word it does not know:
     * the genitive s of a masculine or neuter name ("des Fehmarnbelts"), the dative n of a plural
     * ("den Niederlanden").
     */
    private String germanIn(Case c) {
        String out = phrase.in(c);
        boolean lastIsHead = phrase.after().isEmpty() && !phrase.head().contains(" ");
        if (!lastIsHead) {
            return out;
        }
        String last = out.substring(out.lastIndexOf(' ') + 1);
        boolean unchanged = last.equals(phrase.written()) || last.equals(phrase.head());
        boolean abbreviation = last.equals(last.toUpperCase(Locale.ROOT));
        if (!unchanged || abbreviation) {
            return out;
        }
        if (c == Case.GENITIVE && phrase.name() && phrase.article() != Article.NONE && gender != Gender.FEMININE
                && number == GrammaticalNumber.SINGULAR) {
            return out + (last.matches(".*(s|ß|x|z)$") ? "es" : "s");
        }
        if (c == Case.DATIVE && number == GrammaticalNumber.PLURAL && !last.matches(".*[ns]$")) {
            return out + "n";
        }
        return out;
    }

    private String questionIn(Case c) {
        if (language == Language.EN) {
            return question.equals("who") && c == Case.GENITIVE ? "whose" : text;
        }
        if (question.equals("welch")) {
            // "welch-" takes the definite article's endings: der/welcher, die/welche, das/welches, dem/welchem.
            String ending = switch (Inflector.article(Article.DEFINITE, c, number, gender)) {
                case "der" -> "er";
                case "das", "des" -> "es";
                case "den" -> "en";
                case "dem" -> "em";
                default -> "e";
            };
            return "welch" + ending + " " + phrase.in(c);
        }
        return switch (question) {
            case "wer" -> switch (c) {
                case NOMINATIVE -> "wer";
                case ACCUSATIVE -> "wen";
                case DATIVE -> "wem";
                case GENITIVE -> "wessen";
            };
            case "was" -> c == Case.GENITIVE ? "wessen" : "was";
            default -> text;
        };
    }

    /** The question word after a preposition: German "was" joins it ("worauf", "womit"); otherwise preposition and phrase. */
    public String afterPreposition(String preposition, Case c) {
        if (kind == Kind.QUESTION && language == Language.DE && question.equals("was")) {
            String p = preposition.toLowerCase(Locale.ROOT);
            return "wo" + ("aeiouäöü".indexOf(p.charAt(0)) >= 0 ? "r" : "") + p;
        }
        return preposition + " " + in(c);
    }

    /** True for an adverb that asks for a place or time ("wo", "where"): it stands for a preposition and its object. */
    public boolean isAdverbialQuestion() {
        return kind == Kind.QUESTION && (question.equals("wo") || question.equals("where") || question.equals("wann")
                || question.equals("when"));
    }

    /** True for a proper name (the dictionary does not know its head): it keeps "von" rather than a genitive. */
    public boolean isName() {
        return kind == Kind.NAME && (phrase == null || phrase.name());
    }

    public boolean isQuestion() {
        return kind == Kind.QUESTION;
    }

    public boolean isFixed() {
        return kind == Kind.FIXED;
    }

    /** The words as the facts write them (nominative). */
    public String text() {
        return text;
    }

    /** What the term refers to (an entity id), or null. */
    public String key() {
        return key;
    }

    public GrammaticalNumber number() {
        return number;
    }

    /** The German grammatical gender, where the words or the facts give it; null otherwise. */
    public Gender gender() {
        return gender;
    }

    public Language language() {
        return language;
    }

    /**
     * A personal pronoun that stands for this term in {@code c} ("es", "ihn", "sie", "ihnen"; "it",
     * "they", "them"), when its number and (in German) its gender are known; for a person
     * English needs the gender too ("he", "she"). Empty when no pronoun can safely stand for it.
     */
    public Optional<Term> pronoun(Case c, boolean person) {
        String p;
        if (language == Language.EN) {
            boolean object = c != Case.NOMINATIVE;
            if (number == GrammaticalNumber.PLURAL) {
                p = object ? "them" : "they";
            } else if (person) {
                if (gender == null || gender == Gender.NEUTER) {
                    return Optional.empty();
                }
                p = gender == Gender.MASCULINE ? (object ? "him" : "he") : (object ? "her" : "she");
            } else {
                p = "it";
            }
            return Optional.of(fixed(p, language, number));
        }
        if (number == GrammaticalNumber.PLURAL) {
            p = switch (c) {
                case NOMINATIVE, ACCUSATIVE -> "sie";
                case DATIVE -> "ihnen";
                case GENITIVE -> "ihrer";
            };
        } else if (gender == null) {
            return Optional.empty();
        } else {
            p = switch (gender) {
                case MASCULINE -> switch (c) {
                    case NOMINATIVE -> "er";
                    case ACCUSATIVE -> "ihn";
                    case DATIVE -> "ihm";
                    case GENITIVE -> "seiner";
                };
                case FEMININE -> switch (c) {
                    case NOMINATIVE, ACCUSATIVE -> "sie";
                    case DATIVE -> "ihr";
                    case GENITIVE -> "ihrer";
                };
                case NEUTER -> switch (c) {
                    case NOMINATIVE, ACCUSATIVE -> "es";
                    case DATIVE -> "ihm";
                    case GENITIVE -> "seiner";
                };
            };
        }
        return Optional.of(fixed(p, language, number));
    }

    @Override
    public String toString() {
        return text;
    }

    /**
     * English number by the last word: a lower-case word or an acronym with a plural s ("insiders",
     * "GPUs") is plural; a capitalised name ending in s ("the United States", "Scandlines") is one thing.
     */
    private static GrammaticalNumber englishNumber(String text) {
        String[] words = text.strip().split("\\s+");
        String last = words[words.length - 1];
        String lower = last.toLowerCase(Locale.ROOT);
        boolean acronymPlural = last.matches("[A-Z]{2,}s");
        boolean lowerPlural = last.equals(lower) && !Inflector.singular(lower).equals(lower);
        return acronymPlural || lowerPlural ? GrammaticalNumber.PLURAL : GrammaticalNumber.SINGULAR;
    }

    /**
     * A German name as a noun phrase. Adjectives the dictionary does not know ("generative") are
     * read by their ending when a noun the dictionary knows follows them.
     */
    private static NounPhrase germanPhrase(String text) {
        NounPhrase parsed = NounPhrase.parse(text, Language.DE);
        String[] words = text.strip().split("\\s+");
        if (!parsed.name() || words.length < 2) {
            return parsed;
        }
        List<NounPhrase.Adjective> unknown = new ArrayList<>();
        int i = 0;
        while (i < words.length - 1 && Character.isLowerCase(words[i].charAt(0)) && words[i].endsWith("e")) {
            unknown.add(new NounPhrase.Adjective(words[i].substring(0, words[i].length() - 1), Degree.POSITIVE, words[i]));
            i++;
        }
        if (unknown.isEmpty()) {
            return parsed;
        }
        NounPhrase rest = NounPhrase.parse(String.join(" ", List.of(words).subList(i, words.length)), Language.DE);
        if (rest.name() || rest.article() != Article.NONE) {
            return parsed;
        }
        List<NounPhrase.Adjective> adjectives = new ArrayList<>(unknown);
        adjectives.addAll(rest.adjectives());
        return new NounPhrase(Language.DE, Article.NONE, rest.before(), adjectives, rest.head(), rest.written(), false,
                rest.gender(), rest.number(), rest.after(), Map.of());
    }

    private static String join(List<String> parts, String conjunction) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " " + parts.get(parts.size() - 1);
    }
}
