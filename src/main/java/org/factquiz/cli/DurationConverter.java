package org.factquiz.cli;

import java.time.Duration;
import org.factquiz.engine.DurationText;
import picocli.CommandLine;

/** Reads a duration as users write it: 90s, 10m, 1h, 500ms (a number alone is seconds). */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            Duration duration = DurationText.parse(value);
            if (duration.isZero()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is no time at all: give a positive duration");
            }
            return duration;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
