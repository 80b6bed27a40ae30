package org.factquiz.language.writing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factquiz.language.Case;
import org.factquiz.language.GrammaticalNumber;
import org.factquiz.language.NumberWords;
import org.factquiz.model.Language;

/**
 * Amounts as running text writes them: whole numbers from one to twelve in words ("zehn Jahre",
 * "ten years"), larger ones in digits grouped as the language groups them ("12.000", "12,000"),
 * millions and billions with their word ("60 Millionen", "eine Milliarde", "two billion"). An
 * amount of exactly one unit is left to the clause, which declines "ein" with the unit noun.
 */
public final class Amounts {
    private static final int LARGEST_IN_WORDS = 12;

    private Amounts() {
    }

    /** {@code value}, after {@code prefix} ("mindestens", "more than"; may be empty), as a term. */
    public static Term amount(String prefix, double value, Language language) {
        double[] factors = {1e12, 1e9, 1e6};
        String[][] names = language == Language.DE
                ? new String[][] {{"Billion", "Billionen"}, {"Milliarde", "Milliarden"}, {"Million", "Millionen"}}
                : new String[][] {{"trillion", "trillion"}, {"billion", "billion"}, {"million", "million"}};
        for (int i = 0; i < factors.length; i++) {
            if (Math.abs(value) >= factors[i]) {
                double scaled = value / factors[i];
                if (scaled == 1) {
                    return one(prefix, names[i][0], language);
                }
                return Term.fixed(Slotted.join(List.of(prefix, number(scaled, language), names[i][1])), language,
                        GrammaticalNumber.PLURAL);
            }
        }
        if (value == 1) {
            return Term.one(prefix, language);
        }
        return Term.fixed(Slotted.join(List.of(prefix, number(value, language))), language, GrammaticalNumber.PLURAL);
    }

    /** A number in words up to twelve, else in digits: "zehn", "ten", "60", "1,5". */
    public static String number(double value, Language language) {
        if (value == Math.rint(value) && value >= 2 && value <= LARGEST_IN_WORDS) {
            return NumberWords.cardinal((long) value, language);
        }
        return NumberWords.decimal(value, language);
    }

    /** "eine Milliarde" (declined: "einer Milliarde"), "one billion". */
    private static Term one(String prefix, String scale, Language language) {
        Map<Case, String> forms = new EnumMap<>(Case.class);
        for (Case c : Case.values()) {
            String word = language == Language.EN ? "one"
                    : c == Case.NOMINATIVE || c == Case.ACCUSATIVE ? "eine" : "einer";
            forms.put(c, Slotted.join(List.of(prefix, word, scale)));
        }
        return Term.fixed(forms, language, GrammaticalNumber.SINGULAR);
    }
}
