package org.factquiz.language.writing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase template as words and slots: "{subject} wirbt {date} Talente von {object} ab". A slot
 * may carry letters written right after it ("{scope}s": "Chinas"); such a slot keeps its filler as
 * written.
 */
record Slotted(List<Piece> pieces) {
    private static final Pattern SLOT = Pattern.compile("\\{([\\w-]+)}(\\S*)");

    /** A word of the template, or a slot with what is written right after it. */
    record Piece(String word, String slot, String suffix) {
        static Piece word(String word) {
            return new Piece(word, null, "");
        }

        boolean isSlot() {
            return slot != null;
        }

        boolean isWord(String w) {
            return word != null && word.equalsIgnoreCase(w);
        }
    }

    Slotted {
        pieces = List.copyOf(pieces);
    }

    static Slotted parse(String template) {
        List<Piece> pieces = new ArrayList<>();
        for (String token : template.strip().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = SLOT.matcher(token);
            if (m.matches()) {
                pieces.add(new Piece(null, m.group(1), m.group(2)));
            } else {
                pieces.add(Piece.word(token));
            }
        }
        return new Slotted(pieces);
    }

    /** The slots in order. */
    List<String> slots() {
        return pieces.stream().filter(Piece::isSlot).map(Piece::slot).toList();
    }

    /** Joins words, dropping empty ones, and closes up the space before a comma. */
    static String join(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (w == null || w.isBlank()) {
                continue;
            }
            if (out.length() > 0 && !w.startsWith(",")) {
                out.append(' ');
            }
            out.append(w.strip());
        }
        return out.toString();
    }

    static boolean filled(Slotted slotted, Map<String, Term> fillers) {
        return fillers.keySet().containsAll(slotted.slots());
    }
}
