package org.factquiz.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.factquiz.model.Language;

/** Numbers as import formats read them (60, 0.25, never 6.0E7) and as a language writes them (0,25). */
final class Numbers {
    private Numbers() {
    }

    static String plain(double value) {
        String text = BigDecimal.valueOf(value).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    static String text(double value, Language language) {
        String plain = plain(value);
        return language == Language.DE ? plain.replace('.', ',') : plain;
    }

    /** A share of full marks as a percentage with five decimals at most: 1/3 is "33.33333". */
    static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
