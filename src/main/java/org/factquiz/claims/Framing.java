package org.factquiz.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.factquiz.language.Analyzer;
import org.factquiz.language.NumberWords;
import org.factquiz.language.PartOfSpeech;
import org.factquiz.language.Sentence;
import org.factquiz.language.Token;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.Language;
import org.factquiz.model.PartialDate;
import org.factquiz.model.PhraseBook;

/**
 * What frames a claim rather than being it, taken off before its clause is read: who it is
 * attributed to ("laut den Insidern", "nach Angaben von", "X zufolge", "according to", "X says"),
 * hedge words ("möglicherweise", "possibly"), dates ("seit 2021", "im August 2023"), and amounts
 * (read where they stand, as one piece). The words are the phrase book's; matching is by lemma,
 * so "berichtet" and "berichten", "says" and "said" are one word.
 */
final class Framing {
    private static final Set<String> DETERMINERS = Set.of("the", "der", "die", "das", "den", "dem", "des");

    /** Who the claim is attributed to: a known entity, or the words naming an unknown source. */
    record Attribution(String entity, String unknown) {
    }

    /**
     * A time in the claim, tokens {@code [start, end)}: a date ("im August 2023", "am 14. April
     * 2023"), a start ("seit 2021"), an end ("bis Juli 2031") or a span ("vom 1. Januar 2021 bis
     * zum 30. Juni 2024", "from 2021 to 2024"). {@code date} is the date or start, {@code until} the end.
     */
    record DateMark(int start, int end, PartialDate date, PartialDate until, boolean since) {
        DateMark(int start, int end, PartialDate date, boolean since) {
            this(start, end, date, null, since);
        }
    }

    private record Pattern(List<Token> before, List<Token> after, boolean inner) {
    }

    private final PhraseBook phrases;
    private final Map<Language, List<Pattern>> attributions = new java.util.EnumMap<>(Language.class);
    private final Map<Language, List<List<Token>>> hedges = new java.util.EnumMap<>(Language.class);
    private final Map<Language, List<List<Token>>> asides = new java.util.EnumMap<>(Language.class);
    private final Map<Language, List<Map.Entry<String, List<Token>>>> comparators = new java.util.EnumMap<>(Language.class);

    Framing(PhraseBook phrases) {
        this.phrases = phrases;
        for (Language language : Language.values()) {
            PhraseBook.Words words = phrases.words(language);
            List<Pattern> patterns = new ArrayList<>();
            for (String template : words == null ? List.<String>of() : words.accordingTo()) {
                int slot = template.indexOf("{source}");
                if (slot < 0) {
                    continue;
                }
                String before = template.substring(0, slot).strip();
                String after = template.substring(slot + "{source}".length()).strip();
                boolean inner = before.startsWith(",");
                patterns.add(new Pattern(Analyzer.words(inner ? before.substring(1) : before, language),
                        Analyzer.words(after, language), inner));
            }
            // Longer patterns first: "laut {source}:" before "laut {source}".
            patterns.sort((a, b) -> Integer.compare(b.before().size() + b.after().size(),
                    a.before().size() + a.after().size()));
            attributions.put(language, patterns);
            List<List<Token>> hedgeWords = new ArrayList<>();
            for (String word : words == null ? List.<String>of() : words.possibly()) {
                hedgeWords.add(Analyzer.words(word, language));
            }
            hedgeWords.sort((a, b) -> Integer.compare(b.size(), a.size()));
            hedges.put(language, hedgeWords);
            List<List<Token>> asideWords = new ArrayList<>();
            for (String word : words == null ? List.<String>of() : words.asides()) {
                asideWords.add(Analyzer.words(word, language));
            }
            asideWords.sort((a, b) -> Integer.compare(b.size(), a.size()));
            asides.put(language, asideWords);
            List<Map.Entry<String, List<Token>>> comparatorWords = new ArrayList<>();
            if (words != null) {
                words.comparators().forEach((key, list) -> list.forEach(phrase -> {
                    List<Token> pw = Analyzer.words(phrase, language);
                    if (!pw.isEmpty()) {
                        comparatorWords.add(Map.entry(key, pw));
                    }
                }));
            }
            comparatorWords.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
            comparators.put(language, comparatorWords);
        }
    }

