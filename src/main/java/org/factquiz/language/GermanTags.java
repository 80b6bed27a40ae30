package org.factquiz.language;

/**
 * The tags of german-pos-dict ("SUB:DAT:PLU:MAS", "VER:MOD:3:SIN:KJ2", "ADJ:NOM:SIN:FEM:SUP:DEF")
 * as {@link WordForm}s, and back.
 */
final class GermanTags {
    private GermanTags() {
    }

    /** A reading of {@code lemma} with {@code tag}, or null for a tag that says nothing we use. */
    static WordForm parse(String lemma, String tag) {
        String[] parts = tag.split(":");
        PartOfSpeech pos = switch (parts[0]) {
            case "SUB" -> PartOfSpeech.NOUN;
            case "EIG" -> PartOfSpeech.PROPER_NOUN;
            case "ADJ", "PA1", "PA2" -> PartOfSpeech.ADJECTIVE;
            case "ART" -> PartOfSpeech.DETERMINER;
            case "PRO" -> parts.length > 1 && parts[1].equals("POS") ? PartOfSpeech.DETERMINER : PartOfSpeech.PRONOUN;
            case "VER" -> PartOfSpeech.VERB;
            case "ADV" -> PartOfSpeech.ADVERB;
            case "PRP" -> PartOfSpeech.ADPOSITION;
            case "KON" -> parts.length > 1 && (parts[1].equals("UNT") || parts[1].equals("NEB"))
                    ? PartOfSpeech.SUBORDINATOR : PartOfSpeech.CONJUNCTION;
            case "ZUS", "NEG" -> PartOfSpeech.PARTICLE;
            case "ZAL" -> PartOfSpeech.NUMERAL;
            case "INJ" -> PartOfSpeech.OTHER;
            default -> null;
        };
        if (pos == null) {
            return null;
        }
        Case grammaticalCase = null;
        GrammaticalNumber number = null;
        Gender gender = null;
        Degree degree = null;
        Person person = null;
        Tense tense = null;
        VerbForm verbForm = null;
        boolean auxiliary = false;
        boolean modal = false;
        boolean subjunctive = false;
        for (int i = 1; i < parts.length; i++) {
            switch (parts[i]) {
                case "NOM" -> grammaticalCase = Case.NOMINATIVE;
                case "AKK" -> grammaticalCase = Case.ACCUSATIVE;
                case "DAT" -> grammaticalCase = Case.DATIVE;
                case "GEN" -> grammaticalCase = Case.GENITIVE;
                case "SIN", "SIG" -> number = GrammaticalNumber.SINGULAR;
                case "PLU", "PLT" -> number = GrammaticalNumber.PLURAL;
                case "MAS" -> gender = Gender.MASCULINE;
                case "FEM" -> gender = Gender.FEMININE;
                case "NEU" -> gender = Gender.NEUTER;
                case "GRU" -> degree = Degree.POSITIVE;
                case "KOM" -> degree = Degree.COMPARATIVE;
                case "SUP" -> degree = Degree.SUPERLATIVE;
                case "1" -> person = Person.FIRST;
                case "2" -> person = Person.SECOND;
                case "3" -> person = Person.THIRD;
                case "PRÄ" -> tense = Tense.PRESENT;
                case "PRT" -> tense = Tense.PAST;
                case "KJ1" -> {
                    tense = Tense.PRESENT;
                    subjunctive = true;
                }
                case "KJ2" -> {
                    tense = Tense.PAST;
                    subjunctive = true;
                }
                case "INF" -> verbForm = pos == PartOfSpeech.VERB ? VerbForm.INFINITIVE : verbForm;
                case "EIZ" -> verbForm = VerbForm.ZU_INFINITIVE;
                case "PA1" -> verbForm = VerbForm.PRESENT_PARTICIPLE;
                case "PA2" -> verbForm = VerbForm.PAST_PARTICIPLE;
                case "IMP" -> verbForm = VerbForm.IMPERATIVE;
                case "AUX" -> auxiliary = true;
                case "MOD" -> modal = true;
                default -> {
                    // Other tags (SFT, DEF, ATT, COU, ...) say nothing the layer uses.
                }
            }
        }
        if (pos == PartOfSpeech.VERB) {
            if (verbForm == null && person != null) {
                verbForm = VerbForm.FINITE;
            }
            if (auxiliary) {
                pos = PartOfSpeech.AUXILIARY;
            }
        }
        return new WordForm(lemma, pos, grammaticalCase, number, gender, degree, person, tense, verbForm, auxiliary,
                modal, subjunctive);
    }

    static String caseTag(Case c) {
        return switch (c) {
            case NOMINATIVE -> "NOM";
            case ACCUSATIVE -> "AKK";
            case DATIVE -> "DAT";
            case GENITIVE -> "GEN";
        };
    }

    static String numberTag(GrammaticalNumber n) {
        return n == GrammaticalNumber.PLURAL ? "PLU" : "SIN";
    }

    static String genderTag(Gender g) {
        return switch (g) {
            case MASCULINE -> "MAS";
            case FEMININE -> "FEM";
            case NEUTER -> "NEU";
        };
    }

    static String degreeTag(Degree d) {
        return switch (d) {
            case POSITIVE -> "GRU";
            case COMPARATIVE -> "KOM";
            case SUPERLATIVE -> "SUP";
        };
    }

    static String personTag(Person p) {
        return switch (p) {
            case FIRST -> "1";
            case SECOND -> "2";
            case THIRD -> "3";
        };
    }
}
