package org.factquiz.language;

import java.util.Locale;

/** Word classes, as the Universal Dependencies tag set names them. */
public enum PartOfSpeech {
    NOUN, PROPER_NOUN, VERB, AUXILIARY, ADJECTIVE, ADVERB, ADPOSITION, DETERMINER, PRONOUN, NUMERAL,
    CONJUNCTION, SUBORDINATOR, PARTICLE, PUNCTUATION, SYMBOL, OTHER;

    /** The class of a UD tag ("PROPN", "AUX"); a combined tag ("PROPN+PART") counts by its first part. */
    public static PartOfSpeech ofUniversalTag(String tag) {
        String first = tag == null ? "" : tag.split("\\+", 2)[0].toUpperCase(Locale.ROOT);
        return switch (first) {
            case "NOUN" -> NOUN;
            case "PROPN" -> PROPER_NOUN;
            case "VERB" -> VERB;
            case "AUX" -> AUXILIARY;
            case "ADJ" -> ADJECTIVE;
            case "ADV" -> ADVERB;
            case "ADP" -> ADPOSITION;
            case "DET" -> DETERMINER;
            case "PRON" -> PRONOUN;
            case "NUM" -> NUMERAL;
            case "CCONJ" -> CONJUNCTION;
            case "SCONJ" -> SUBORDINATOR;
            case "PART" -> PARTICLE;
            case "PUNCT" -> PUNCTUATION;
            case "SYM" -> SYMBOL;
            default -> OTHER;
        };
    }

    public boolean isNominal() {
        return this == NOUN || this == PROPER_NOUN;
    }

    public boolean isVerbal() {
        return this == VERB || this == AUXILIARY;
    }
}
