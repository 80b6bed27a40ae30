package org.factquiz.load;

/**
 * Input quoted in a message, kept short: a 100 KB claim or a binary value must not come back as a
 * 100 KB error line in a CI log. Long text keeps its beginning and end, and says how long it was.
 */
public final class Excerpt {
    /** Text up to this many characters is quoted whole. */
    public static final int MAX_CHARS = 120;
    private static final int HEAD = 80;
    private static final int TAIL = 20;

    private Excerpt() {
    }

    /** {@code text} if short, else its start and end around "…" and its length; control characters shown as escapes. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        String shown = text.codePointCount(0, text.length()) <= MAX_CHARS ? text
                : head(text) + " … " + tail(text) + " (" + text.length() + " characters)";
        return visible(shown);
    }

    /** The first {@value #HEAD} characters, ending at a word's end when one is near. */
    private static String head(String text) {
        String head = text.substring(0, text.offsetByCodePoints(0, HEAD));
        int space = head.lastIndexOf(' ');
        return (space > HEAD * 3 / 4 ? head.substring(0, space) : head).strip();
    }

    /** The last {@value #TAIL} characters, starting at a word's start when one is near. */
    private static String tail(String text) {
        String tail = text.strip();
        tail = tail.substring(tail.offsetByCodePoints(tail.length(), -Math.min(TAIL, tail.codePointCount(0,
                tail.length()))));
        int space = tail.indexOf(' ');
        return (space >= 0 && space < TAIL / 2 ? tail.substring(space + 1) : tail).strip();
    }

    /** Line breaks and other control characters would split or garble the one line a problem takes. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
