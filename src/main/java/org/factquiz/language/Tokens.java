package org.factquiz.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.Span;
import org.factquiz.model.Language;

/** Tokenizer repairs and lemma choice, shared by {@link Analyzer}'s steps. */
final class Tokens {
    private Tokens() {
    }

    /**
     * OpenNLP's spans, repaired for what the claim sentences need: a hyphenated compound is one word
     * ("KI-Anwendung", "Initech-Chips"), a possessive "'s" and a "n't" are words of their own.
     */
    static List<Span> split(String text, Span[] raw) {
        List<Span> merged = new ArrayList<>();
        for (Span span : raw) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && last.getEnd() == span.getStart() && joins(text, last, span)) {
                merged.set(merged.size() - 1, new Span(last.getStart(), span.getEnd()));
            } else {
                merged.add(span);
            }
        }
        List<Span> out = new ArrayList<>();
        for (Span span : merged) {
            String word = text.substring(span.getStart(), span.getEnd());
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.length() > 2 && (lower.endsWith("'s") || lower.endsWith("’s"))) {
                out.add(new Span(span.getStart(), span.getEnd() - 2));
                out.add(new Span(span.getEnd() - 2, span.getEnd()));
            } else if (word.length() > 3 && lower.endsWith("n't")) {
                out.add(new Span(span.getStart(), span.getEnd() - 3));
                out.add(new Span(span.getEnd() - 3, span.getEnd()));
            } else if (word.length() > 1 && (lower.endsWith("s'") || lower.endsWith("s’"))
                    && Character.isLetter(word.charAt(word.length() - 2))) {
                out.add(new Span(span.getStart(), span.getEnd() - 1));
                out.add(new Span(span.getEnd() - 1, span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /** "KI-" + "Anwendung", "Initech" + "-" + "Chips", "Initech" + "-Chips": one word with no space between. */
    private static boolean joins(String text, Span left, Span right) {
        String l = text.substring(left.getStart(), left.getEnd());
        String r = text.substring(right.getStart(), right.getEnd());
        boolean leftWord = Character.isLetterOrDigit(l.charAt(0));
        if (l.endsWith("-") && leftWord && Character.isLetterOrDigit(r.charAt(0))) {
            return true;
        }
        if (r.equals("-") && leftWord) {
            int after = right.getEnd();
            return after < text.length() && Character.isLetterOrDigit(text.charAt(after));
        }
        return r.startsWith("-") && r.length() > 1 && leftWord && Character.isLetterOrDigit(r.charAt(1))
                || l.endsWith("-") && l.length() > 1 && Character.isLetterOrDigit(r.charAt(0));
    }

    /**
     * The tagger's class, unless the dictionary knows the word only as something else: in a short
     * claim OpenNLP sometimes tags "owns" a noun; German nouns are capitalised, so a capitalised
     * word the dictionary knows only as a verb is a noun, and the other way round.
     */
    static PartOfSpeech corrected(String word, PartOfSpeech tagged, List<WordForm> forms, Language language) {
        if (word.equals("'s") || word.equals("’s")) {
            return PartOfSpeech.PARTICLE;
        }
        if (word.equalsIgnoreCase("n't")) {
            return PartOfSpeech.PARTICLE;
        }
        if (language == Language.DE && !forms.isEmpty() && forms.stream().noneMatch(f -> compatible(f.pos(), tagged))) {
            if (forms.size() == 1 || forms.stream().map(WordForm::pos).distinct().count() == 1) {
                return forms.get(0).pos();
            }
        }
        return tagged;
    }

    static boolean compatible(PartOfSpeech dictionary, PartOfSpeech tagged) {
        if (dictionary == tagged) {
            return true;
        }
        return dictionary.isNominal() && tagged.isNominal() || dictionary.isVerbal() && tagged.isVerbal()
                || dictionary == PartOfSpeech.DETERMINER && tagged == PartOfSpeech.PRONOUN
                || dictionary == PartOfSpeech.PRONOUN && tagged == PartOfSpeech.DETERMINER
                || dictionary == PartOfSpeech.PARTICLE && tagged == PartOfSpeech.ADPOSITION
                || dictionary == PartOfSpeech.ADVERB && tagged == PartOfSpeech.ADJECTIVE;
    }

    /**
     * The lemma to show: for a German word the dictionary's reading that fits the tag, for an
     * English one the irregular form's or KStem's; a name keeps its spelling.
     */
    static String lemma(String word, PartOfSpeech pos, List<WordForm> forms, Language language) {
        if (word.equalsIgnoreCase("n't")) {
            return "not";
        }
        if (word.equals("'s") || word.equals("’s")) {
            return "'s";
        }
        if (language == Language.DE) {
            for (WordForm f : forms) {
                if (compatible(f.pos(), pos)) {
                    return f.lemma();
                }
            }
            return forms.isEmpty() ? word : forms.get(0).lemma();
        }
        if (pos == PartOfSpeech.PROPER_NOUN || !Character.isLetter(word.charAt(0))) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (WordForm f : forms) {
            if (f.pos() == pos && EnglishLexicon.isIrregular(lower)) {
                return f.lemma();
            }
        }
        if (pos == PartOfSpeech.ADJECTIVE || pos == PartOfSpeech.ADVERB) {
            String compared = EnglishLexicon.positive(lower);
            if (compared != null) {
                return compared;
            }
        }
        String stem = EnglishStems.lemma(lower);
        if (stem.equals(lower)) {
            // KStem keeps words its dictionary lists as they are ("wants"); a reading of the tagged
            // class with a lemma of its own says better.
            for (WordForm f : forms) {
                if (f.pos() == pos && !f.lemma().equals(lower) && EnglishStems.lemma(f.lemma()).equals(f.lemma())) {
                    return f.lemma();
                }
            }
        }
        return stem;
    }
}
