package org.factquiz.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.factquiz.model.Language;

/** The web pages' own words in one language, from {@code web/messages_<language>.properties} and {@code web/review_<language>.properties}. */
public final class Messages {
    private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

    static {
        for (Language l : Language.values()) {
            ALL.put(l, new Messages(l, load(l)));
        }
    }

    private final Language language;
    private final Properties words;

    private Messages(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static Messages of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    /** The words for {@code key}; the key itself when it has none, so a missing word shows instead of failing. */
    public String get(String key) {
        return words.getProperty(key, key);
    }

    public String format(String key, Object... values) {
        return new MessageFormat(get(key), locale()).format(values);
    }

    public boolean has(String key) {
        return words.containsKey(key);
    }

    public Locale locale() {
        return language == Language.DE ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** The quiz pages' words, then the review and teacher pages' ({@code web/review_<language>.properties}). */
    static Properties load(Language l) {
        Properties p = new Properties();
        for (String file : new String[] {"messages", "review"}) {
            String name = "/web/" + file + "_" + l.code() + ".properties";
            try (InputStream in = Messages.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + name);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }
}
