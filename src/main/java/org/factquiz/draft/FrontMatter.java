package org.factquiz.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factquiz.model.Language;

/**
 * The front matter a static-site generator reads at the top of a Markdown file: YAML between
 * {@code ---} lines (closed by {@code ---} or {@code ...}), or TOML between {@code +++} lines. It is
 * not prose; its {@code lang} (or {@code language}) value, when it names English or German, says
 * what language the draft is in.
 *
 * @param end where the front matter ends in the draft (0 when there is none)
 */
record FrontMatter(int end, Optional<Language> language) {
    private static final Pattern YAML = Pattern.compile("\\A---[ \\t]*\\R(.*?\\R)?(?:---|\\.\\.\\.)[ \\t]*(?:\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern TOML = Pattern.compile("\\A\\+\\+\\+[ \\t]*\\R(.*?\\R)?\\+\\+\\+[ \\t]*(?:\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern TOML_LANG = Pattern.compile("(?m)^\\s*(?:lang|language)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final ObjectMapper YAML_READER = new ObjectMapper(new YAMLFactory());

    static final FrontMatter NONE = new FrontMatter(0, Optional.empty());

    static FrontMatter of(String text) {
        Matcher yaml = YAML.matcher(text);
        if (yaml.lookingAt()) {
            return new FrontMatter(yaml.end(), yamlLanguage(yaml.group(1)));
        }
        Matcher toml = TOML.matcher(text);
        if (toml.lookingAt()) {
            Matcher lang = TOML_LANG.matcher(toml.group(1) == null ? "" : toml.group(1));
            return new FrontMatter(toml.end(), lang.find() ? language(lang.group(1)) : Optional.empty());
        }
        return NONE;
    }

    /** The text with the front matter blanked out (line breaks kept), so every offset stays where it was. */
    String blank(String text) {
        if (end == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < end; i++) {
            char c = out.charAt(i);
            if (c != '\n' && c != '\r') {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static Optional<Language> yamlLanguage(String body) {
        if (body == null) {
            return Optional.empty();
        }
        try {
            JsonNode node = YAML_READER.readTree(body);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            JsonNode lang = node.has("lang") ? node.get("lang") : node.get("language");
            return lang != null && lang.isTextual() ? language(lang.asText()) : Optional.empty();
        } catch (java.io.IOException e) {
            // Front matter belongs to the site generator; factquiz only looks for a language in it.
            return Optional.empty();
        }
    }

    /** "de", "de-DE", "de_CH", "German", "Deutsch", "en-GB", "English" and the like. */
    static Optional<Language> language(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("de") || v.startsWith("de-") || v.startsWith("de_") || v.equals("german") || v.equals("deutsch")) {
            return Optional.of(Language.DE);
        }
        if (v.equals("en") || v.startsWith("en-") || v.startsWith("en_") || v.equals("english")
                || v.equals("englisch")) {
            return Optional.of(Language.EN);
        }
        return Optional.empty();
    }
}
