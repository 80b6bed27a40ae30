package org.factquiz.claims;

import java.util.Set;
import org.factquiz.language.Degree;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Token;
import org.factquiz.model.ClaimedValue;

/**
 * One part of a clause as the reader compares it: a word, a name (in a template, a slot such as
 * {@code object}), or an amount. Tokens {@code [start, end)} of the sentence it comes from. A
 * possessive name is the "of X" of the noun before it, however it was written ("Chinas reichster
 * Mann", "der reichste Mann Chinas", "China's richest man", "Kunde von Chipco").
 */
record Piece(Kind kind, int start, int end, Token word, String ref, boolean possessive, ClaimedValue value,
             String text) {
    enum Kind { WORD, NAME, VALUE }

    static Piece word(int index, Token token) {
        return new Piece(Kind.WORD, index, index + 1, token, null, false, null, token.text());
    }

    static Piece name(NameMatch m, String text) {
        return new Piece(Kind.NAME, m.start(), m.end(), null, m.entity(), m.possessive(), null, text);
    }

    static Piece value(int start, int end, ClaimedValue value, String text) {
        return new Piece(Kind.VALUE, start, end, null, null, false, value, text);
    }

    Piece possessive(boolean p) {
        return new Piece(kind, start, end, word, ref, p, value, text);
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isName() {
        return kind == Kind.NAME;
    }

    PartOfSpeech pos() {
        return word == null ? null : word.pos();
    }

    String lower() {
        return word == null ? text.toLowerCase(java.util.Locale.ROOT) : word.lower();
    }

    Set<String> lemmas() {
        return word == null ? Set.of() : word.lemmas();
    }

    Degree degree() {
        return word == null ? null : word.degree();
    }

    /** A noun: by the tagger, or (for a word it could not place) by the dictionary. */
    boolean nominal() {
        return word != null && (word.pos().isNominal() || word.pos() == PartOfSpeech.OTHER && word.may(PartOfSpeech.NOUN));
    }
}
