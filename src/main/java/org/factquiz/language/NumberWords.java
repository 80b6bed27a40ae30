package org.factquiz.language;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factquiz.model.Language;

/**
 * Numbers as people write them, both ways: digits ("60", "60.000.000", "1,5"), words ("sechzig",
 * "einundzwanzig", "zweihundertfünfzig", "twenty-one", "a hundred", "a dozen"), scales ("Millionen",
 * "Mio.", "billion"), how often ("dreimal", "three times", "once", "twice") and the words of
 * approximation before them ("rund", "knapp", "gut", "roughly", "more than"). The words are
 * numbers.tsv; how they combine is here.
 */
public final class NumberWords {
    /** How exactly an amount is meant. */
    public enum Approximation {
        EXACT, ABOUT, JUST_BELOW, JUST_ABOVE, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST
    }

    /**
     * An amount read from words {@code [start, end)}: its value, how exactly it is meant, and
     * whether it counts repetitions ("three times") rather than things.
     */
    public record Amount(double value, Approximation approximation, boolean repetitions, int start, int end) {
    }

    private record Word(String kind, double value, String approximation) {
    }

    private static final Lazy<Map<Language, Map<String, Word>>> WORDS = new Lazy<>(NumberWords::load);

    private NumberWords() {
    }

    private static Map<Language, Map<String, Word>> load() {
        Map<Language, Map<String, Word>> words = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            words.put(language, new HashMap<>());
        }
        for (String[] row : WordTable.read("numbers.tsv")) {
            Language language = Language.valueOf(row[0].toUpperCase(Locale.ROOT));
            boolean approx = row[2].equals("approx");
            words.get(language).put(row[1].toLowerCase(Locale.ROOT), new Word(row[2],
                    approx ? 0 : Double.parseDouble(row[3]), approx ? row[3] : null));
        }
        return words;
    }

    private static Word word(String text, Language language) {
        return WORDS.get().get(language).get(text.toLowerCase(Locale.ROOT));
    }

    // --- reading ---------------------------------------------------------------------------

    /** The amount {@code text} writes, if the whole of it is one ("rund sechs Milliarden", "twice"). */
    public static Optional<Amount> read(String text, Language language) {
        List<String> words = List.of(text.strip().split("\\s+"));
        return read(words, 0, language).filter(a -> a.end() == words.size());
    }

    /** The longest amount that starts at word {@code from} of {@code words}. */
    public static Optional<Amount> read(List<String> words, int from, Language language) {
        int at = from;
        Approximation approximation = Approximation.EXACT;
        for (int length = 2; length >= 1; length--) {
            if (at + length <= words.size()) {
                Word w = word(String.join(" ", words.subList(at, at + length)), language);
                if (w != null && w.kind().equals("approx")) {
                    approximation = approximation(w.approximation());
                    at += length;
                    break;
                }
            }
        }
        double[] value = new double[1];
        boolean[] repetitions = new boolean[1];
        int end = number(words, at, language, value, repetitions);
        if (end < 0) {
            return Optional.empty();
        }
        while (end < words.size()) {
            Word scale = word(words.get(end), language);
            // "120 thousand", "120 tausend": after a number, "thousand" multiplies as a scale word does.
            if (scale == null || !scale.kind().equals("scale") && !scale.kind().equals("thousand")) {
                break;
            }
            value[0] *= scale.value();
            end++;
            if (end < words.size() && words.get(end).equals(".")) {
                end++;
            }
        }
        if (end < words.size()) {
            Word times = word(words.get(end), language);
            if (times != null && times.kind().equals("times") && times.value() == 1
                    && !words.get(end).equalsIgnoreCase("once")) {
                repetitions[0] = true;
                end++;
            }
        }
        return Optional.of(new Amount(value[0], approximation, repetitions[0], from, end));
    }

    private static Approximation approximation(String name) {
        return switch (name) {
            case "about" -> Approximation.ABOUT;
            case "just-below" -> Approximation.JUST_BELOW;
            case "just-above" -> Approximation.JUST_ABOVE;
            case "more-than" -> Approximation.MORE_THAN;
            case "less-than" -> Approximation.LESS_THAN;
            case "at-least" -> Approximation.AT_LEAST;
            case "at-most" -> Approximation.AT_MOST;
            default -> Approximation.EXACT;
        };
    }

    /** Reads the number at {@code at}; returns where it ends, or -1. */
    private static int number(List<String> words, int at, Language language, double[] value, boolean[] repetitions) {
        if (at >= words.size()) {
            return -1;
        }
        String first = words.get(at);
        Double digits = digits(first, language);
        if (digits != null) {
            int end = at + 1;
            // "73 000", "1 200 000": thousands set apart by spaces, as German print does.
            while (end < words.size() && words.get(end).matches("\\d{3}") && first.matches("\\d{1,3}")) {
                digits = digits * 1000 + Double.parseDouble(words.get(end));
                end++;
            }
            value[0] = digits;
            return dozen(words, end, language, value);
        }
        Word single = word(first, language);
        if (single != null && single.kind().equals("times")) {
            value[0] = single.value();
            repetitions[0] = true;
            return at + 1;
        }
        if (language == Language.DE) {
            String lower = first.toLowerCase(Locale.ROOT);
            boolean times = lower.endsWith("mal") && lower.length() > 3;
            Double half = germanHalf(lower);
            if (half != null) {
                value[0] = half;
                return dozen(words, at + 1, language, value);
            }
            Long n = german(times ? lower.substring(0, lower.length() - 3) : lower);
            if (n == null || isArticle(first, language) && !followedByMultiplier(words, at + 1, language)) {
                return -1;
            }
            value[0] = n;
            repetitions[0] = times;
            return times ? at + 1 : dozen(words, at + 1, language, value);
        }
        return english(words, at, value);
    }

    /** "zwei Dutzend", "a dozen": the number times twelve. */
    private static int dozen(List<String> words, int at, Language language, double[] value) {
        if (at < words.size()) {
            Word w = word(words.get(at), language);
            if (w != null && w.kind().equals("dozen")) {
                value[0] *= w.value();
                return at + 1;
            }
        }
        return at;
    }

    private static boolean isArticle(String word, Language language) {
        String w = word.toLowerCase(Locale.ROOT);
        return language == Language.DE ? w.startsWith("ein") && w.length() <= 5 && !w.equals("eins")
                : w.equals("a") || w.equals("an");
    }

    private static boolean followedByMultiplier(List<String> words, int at, Language language) {
        if (at >= words.size()) {
            return false;
        }
        Word w = word(words.get(at), language);
        return w != null && (w.kind().equals("scale") || w.kind().equals("dozen") || w.kind().equals("hundred")
                || w.kind().equals("thousand"));
    }

    /** "60", "60.000.000", "60,000,000", "1,5" (German), "1.5" (English). */
    static Double digits(String text, Language language) {
        if (!text.matches("\\d+(?:[.,]\\d+)*")) {
            return null;
        }
        String plain;
        if (text.matches("\\d{1,3}([.,]\\d{3})+") && !(text.matches("\\d{1,3}[.,]\\d{3}")
                && text.contains(language == Language.DE ? "," : "."))) {
            plain = text.replaceAll("[.,]", "");
        } else if (language == Language.DE) {
            plain = text.replace(".", "").replace(',', '.');
        } else {
            plain = text.replace(",", "");
        }
        try {
            return Double.parseDouble(plain);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "anderthalb" 1.5, "eineinhalb" 1.5, "viereinhalb" 4.5: a whole number and a half. */
    private static Double germanHalf(String w) {
        if (w.equals("anderthalb")) {
            return 1.5;
        }
        if (w.endsWith("einhalb") && w.length() > "einhalb".length()) {
            Long whole = german(w.substring(0, w.length() - "einhalb".length()).replaceAll("ein$", "eins"));
            return whole == null ? null : whole + 0.5;
        }
        return null;
    }

    /** A German number word, compounds included: "einundzwanzig" 21, "zweihundertfünfzig" 250. */
    static Long german(String w) {
        int thousand = w.lastIndexOf("tausend");
        if (thousand >= 0) {
            Long left = thousand == 0 ? Long.valueOf(1) : belowThousand(w.substring(0, thousand));
            String rest = w.substring(thousand + "tausend".length());
            Long right = rest.isEmpty() ? Long.valueOf(0) : belowThousand(rest);
            return left == null || right == null ? null : left * 1000 + right;
        }
        return belowThousand(w);
    }

    private static Long belowThousand(String w) {
        int hundred = w.indexOf("hundert");
        if (hundred >= 0) {
            Long left = hundred == 0 ? Long.valueOf(1) : unit(w.substring(0, hundred), true);
            String rest = w.substring(hundred + "hundert".length());
            Long right = rest.isEmpty() ? Long.valueOf(0) : belowHundred(rest);
            return left == null || right == null ? null : left * 100 + right;
        }
        return belowHundred(w);
    }

    private static Long belowHundred(String w) {
        Word plain = word(w, Language.DE);
        if (plain != null && (plain.kind().equals("unit") || plain.kind().equals("teen") || plain.kind().equals("tens"))) {
            return (long) plain.value();
        }
        int and = w.indexOf("und");
        while (and > 0) {
            Long unit = unit(w.substring(0, and), true);
            Word tens = word(w.substring(and + 3), Language.DE);
            if (unit != null && unit > 0 && tens != null && tens.kind().equals("tens")) {
                return unit + (long) tens.value();
            }
            and = w.indexOf("und", and + 1);
        }
        return null;
    }

    private static Long unit(String w, boolean inCompound) {
        Word word = word(w, Language.DE);
        if (word == null || !word.kind().equals("unit") || inCompound && w.equals("eins")) {
            return null;
        }
        return (long) word.value();
    }

    /** "twenty-one", "twenty one", "a hundred", "one hundred and five", "two thousand", "a dozen". */
    private static int english(List<String> words, int at, double[] value) {
        long total = 0;
        long current = 0;
        boolean any = false;
        int i = at;
        int end = -1;
        boolean article = false;
        while (i < words.size()) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            List<String> parts = w.contains("-") ? List.of(w.split("-")) : List.of(w);
            Word first = word(parts.get(0), Language.EN);
            if (first == null) {
                break;
            }
            if (w.equals("and") || parts.size() > 1 && parts.stream().anyMatch(p -> word(p, Language.EN) == null)) {
                break;
            }
            boolean articleHere = w.equals("a") || w.equals("an");
            if (articleHere && (any || !followedByMultiplier(words, i + 1, Language.EN))) {
                break;
            }
            boolean progressed = false;
            for (String part : parts) {
                Word p = word(part, Language.EN);
                switch (p.kind()) {
                    case "unit", "teen", "tens" -> {
                        current += (long) p.value();
                        progressed = true;
                    }
                    case "hundred" -> {
                        current = (current == 0 ? 1 : current) * 100;
                        progressed = true;
                    }
                    case "thousand" -> {
                        total += (current == 0 ? 1 : current) * 1000;
                        current = 0;
                        progressed = true;
                    }
                    case "dozen" -> {
                        current = (current == 0 ? 1 : current) * 12;
                        progressed = true;
                    }
                    default -> {
                    }
                }
            }
            if (!progressed) {
                break;
            }
            any = true;
            article |= articleHere;
            i++;
            end = i;
            if (i + 1 < words.size() && words.get(i).equalsIgnoreCase("and")) {
                Word after = word(words.get(i + 1).split("-")[0], Language.EN);
                if (after != null && !after.kind().equals("approx") && !after.kind().equals("scale")) {
                    i++;
                }
            }
        }
        if (!any || article && end == at + 1 && !followedByMultiplier(words, end, Language.EN)) {
            return -1;
        }
        value[0] = total + current;
        // "four and a half": a half after the whole number.
        if (end + 2 < words.size() && words.get(end).equalsIgnoreCase("and") && words.get(end + 1).equalsIgnoreCase("a")
                && words.get(end + 2).equalsIgnoreCase("half")) {
            value[0] += 0.5;
            return end + 3;
        }
        return end;
    }

    // --- writing ---------------------------------------------------------------------------

    private static final String[] GERMAN_UNITS = {"null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben",
        "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
        "neunzehn"};
    private static final String[] GERMAN_TENS = {"", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig",
        "siebzig", "achtzig", "neunzig"};
    private static final String[] ENGLISH_UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"};
    private static final String[] ENGLISH_TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"};

    /** {@code n} (0 to 999,999) in words: "einundzwanzig", "twenty-one", "zweihundertfünfzig". */
    public static String cardinal(long n, Language language) {
        if (n < 0 || n > 999_999) {
            throw new IllegalArgumentException("cardinal numbers in words go from 0 to 999999, not " + n);
        }
        return language == Language.DE ? germanWords(n) : englishWords(n);
    }

    private static String germanWords(long n) {
        if (n < 20) {
            return GERMAN_UNITS[(int) n];
        }
        if (n < 100) {
            long unit = n % 10;
            return (unit == 0 ? "" : (unit == 1 ? "ein" : GERMAN_UNITS[(int) unit]) + "und") + GERMAN_TENS[(int) (n / 10)];
        }
        if (n < 1000) {
            long rest = n % 100;
            return (n / 100 == 1 ? "ein" : GERMAN_UNITS[(int) (n / 100)]) + "hundert" + (rest == 0 ? "" : germanWords(rest));
        }
        long rest = n % 1000;
        long thousands = n / 1000;
        return (thousands == 1 ? "ein" : germanWords(thousands)) + "tausend" + (rest == 0 ? "" : germanWords(rest));
    }

    private static String englishWords(long n) {
        if (n < 20) {
            return ENGLISH_UNITS[(int) n];
        }
        if (n < 100) {
            return ENGLISH_TENS[(int) (n / 10)] + (n % 10 == 0 ? "" : "-" + ENGLISH_UNITS[(int) (n % 10)]);
        }
        if (n < 1000) {
            long rest = n % 100;
            return ENGLISH_UNITS[(int) (n / 100)] + " hundred" + (rest == 0 ? "" : " and " + englishWords(rest));
        }
        long rest = n % 1000;
        return englishWords(n / 1000) + " thousand" + (rest == 0 ? "" : (rest < 100 ? " and " : " ") + englishWords(rest));
    }

    /** How often, in words: "einmal", "dreimal", "once", "twice", "three times". */
    public static String times(long n, Language language) {
        if (language == Language.DE) {
            return (n == 1 ? "ein" : cardinal(n, language)) + "mal";
        }
        return n == 1 ? "once" : n == 2 ? "twice" : cardinal(n, language) + " times";
    }

    /**
     * An amount as a news text writes it: digits grouped as the language groups them, with the
     * scale word when it is a million or more ("60 Millionen", "1,5 Milliarden", "1 billion",
     * "12.000", "12,000").
     */
    public static String amount(double value, Language language) {
        String[][] scales = language == Language.DE
                ? new String[][] {{"1e12", "Billion", "Billionen"}, {"1e9", "Milliarde", "Milliarden"},
                    {"1e6", "Million", "Millionen"}}
                : new String[][] {{"1e12", "trillion", "trillion"}, {"1e9", "billion", "billion"},
                    {"1e6", "million", "million"}};
        for (String[] scale : scales) {
            double factor = Double.parseDouble(scale[0]);
            if (Math.abs(value) >= factor) {
                double scaled = value / factor;
                return decimal(scaled, language) + " " + (scaled == 1 ? scale[1] : scale[2]);
            }
        }
        return decimal(value, language);
    }

    /** A number with the language's decimal comma or point and thousands grouping. */
    public static String decimal(double value, Language language) {
        BigDecimal plain = new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = plain.toPlainString();
        String[] parts = text.split("\\.");
        StringBuilder whole = new StringBuilder(parts[0]);
        char group = language == Language.DE ? '.' : ',';
        int digits = whole.charAt(0) == '-' ? whole.length() - 1 : whole.length();
        if (digits >= 4) {
            for (int i = whole.length() - 3; i > (whole.charAt(0) == '-' ? 1 : 0); i -= 3) {
                whole.insert(i, group);
            }
        }
        List<String> out = new ArrayList<>(List.of(whole.toString()));
        if (parts.length > 1) {
            out.add(parts[1]);
        }
        return String.join(language == Language.DE ? "," : ".", out);
    }
}