    /** The claim's attribution, its words marked in {@code consumed}. */
    Optional<Attribution> attribution(Sentence s, List<NameMatch> names, BitSet consumed) {
        List<Token> t = s.tokens();
        for (Pattern p : attributions.get(s.language())) {
            if (p.inner()) {
                for (int comma = 0; comma < t.size(); comma++) {
                    if (t.get(comma).text().equals(",")) {
                        Optional<Attribution> found = matchAt(s, names, consumed, p, comma + 1, comma);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            } else {
                Optional<Attribution> found = matchAt(s, names, consumed, p, 0, -1);
                if (found.isPresent()) {
                    return found;
                }
                // An attribution led by its own words ("laut", "according to") may also stand inside
                // the clause, after the verb: "Acme ist laut Insidern der größte Kunde".
                for (int at = 1; at < t.size() && !p.before().isEmpty(); at++) {
                    if (same(t.get(at), p.before().get(0)) && !inName(names, at)) {
                        found = matchAt(s, names, consumed, p, at, -1);
                        if (found.isPresent()) {
                            return found;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Attribution> matchAt(Sentence s, List<NameMatch> names, BitSet consumed, Pattern p, int at,
                                          int comma) {
        List<Token> t = s.tokens();
        int i = at;
        for (Token w : p.before()) {
            if (i >= t.size() || !same(t.get(i), w)) {
                return Optional.empty();
            }
            i++;
        }
        while (i < t.size() && DETERMINERS.contains(t.get(i).lower()) && p.before().size() > 0) {
            i++;
        }
        int sourceStart = i;
        String entity = null;
        int sourceEnd;
        NameMatch name = names.stream().filter(m -> m.start() == sourceStart).findFirst().orElse(null);
        if (name != null) {
            entity = name.entity();
            sourceEnd = name.end();
        } else {
            int j = i;
            while (j < t.size() && !t.get(j).isPunctuation() && !(p.after().size() > 0 && same(t.get(j), p.after().get(0)))
                    && (t.get(j).pos().isNominal() || t.get(j).pos() == PartOfSpeech.ADJECTIVE
                    || t.get(j).pos() == PartOfSpeech.OTHER) && j - i < 4) {
                j++;
            }
            sourceEnd = j;
            if (sourceEnd == sourceStart) {
                return Optional.empty();
            }
        }
        i = sourceEnd;
        for (Token w : p.after()) {
            if (w.isPunctuation()) {
                if (i < t.size() && t.get(i).text().equals(w.text())) {
                    i++;
                }
                continue;
            }
            if (i >= t.size() || !same(t.get(i), w)) {
                return Optional.empty();
            }
            i++;
        }
        // A clause must remain: "laut Brancheninsidern" alone is no claim.
        int end = i;
        if (p.inner() && end < t.size() && t.get(end).text().equals(",")) {
            end++;
        }
        int from = comma >= 0 ? comma : at;
        int left = 0;
        for (int k = 0; k < t.size(); k++) {
            if ((k < from || k >= end) && !t.get(k).isPunctuation()) {
                left++;
            }
        }
        if (left < 2) {
            return Optional.empty();
        }
        if (p.inner() && p.after().isEmpty() && end < t.size() && !t.get(end).isPunctuation()
                && !t.get(end - 1).text().equals(",")) {
            return Optional.empty();
        }
        for (int k = from; k < end; k++) {
            consumed.set(k);
        }
        String unknown = entity == null ? text(t, sourceStart, sourceEnd) : null;
        return Optional.of(new Attribution(entity, unknown));
    }

    /** True when a hedge word ("possibly", "möglicherweise") is in the claim; its words marked consumed. */
    boolean hedged(Sentence s, BitSet consumed) {
        return take(s, consumed, hedges.get(s.language()), List.of());
    }

    /** Takes off the words that change nothing a claim says ("unter anderem", "also"), outside names. */
    void asides(Sentence s, List<NameMatch> names, BitSet consumed) {
        take(s, consumed, asides.get(s.language()), names);
    }

    private static boolean take(Sentence s, BitSet consumed, List<List<Token>> patterns, List<NameMatch> names) {
        List<Token> t = s.tokens();
        boolean found = false;
        for (List<Token> words : patterns) {
            for (int i = 0; i + words.size() <= t.size(); i++) {
                boolean all = true;
                for (int k = 0; k < words.size() && all; k++) {
                    all = !consumed.get(i + k) && !inName(names, i + k) && (words.get(k).isPunctuation()
                            ? t.get(i + k).text().equals(words.get(k).text()) : same(t.get(i + k), words.get(k)));
                }
                if (all) {
                    consumed.set(i, i + words.size());
                    found = true;
                }
            }
        }
        return found;
    }

    /** The times of the claim: "seit 2021", "since 2021", "im August 2023", "2023", "bis Juli 2031", "von 2023 bis 2035". */
    List<DateMark> dates(Sentence s, List<NameMatch> names, BitSet consumed) {
        List<Token> t = s.tokens();
        List<DateMark> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (consumed.get(i) || inName(names, i)) {
                continue;
            }
            DateMark mark = timeAt(t, i, s.language());
            if (mark == null) {
                continue;
            }
            consumed.set(mark.start(), mark.end());
            found.add(mark);
            i = mark.end() - 1;
        }
        return found;
    }

    private DateMark timeAt(List<Token> t, int i, Language language) {
        int[] end = new int[1];
        int from = words(t, i, language, "from-day", "from");
        if (from > 0) {
            PartialDate first = dateAt(t, i + from, language, end);
            int to = first == null ? 0 : words(t, end[0], language, "to-day", "until-day", "to", "until");
            if (to > 0) {
                int startOfEnd = end[0] + to;
                PartialDate last = dateAt(t, startOfEnd, language, end);
                if (last != null) {
                    return new DateMark(i, end[0], first, last, true);
                }
            }
        }
        int until = words(t, i, language, "until-day", "until");
        if (until > 0) {
            PartialDate last = dateAt(t, i + until, language, end);
            if (last != null) {
                return new DateMark(i, end[0], null, last, false);
            }
        }
        int since = words(t, i, language, "since-day", "since");
        if (since > 0) {
            PartialDate first = dateAt(t, i + since, language, end);
            if (first != null) {
                return new DateMark(i, end[0], first, null, true);
            }
        }
        int at = words(t, i, language, "in-year", "at-day", "at-month", "at-year");
        if (at == 0 && Set.of("in", "im", "on", "am", "at", "during", "während").contains(t.get(i).lower())) {
            at = 1;
        }
        PartialDate date = dateAt(t, i + at, language, end);
        return date == null ? null : new DateMark(i, end[0], date, null, false);
    }

    /**
     * How many tokens at {@code i} are one of the date words {@code keys} (the phrase book's, e.g.
     * "bis zum", "seit", "from"), the longest first; 0 for none.
     */
    private int words(List<Token> t, int i, Language language, String... keys) {
        PhraseBook.Words words = phrases.words(language);
        int best = 0;
        for (String key : keys) {
            String phrase = words == null ? "" : words.dateWords().getOrDefault(key, "");
            if (phrase.isBlank()) {
                phrase = builtInDateWord(key, language);
            }
            if (phrase.isBlank()) {
                continue;
            }
            String[] parts = phrase.toLowerCase(Locale.ROOT).split("\\s+");
            boolean all = i + parts.length <= t.size();
            for (int k = 0; k < parts.length && all; k++) {
                all = t.get(i + k).lower().equals(parts[k]);
            }
            if (all && parts.length > best) {
                best = parts.length;
            }
        }
        return best;
    }

    /** The date words a language has even where the phrase book gives none: "since", "seit", "bis". */
    private static String builtInDateWord(String key, Language language) {
        return switch (key) {
            case "since" -> language == Language.DE ? "seit" : "since";
            case "until" -> language == Language.DE ? "bis" : "until";
            case "from" -> language == Language.DE ? "von" : "from";
            case "to" -> language == Language.DE ? "bis" : "to";
            default -> "";
        };
    }

    private PartialDate dateAt(List<Token> t, int i, Language language, int[] end) {
        if (i >= t.size()) {
            return null;
        }
        PartialDate iso = PartialDate.parse(t.get(i).text());
        if (iso != null && t.get(i).text().length() >= 4 && iso.year() >= 1800 && iso.year() <= 2200) {
            if (i + 1 < t.size() && isScale(t.get(i + 1), language)) {
                return null;
            }
            end[0] = i + 1;
            return iso;
        }
        int j = i;
        int day = 0;
        if (t.get(j).text().matches("\\d{1,2}\\.?") && j + 1 < t.size()) {
            day = Integer.parseInt(t.get(j).text().replace(".", ""));
            j++;
            if (t.get(j).text().equals(".")) {
                j++;
            }
        }
        int month = j < t.size() ? month(t.get(j).lower(), language) : 0;
        if (month == 0) {
            return null;
        }
        j++;
        if (j < t.size() && t.get(j).text().equals(".")) {
            j++;
        }
        if (day == 0 && j + 1 < t.size() && t.get(j).text().matches("\\d{1,2}") && !t.get(j).text().matches("\\d{4}")) {
            day = Integer.parseInt(t.get(j).text());
            j++;
        }
        if (j < t.size() && t.get(j).text().equals(",")) {
            j++;
        }
        if (j < t.size() && t.get(j).text().matches("\\d{4}")) {
            end[0] = j + 1;
            try {
                return new PartialDate(Integer.parseInt(t.get(j).text()), month, day);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }

    private boolean isScale(Token t, Language language) {
        return NumberWords.read(List.of("1", t.text()), 0, language).map(a -> a.end() == 2).orElse(false);
    }

    /** The month a word names in either language (three letters or more of its name), or 0. */
    int month(String word, Language language) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (w.length() < 3 || !Character.isLetter(w.charAt(0))) {
            return 0;
        }
        for (Language l : List.of(language, language == Language.EN ? Language.DE : Language.EN)) {
            PhraseBook.Words words = phrases.words(l);
            List<String> months = words == null ? List.of() : words.months();
            for (int m = 0; m < months.size(); m++) {
                String name = months.get(m).toLowerCase(Locale.ROOT);
                if (name.equals(w) || w.length() >= 3 && name.startsWith(w) && (w.length() == 3 || name.length() > 4)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The amounts of the claim, each one piece: "60 Millionen", "rund sechs Milliarden", "more than
     * 50 million", "Milliarden" alone (at least a billion).
     */
    List<Piece> values(Sentence s, List<NameMatch> names, BitSet consumed) {
        List<Token> t = s.tokens();
        List<String> texts = t.stream().map(Token::text).toList();
        List<Piece> found = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (consumed.get(i) || inName(names, i)) {
                continue;
            }
            ClaimedValue.Comparator comparator = null;
            int at = i;
            for (Map.Entry<String, List<Token>> e : comparators.get(s.language())) {
                if (matchesAt(t, i, e.getValue())) {
                    comparator = comparator(e.getKey());
                    at = i + e.getValue().size();
                    break;
                }
            }
            Optional<NumberWords.Amount> amount = NumberWords.read(texts, at, s.language());
            if (amount.isEmpty() || amount.get().end() <= at || anyConsumed(consumed, names, at, amount.get().end())) {
                Double scale = bareScale(t, at, s.language());
                if (scale != null && (comparator == null || comparator == ClaimedValue.Comparator.AT_LEAST)) {
                    found.add(Piece.value(i, at + 1, new ClaimedValue(ClaimedValue.Comparator.AT_LEAST, scale,
                            ClaimedValue.DEFAULT_TOLERANCE), text(t, i, at + 1)));
                    i = at;
                }
                continue;
            }
            NumberWords.Amount a = amount.get();
            ClaimedValue.Comparator c = comparator != null && a.approximation() == NumberWords.Approximation.EXACT
                    ? comparator : comparator(a.approximation());
            found.add(Piece.value(i, a.end(), new ClaimedValue(c, a.value(), ClaimedValue.DEFAULT_TOLERANCE),
                    text(t, i, a.end())));
            i = a.end() - 1;
        }
        return found;
    }

    /** "Milliarden", "billions": a plural scale word alone means at least one of it. */
    private static Double bareScale(List<Token> t, int i, Language language) {
        if (i >= t.size()) {
            return null;
        }
        String w = t.get(i).lower();
        if (!(w.endsWith("en") || w.endsWith("s")) || !Character.isLetter(w.charAt(0))) {
            return null;
        }
        return NumberWords.read(List.of("1", t.get(i).text()), 0, language).filter(a -> a.end() == 2)
                .map(NumberWords.Amount::value).filter(v -> v >= 1e3).orElse(null);
    }

    private static boolean anyConsumed(BitSet consumed, List<NameMatch> names, int from, int to) {
        for (int k = from; k < to; k++) {
            if (consumed.get(k) || inName(names, k)) {
                return true;
            }
        }
        return false;
    }

    private static ClaimedValue.Comparator comparator(String key) {
        return switch (key) {
            case "about" -> ClaimedValue.Comparator.ABOUT;
            case "more" -> ClaimedValue.Comparator.MORE;
            case "less" -> ClaimedValue.Comparator.LESS;
            case "at-least" -> ClaimedValue.Comparator.AT_LEAST;
            case "at-most" -> ClaimedValue.Comparator.AT_MOST;
            default -> ClaimedValue.Comparator.EQUAL;
        };
    }

    private static ClaimedValue.Comparator comparator(NumberWords.Approximation a) {
        return switch (a) {
            case EXACT -> ClaimedValue.Comparator.EQUAL;
            case ABOUT, JUST_BELOW, JUST_ABOVE -> ClaimedValue.Comparator.ABOUT;
            case MORE_THAN -> ClaimedValue.Comparator.MORE;
            case LESS_THAN -> ClaimedValue.Comparator.LESS;
            case AT_LEAST -> ClaimedValue.Comparator.AT_LEAST;
            case AT_MOST -> ClaimedValue.Comparator.AT_MOST;
        };
    }

    static boolean inName(List<NameMatch> names, int i) {
        for (NameMatch m : names) {
            if (m.covers(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAt(List<Token> t, int i, List<Token> words) {
        if (i + words.size() > t.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!same(t.get(i + k), words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** The same word: the same letters in any case, or a shared lemma. */
    static boolean same(Token a, Token b) {
        if (a.lower().equals(b.lower())) {
            return true;
        }
        if (!Character.isLetter(a.text().charAt(0)) || !Character.isLetter(b.text().charAt(0))) {
            return false;
        }
        for (String lemma : b.lemmas()) {
            if (lemma.length() > 1 && a.lemmas().contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    static String text(List<Token> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token token = t.get(k);
            if (out.length() > 0 && !token.text().equals("'s") && !token.isPunctuation()) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }
}
