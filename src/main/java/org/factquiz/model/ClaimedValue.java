package org.factquiz.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The set of values a quantity claim allows: "= 60 million", "about 60 million" (within a
 * relative tolerance), "more than 50 million", ...
 */
public record ClaimedValue(Comparator comparator, double value, double tolerance) {
    /** How a claim compares its number. */
    public enum Comparator {
        EQUAL("=", "exactly"), ABOUT("~", "about"), MORE("&gt;", "more than"), LESS("&lt;", "less than"),
        AT_LEAST("&gt;=", "at least"), AT_MOST("&lt;=", "at most");

        private final String symbol;
        private final String words;

        Comparator(String symbol, String words) {
            this.symbol = symbol;
            this.words = words;
        }

        public String words() {
            return words;
        }

        public String symbol() {
            return symbol.replace("&gt;", ">").replace("&lt;", "<");
        }
    }

    /** The tolerance of "about" when a claim gives none. */
    public static final double DEFAULT_TOLERANCE = 0.1;

    public ClaimedValue {
        Objects.requireNonNull(comparator, "comparator");
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must not be negative");
        }
    }

    private double low() {
        return switch (comparator) {
            case EQUAL, AT_LEAST, MORE -> value;
            case ABOUT -> value * (1 - tolerance);
            case LESS, AT_MOST -> Double.NEGATIVE_INFINITY;
        };
    }

    private double high() {
        return switch (comparator) {
            case EQUAL, AT_MOST, LESS -> value;
            case ABOUT -> value * (1 + tolerance);
            case MORE, AT_LEAST -> Double.POSITIVE_INFINITY;
        };
    }

    private boolean lowOpen() {
        return comparator == Comparator.MORE;
    }

    private boolean highOpen() {
        return comparator == Comparator.LESS;
    }

    /** True when every value in [lowest, highest] is one the claim allows. */
    public boolean includesAll(double lowest, double highest) {
        boolean aboveLow = lowOpen() ? lowest > low() : lowest >= low();
        boolean belowHigh = highOpen() ? highest < high() : highest <= high();
        return aboveLow && belowHigh;
    }

    /** True when no value in [lowest, highest] is one the claim allows. */
    public boolean excludesAll(double lowest, double highest) {
        boolean allBelow = lowOpen() ? highest <= low() : highest < low();
        boolean allAbove = highOpen() ? lowest >= high() : lowest > high();
        return allBelow || allAbove;
    }

    /** True when every value below {@code bound} (the bound itself excluded) is one the claim allows. */
    public boolean includesAllBelow(double bound) {
        return low() == Double.NEGATIVE_INFINITY && high() >= bound;
    }

    /** True when no value below {@code bound} is one the claim allows. */
    public boolean excludesAllBelow(double bound) {
        return low() >= bound;
    }

    /** True when every value above {@code bound} (the bound itself excluded) is one the claim allows. */
    public boolean includesAllAbove(double bound) {
        return high() == Double.POSITIVE_INFINITY && low() <= bound;
    }

    /** True when no value above {@code bound} is one the claim allows. */
    public boolean excludesAllAbove(double bound) {
        return high() <= bound;
    }

    @Override
    public String toString() {
        String number = new BigDecimal(value).stripTrailingZeros().toPlainString();
        return comparator == Comparator.EQUAL ? number : comparator.words() + " " + number;
    }
}
