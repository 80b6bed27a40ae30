package org.factquiz.language;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.util.Span;
import org.factquiz.model.Language;

/**
 * Sentence ends the sentence model got wrong: after an abbreviation ("ca.", "Mrd.", "z. B.",
 * "Dr.") or an initial, or before a word in lower case, a period does not end the sentence. The
 * abbreviations are abbreviations.tsv.
 */
final class Abbreviations {
    private static final Lazy<Map<Language, Set<String>>> KNOWN = new Lazy<>(() -> {
        Map<Language, Set<String>> known = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            known.put(l, new HashSet<>());
        }
        for (String[] row : WordTable.read("abbreviations.tsv")) {
            known.get(Language.valueOf(row[0].toUpperCase(Locale.ROOT))).add(row[1].toLowerCase(Locale.ROOT));
        }
        return known;
    });

    private Abbreviations() {
    }

    static List<TextSpan> rejoin(String text, Span[] spans, Language language) {
        List<int[]> joined = new ArrayList<>();
        for (Span span : spans) {
            if (!joined.isEmpty() && continues(text, joined.get(joined.size() - 1), span, language)) {
                joined.get(joined.size() - 1)[1] = span.getEnd();
            } else {
                joined.add(new int[] {span.getStart(), span.getEnd()});
            }
        }
        List<TextSpan> out = new ArrayList<>();
        for (int[] s : joined) {
            out.add(new TextSpan(s[0], s[1], text.substring(s[0], s[1])));
        }
        return out;
    }

    private static boolean continues(String text, int[] previous, Span next, Language language) {
        String before = text.substring(previous[0], previous[1]);
        if (!before.endsWith(".")) {
            return false;
        }
        String nextText = text.substring(next.getStart(), next.getEnd());
        if (!nextText.isEmpty() && Character.isLowerCase(nextText.charAt(0))) {
            return true;
        }
        int start = before.length() - 1;
        while (start > 0 && !Character.isWhitespace(before.charAt(start - 1))) {
            start--;
        }
        String word = before.substring(start, before.length() - 1).toLowerCase(Locale.ROOT);
        String bare = word.replaceAll("^[(\\[\"„“‚‘]+", "");
        return bare.length() == 1 && Character.isLetter(bare.charAt(0)) || KNOWN.get().get(language).contains(bare);
    }
}
