package org.factquiz.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Numbers in data files must be finite: {@code 1e400} reads as Infinity and {@code .nan} as NaN,
 * and either would pass every comparison rule in silence (Infinity users are more than any other
 * count). They are input errors at their place instead.
 */
final class FiniteNumbers {
    /** How YAML (.nan, .inf) and Java (NaN, Infinity) write values that are not numbers. */
    private static final Pattern NON_FINITE_WORDS = Pattern.compile("(?i)[-+]?\\.?(nan|inf|infinity)");
    /** The deserializers for {@code Double} and {@code double} fields. */
    static final SimpleModule MODULE = new SimpleModule("factquiz-finite-numbers")
            .addDeserializer(Double.class, new Finite(Double.class, null))
            .addDeserializer(Double.TYPE, new Finite(Double.TYPE, 0.0));

    private FiniteNumbers() {
    }

    /** A number that is not finite, as written. */
    static final class NotFinite extends InvalidFormatException {
        NotFinite(JsonParser parser, String text) {
            super(parser, "not a finite number: " + text, text, Double.class);
        }

        String text() {
            return String.valueOf(getValue());
        }
    }

    private static final class Finite extends NumberDeserializers.DoubleDeserializer {
        Finite(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getText();
            if (text != null && NON_FINITE_WORDS.matcher(text.strip()).matches()) {
                throw new NotFinite(parser, text);
            }
            Double value = super.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                throw new NotFinite(parser, parser.getText());
            }
            return value;
        }
    }
}
