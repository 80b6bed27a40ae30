package org.factquiz.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.factquiz.model.Language;

/**
 * Reads text into sentences and tokens: OpenNLP finds sentences and tokens and tags their part of
 * speech; German tokens get their lemmas and readings (case, number, gender, degree, verb form)
 * from morfologik, English ones from {@link EnglishLexicon} and Lucene's KStem. (OpenNLP's
 * statistical lemmatizer is not used: it costs several times the rest of the analysis per
 * sentence and guesses where these dictionaries know.) Every method is thread-safe; the models
 * load on first use, per language.
 */
public final class Analyzer {
    private static final Set<String> GERMAN_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "ist", "sind", "hat", "haben", "wird", "wurde", "werden", "und", "von", "mit", "nicht", "kein",
            "keine", "auf", "für", "im", "laut", "sich", "zu", "als", "auch", "nach", "bei", "seit", "über", "aus",
            "vor", "dass", "es", "sein", "seine", "ihre", "nutzer", "wie", "zufolge", "gibt", "mehr", "weniger",
            "möglicherweise", "könnte", "soll", "dürfte", "kann", "hier", "noch", "schon", "bereits", "einer", "zum",
            "zur", "beim", "vom", "ins", "am", "oder", "aber", "jedoch", "unter", "anderem", "mio", "millionen",
            "milliarden", "etwa", "rund", "knapp", "gut", "mindestens", "höchstens");
    private static final Set<String> ENGLISH_WORDS = Set.of("the", "a", "is", "are", "was", "were", "has",
            "have", "had", "of", "and", "by", "to", "in", "with", "not", "does", "do", "did", "its", "their", "from",
            "than", "more", "fewer", "less", "according", "since", "will", "could", "would", "may", "might", "that",
            "which", "who", "it", "on", "for", "at", "as", "also", "possibly", "users", "million", "billion", "about",
            "roughly", "around", "over", "least", "most", "times", "once", "twice", "says", "said", "reports",
            "been", "being", "be", "this", "these", "those", "after", "before", "own", "makes", "owns", "uses");

    /**
     * OpenNLP's taggers are not thread-safe and cost more to build than to run, so each thread
     * keeps its own, per language.
     */
    private static final Map<Language, ThreadLocal<TokenizerME>> TOKENIZERS = perThread(l -> new TokenizerME(Models.tokens(l)));
    private static final Map<Language, ThreadLocal<POSTaggerME>> TAGGERS = perThread(l -> new POSTaggerME(Models.tags(l)));

    private Analyzer() {
    }

    private static <T> Map<Language, ThreadLocal<T>> perThread(Function<Language, T> build) {
        Map<Language, ThreadLocal<T>> map = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            map.put(language, ThreadLocal.withInitial(() -> build.apply(language)));
        }
        return map;
    }

    /** The sentences of {@code text} as character spans, without tagging them. */
    public static List<TextSpan> sentenceSpans(String text, Language language) {
        SentenceDetectorME detector = new SentenceDetectorME(Models.sentences(language));
        return Abbreviations.rejoin(text, detector.sentPosDetect(text), language);
    }

    /** The sentences of {@code text}, analysed; every offset is into {@code text}. */
    public static List<Sentence> sentences(String text, Language language) {
        List<Sentence> sentences = new ArrayList<>();
        for (TextSpan span : sentenceSpans(text, language)) {
            sentences.add(analyse(span.text(), span.start(), language));
        }
        return sentences;
    }

    /** {@code text} analysed as one sentence, offsets from 0. */
    public static Sentence analyse(String text, Language language) {
        return analyse(text, 0, language);
    }

    private static Sentence analyse(String text, int offset, Language language) {
        Models.prepareAnalysis(language);
        List<Span> spans = Tokens.split(text, TOKENIZERS.get(language).get().tokenizePos(text));
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = text.substring(spans.get(i).getStart(), spans.get(i).getEnd());
        }
        String[] tags = TAGGERS.get(language).get().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            PartOfSpeech pos = PartOfSpeech.ofUniversalTag(tags[i]);
            boolean first = i == 0 || i == 1 && !Character.isLetterOrDigit(words[0].charAt(0));
            List<WordForm> forms = language == Language.DE ? GermanLexicon.analyse(words[i], first)
                    : EnglishLexicon.analyse(words[i], pos);
            pos = Tokens.corrected(words[i], pos, forms, language);
            String lemma = Tokens.lemma(words[i], pos, forms, language);
            tokens.add(new Token(words[i], offset + spans.get(i).getStart(), offset + spans.get(i).getEnd(), lemma,
                    pos, forms));
        }
        return new Sentence(text, offset, offset + text.length(), language, tokens);
    }

    /**
     * The words of a short text (a name, a phrase) with their dictionary readings only: no tagger
     * model is loaded, so this is cheap enough for every name of a large fact base. Words are split
     * as {@link #analyse} splits them (a possessive "'s" apart, hyphenated compounds whole); a
     * word's class is its first dictionary reading's, or a proper noun when the dictionaries do
     * not know it.
     */
    public static List<Token> words(String text, Language language) {
        List<Token> tokens = new ArrayList<>();
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            int start = m.start();
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
                tokens.add(lexical(word.substring(0, word.length() - 2), start, language));
                tokens.add(lexical(word.substring(word.length() - 2), start + word.length() - 2, language));
            } else {
                tokens.add(lexical(word, start, language));
            }
        }
        return tokens;
    }

    private static final java.util.regex.Pattern WORD =
            java.util.regex.Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,/&-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]|[^\\s\\p{L}\\p{N}]");

    private static Token lexical(String word, int start, Language language) {
        PartOfSpeech pos;
        List<WordForm> forms;
        if (language == Language.DE) {
            forms = GermanLexicon.analyse(word, false);
        } else {
            forms = EnglishLexicon.analyse(word, PartOfSpeech.OTHER);
        }
        if (word.equals("'s") || word.equals("’s")) {
            pos = PartOfSpeech.PARTICLE;
        } else if (!Character.isLetterOrDigit(word.charAt(0))) {
            pos = PartOfSpeech.PUNCTUATION;
        } else if (Character.isDigit(word.charAt(0))) {
            pos = PartOfSpeech.NUMERAL;
        } else if (forms.isEmpty()) {
            pos = Character.isUpperCase(word.charAt(0)) ? PartOfSpeech.PROPER_NOUN : PartOfSpeech.NOUN;
        } else {
            pos = forms.get(0).pos();
        }
        String lemma = language == Language.EN && pos != PartOfSpeech.PROPER_NOUN && Character.isLetter(word.charAt(0))
                ? EnglishStems.lemma(word.toLowerCase(Locale.ROOT)) : Tokens.lemma(word, pos, forms, language);
        return new Token(word, start, start + word.length(), lemma, pos, forms);
    }

    /**
     * The language {@code text} is most likely in: by its function words and umlauts, then by how
     * many of its words the German dictionary knows. English when nothing tells them apart.
     */
    public static Language guessLanguage(String text) {
        int german = 0;
        int english = 0;
        int words = 0;
        int known = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            if (GERMAN_WORDS.contains(word)) {
                german += 2;
            }
            if (ENGLISH_WORDS.contains(word)) {
                english += 2;
            }
            if (word.matches(".*[äöüß].*")) {
                german += 2;
            }
            if (word.length() > 3 && (GermanLexicon.knows(word) || GermanLexicon.knows(GermanLexicon.capitalise(word)))) {
                known++;
            }
        }
        if (german != english) {
            return german > english ? Language.DE : Language.EN;
        }
        return words > 0 && known * 2 >= words ? Language.DE : Language.EN;
    }
}
