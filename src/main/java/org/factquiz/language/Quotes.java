package org.factquiz.language;

import org.factquiz.model.Language;

/**
 * Quotation marks as each language sets them: German „…“ with ‚…‘ inside, English “…” with ‘…’
 * inside. Quotes already in the quoted text become the inner kind, whichever marks they used.
 */
public final class Quotes {
    private static final String ALL_QUOTES = "„“”\"‚‘’«»‹›";

    private Quotes() {
    }

    /** {@code text} in the outer quotation marks of {@code language}, its own quotes made inner ones. */
    public static String quote(String text, Language language) {
        String outerOpen = language == Language.DE ? "„" : "“";
        String outerClose = language == Language.DE ? "“" : "”";
        return outerOpen + inner(text, language) + outerClose;
    }

    /** {@code text} with every pair of quotation marks in it set as the inner kind of {@code language}. */
    public static String inner(String text, Language language) {
        String open = language == Language.DE ? "‚" : "‘";
        String close = language == Language.DE ? "‘" : "’";
        StringBuilder out = new StringBuilder(text.length());
        boolean opened = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isQuote(text, i)) {
                out.append(c);
                continue;
            }
            // „ ‚ « ‹ always open, ” » › always close; " ' “ ‘ ’ open or close what is open.
            boolean opening = switch (c) {
                case '„', '‚', '«', '‹' -> true;
                case '”', '»', '›' -> false;
                default -> !opened;
            };
            out.append(opening ? open : close);
            opened = opening;
        }
        return out.toString();
    }

    /** True when the character at {@code i} is a quotation mark, not an apostrophe ("China's", "it's"). */
    private static boolean isQuote(String text, int i) {
        char c = text.charAt(i);
        if (ALL_QUOTES.indexOf(c) < 0 && c != '\'') {
            return false;
        }
        boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return !((c == '’' || c == '\'') && letterBefore && letterAfter);
    }

    /** {@code text} without any quotation marks (apostrophes inside words kept). */
    public static String strip(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!isQuote(text, i)) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }
}
