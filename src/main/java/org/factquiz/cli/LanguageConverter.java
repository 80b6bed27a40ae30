package org.factquiz.cli;

import java.util.Locale;
import org.factquiz.model.Language;
import picocli.CommandLine;

/** Reads {@code en} or {@code de}, in any case. */
final class LanguageConverter implements CommandLine.ITypeConverter<Language> {
    @Override
    public Language convert(String value) {
        try {
            return Language.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language: use en or de");
        }
    }
}
