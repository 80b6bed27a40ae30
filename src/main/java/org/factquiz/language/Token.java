package org.factquiz.language;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A word or punctuation mark of a sentence, with its character offsets into the analysed text
 * ({@code end} exclusive), the lemma and word class the tagger chose, and every reading the
 * dictionary knows for it ({@link #forms}; empty for a word it does not know).
 */
public record Token(String text, int start, int end, String lemma, PartOfSpeech pos, List<WordForm> forms) {
    public Token {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(pos, "pos");
        forms = List.copyOf(forms);
    }

    /** The text in lower case: what comparisons of words use. */
    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Every lemma this token may have, in lower case: the tagger's, then the dictionary's. Words
     * are compared by these, so "Nutzern", "Nutzer" and "users"/"user" meet whatever the tagger guessed.
     */
    public Set<String> lemmas() {
        Set<String> all = new LinkedHashSet<>();
        all.add(lemma.toLowerCase(Locale.ROOT));
        for (WordForm form : forms) {
            all.add(form.lemma().toLowerCase(Locale.ROOT));
        }
        return all;
    }

    /** True when the tagger or a dictionary reading makes this token a {@code pos}. */
    public boolean may(PartOfSpeech pos) {
        return this.pos == pos || forms.stream().anyMatch(f -> f.pos() == pos);
    }

    /** The cases this token may be in, by its dictionary readings. */
    public Set<Case> cases() {
        Set<Case> cases = new LinkedHashSet<>();
        forms.forEach(f -> {
            if (f.grammaticalCase() != null) {
                cases.add(f.grammaticalCase());
            }
        });
        return cases;
    }

    /** The numbers this token may be in, by its dictionary readings. */
    public Set<GrammaticalNumber> numbers() {
        Set<GrammaticalNumber> numbers = new LinkedHashSet<>();
        forms.forEach(f -> {
            if (f.number() != null) {
                numbers.add(f.number());
            }
        });
        return numbers;
    }

    /** The degree of an adjective or adverb (the strongest any reading of that class gives), or null. */
    public Degree degree() {
        if (pos != PartOfSpeech.ADJECTIVE && pos != PartOfSpeech.ADVERB) {
            return null;
        }
        Degree degree = null;
        for (WordForm f : forms) {
            if (f.degree() != null && (f.pos() == PartOfSpeech.ADJECTIVE || f.pos() == PartOfSpeech.ADVERB)
                    && (degree == null || f.degree().compareTo(degree) > 0)) {
                degree = f.degree();
            }
        }
        return degree;
    }

    public boolean isPunctuation() {
        return pos == PartOfSpeech.PUNCTUATION;
    }
}
