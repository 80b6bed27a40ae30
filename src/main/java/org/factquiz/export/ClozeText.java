package org.factquiz.export;

import java.util.List;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;

/**
 * A cloze question's text with its gap embedded the way Moodle's multianswer type reads it
 * (question/type/multianswer/questiontype.php): {@code {1:SHORTANSWER:=word#feedback~*#feedback}},
 * or {@code {1:NUMERICAL:=60:0#feedback}} when the gap holds a number.
 *
 * <p>Moodle finds the end of an answer at the first {@code ~ # }} not preceded by a backslash or an
 * ampersand, and decodes HTML entities afterwards; so those characters (and braces in the text
 * around the gap) are written as numeric entities, which no reading can split. A {@code *} in a
 * short answer would match anything, so it is escaped as Moodle's short answer expects.
 */
final class ClozeText {
    private ClozeText() {
    }

    static String moodle(Question q, Language l) {
        String[] around = Cloze.around(q.prompt().get(l));
        List<String> accepted = q.answer().accepted();
        String right = encode(ExportWords.word("right", l));
        String gap;
        if (accepted.size() == 1 && isNumber(accepted.get(0))) {
            gap = "{1:NUMERICAL:=" + accepted.get(0).replace(',', '.') + ":0#" + right + "}";
        } else {
            gap = "{1:SHORTANSWER:" + accepted.stream().map(a -> "=" + encode(a).replace("*", "\\*") + "#" + right)
                    .collect(Collectors.joining("~")) + "~*#" + encode(ExportWords.word("wrong", l)) + "}";
        }
        return text(around[0]) + gap + text(around[1]);
    }

    /** A plain number as the source writes one: "60", "2023", "1,5"; grouped thousands are words. */
    static boolean isNumber(String token) {
        return token.matches("-?\\d+([.,]\\d+)?") && !token.matches("\\d{1,3}[.,]\\d{3}");
    }

    private static String text(String plain) {
        return Html.escape(plain).replace("{", "&#123;").replace("}", "&#125;");
    }

    private static String encode(String plain) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            switch (c) {
                case '&' -> out.append("&#38;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '{', '}', '#', '~', '\\' -> out.append("&#").append((int) c).append(';');
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
