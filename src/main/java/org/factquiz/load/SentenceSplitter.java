package org.factquiz.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a source text into sentences. This is the one definition of sentence numbers that
 * facts cite: a sentence ends at '.', '!' or '?' followed by white space and an upper-case
 * letter, digit or opening quote, unless the word before the full stop is a known abbreviation.
 */
public final class SentenceSplitter {
    private static final Pattern BOUNDARY = Pattern.compile("[.!?]+[\"“”»«']?\\s+(?=[\\p{Lu}\\d„\"«»‚])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "z.B", "z. B", "d.h", "u.a", "bzw", "ca", "Dr", "Prof", "Nr", "etc", "vgl", "Mr", "Mrs", "Ms",
            "e.g", "i.e", "St", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Okt",
            "Nov", "Dec", "Dez", "Inc", "Ltd", "Co");

    private SentenceSplitter() {
    }

    public static List<String> split(String text) {
        String flat = text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        List<String> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = BOUNDARY.matcher(flat);
        while (m.find()) {
            int end = m.end();
            String candidate = flat.substring(start, end).strip();
            if (!endsWithAbbreviation(candidate)) {
                sentences.add(candidate);
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
        String body = sentence.replaceAll("[.!?\"“”»«']+$", "");
        for (String abbreviation : ABBREVIATIONS) {
            if (body.endsWith(" " + abbreviation) || body.equals(abbreviation)) {
                return true;
            }
        }
        return false;
    }
}
