package org.factquiz.teaching;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.factquiz.model.Language;

/** The teacher's reports' words in one language, from {@code teaching/words_<language>.properties}. */
public final class Words {
    private static final Map<Language, Words> ALL = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ALL.put(language, new Words(language, load(language)));
        }
    }

    private final Language language;
    private final Properties words;

    private Words(Language language, Properties words) {
        this.language = language;
        this.words = words;
    }

    public static Words of(Language language) {
        return ALL.get(language);
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language == Language.DE ? Locale.GERMAN : Locale.ENGLISH;
    }

    /** The words for {@code key}. */
    public String get(String key) {
        String text = words.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no words for '" + key + "' in teaching/words_" + language.code() + ".properties");
        }
        return text;
    }

    /** The words for {@code key} with {0}, {1}... filled in (java.text.MessageFormat, in the language's locale). */
    public String format(String key, Object... values) {
        return new MessageFormat(get(key), locale()).format(values);
    }

    /** A share (0.412) as the language writes a percentage with one decimal: "41.2%", "41,2 %". */
    public String percent(double share) {
        return percent(share, 1);
    }

    /** A share as a percentage with {@code decimals} decimals. */
    public String percent(double share, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(share);
    }

    /** A number as the language writes it, with at most one decimal. */
    public String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private static Properties load(Language language) {
        String name = "/teaching/words_" + language.code() + ".properties";
        try (InputStream in = Words.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
