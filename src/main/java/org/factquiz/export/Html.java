package org.factquiz.export;

import java.util.List;
import java.util.stream.Collectors;

/** Plain question texts as HTML: the three characters HTML gives meaning to become entities. */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Lines of plain text as one HTML text, a line break between lines. */
    static String lines(List<String> lines) {
        return lines.stream().map(Html::escape).collect(Collectors.joining("<br>"));
    }
}
