package org.factquiz.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a source text into sentences. This is the one definition of sentence numbers that
 * facts cite: a sentence ends at '.', '!' or '?' followed by white space and an upper-case
 * letter, digit or opening quote, unless the word before the full stop is a known abbreviation
 * or a single letter (an initial, or part of "z. B."), or the day of a German date ("am 3. September
 * 2008": a number of one or two digits before the stop, a month's name after it).
 */
public final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"“”»«']?\\s+(?=[\\p{Lu}\\d„\"«»‚])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "z.B", "z. B", "d.h", "u.a", "bzw", "ca", "Dr", "Prof", "Nr", "etc", "vgl", "Mr", "Mrs", "Ms",
            "e.g", "i.e", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Okt",
            "Nov", "Dec", "Dez", "Inc", "Ltd", "Co");

    private static final Pattern SINGLE_LETTER = Pattern.compile("(?:^|[\\s(.])\\p{L}$");
    private static final Pattern DAY = Pattern.compile("(?:^|[\\s(])\\d{1,2}\\.$");
    private static final Pattern MONTH = Pattern.compile("(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August"
            + "|September|Oktober|November|Dezember)\\b");

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        List<String> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = BOUNDARY.matcher(flat);
        while (m.find()) {
            int end = m.end();
            // The whole text up to the stop is checked, so that "z. B." is seen as one abbreviation.
            boolean dayOfDate = DAY.matcher(flat.substring(0, m.start() + 1)).find()
                    && MONTH.matcher(flat).region(end, flat.length()).lookingAt();
            if (!dayOfDate && !endsWithAbbreviation(flat.substring(0, end).strip())) {
                sentences.add(flat.substring(start, end).strip());
                start = end;
            }
        }
        String rest = flat.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        if (!sentence.endsWith(".")) {
            return false;
        }
        String body = sentence.replaceAll("[.!?\"“”»«']+$", "");
        // A single letter before a full stop is an initial ("John F. Kennedy") or part of "z. B.", "d. h.".
        if (SINGLE_LETTER.matcher(body).find()) {
            return true;
        }
        for (String abbreviation : ABBREVIATIONS) {
            if (body.endsWith(" " + abbreviation) || body.equals(abbreviation)) {
                return true;
            }
        }
        return false;
    }
}
