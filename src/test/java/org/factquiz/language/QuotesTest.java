package org.factquiz.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.factquiz.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quotation marks per language, quotes inside quotes made the inner kind. */
class QuotesTest {
    @ParameterizedTest(name = "{0} ({1}): {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Das KI-Chatbot „Doubao“ von ByteDance        | DE | „Das KI-Chatbot ‚Doubao‘ von ByteDance“
            Das KI-Chatbot „Doubao“ von ByteDance        | EN | “Das KI-Chatbot ‘Doubao’ von ByteDance”
            ByteDance's chatbot "Doubao"                 | EN | “ByteDance's chatbot ‘Doubao’”
            ByteDance's chatbot "Doubao"                 | DE | „ByteDance's chatbot ‚Doubao‘“
            Baidus „Ernie Bot“ und „Doubao“              | DE | „Baidus ‚Ernie Bot‘ und ‚Doubao‘“
            plain                                        | EN | “plain”
            """)
    void quotesNestAsTheLanguageSetsThem(String text, Language language, String expected) {
        assertThat(Quotes.quote(text, language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            „Doubao“ von ByteDance     | Doubao von ByteDance
            “Doubao” is ByteDance's    | Doubao is ByteDance's
            it's ‘Doubao’              | it's Doubao
            """)
    void quotesAreStrippedButApostrophesKept(String text, String expected) {
        assertThat(Quotes.strip(text)).isEqualTo(expected);
    }
}
