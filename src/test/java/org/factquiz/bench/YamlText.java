package org.factquiz.bench;

import java.util.List;

/**
 * Writes the facts format as YAML text, the way editors write it. The generator's values are
 * identifiers, numbers and plain words, so no value needs quoting; {@link #check} makes sure of it.
 */
final class YamlText {
    private final StringBuilder out = new StringBuilder(1 << 16);

    YamlText line(String text) {
        out.append(text).append('\n');
        return this;
    }

    /** Starts a list item with its first field: {@code   - key: value}. */
    YamlText item(String key, Object value) {
        out.append("  - ").append(key).append(": ").append(check(value)).append('\n');
        return this;
    }

    /** A further field of the current list item; nothing is written for a null value. */
    YamlText field(String key, Object value) {
        if (value != null) {
            out.append("    ").append(key).append(": ").append(check(value)).append('\n');
        }
        return this;
    }

    YamlText list(String key, List<String> values) {
        out.append("    ").append(key).append(": [");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(check(values.get(i)));
        }
        out.append("]\n");
        return this;
    }

    YamlText names(String en, String de) {
        out.append("    name: {en: ").append(check(en)).append(", de: ").append(check(de)).append("}\n");
        return this;
    }

    int length() {
        return out.length();
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private static String check(Object value) {
        String text = String.valueOf(value);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ' ' || c == '_' || c == '/')) {
                throw new IllegalArgumentException("value needs quoting in YAML: " + text);
            }
        }
        return text;
    }
}
