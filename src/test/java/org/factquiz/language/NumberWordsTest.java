package org.factquiz.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.factquiz.language.NumberWords.Approximation;
import org.factquiz.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Numbers as people write them: words in, amount out, and back. */
class NumberWordsTest {
    @ParameterizedTest(name = "\"{0}\" ({1}) is {2}, {3}, times: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            sechzig Millionen          | DE | 60000000   | EXACT      | false
            60 Millionen               | DE | 60000000   | EXACT      | false
            60.000.000                 | DE | 60000000   | EXACT      | false
            1,5 Mio .                  | DE | 1500000    | EXACT      | false
            rund sechs Milliarden      | DE | 6000000000 | ABOUT      | false
            etwa 60 Millionen          | DE | 60000000   | ABOUT      | false
            knapp 60 Millionen         | DE | 60000000   | JUST_BELOW | false
            gut 60 Millionen           | DE | 60000000   | JUST_ABOVE | false
            mehr als 50 Millionen      | DE | 50000000   | MORE_THAN  | false
            mindestens eine Milliarde  | DE | 1000000000 | AT_LEAST   | false
            bis zu zwölf               | DE | 12         | AT_MOST    | false
            einundzwanzig              | DE | 21         | EXACT      | false
            zweihundertfünfzig         | DE | 250        | EXACT      | false
            dreitausendeins            | DE | 3001       | EXACT      | false
            eins                       | DE | 1          | EXACT      | false
            ein Dutzend                | DE | 12         | EXACT      | false
            zwei Dutzend               | DE | 24         | EXACT      | false
            dreimal                    | DE | 3          | EXACT      | true
            drei Mal                   | DE | 3          | EXACT      | true
            einmal                     | DE | 1          | EXACT      | true
            viereinhalb                | DE | 4.5        | EXACT      | false
            rund zweieinhalb           | DE | 2.5        | ABOUT      | false
            anderthalb Millionen       | DE | 1500000    | EXACT      | false
            73 000                     | DE | 73000      | EXACT      | false
            four and a half            | EN | 4.5        | EXACT      | false
            sixty million              | EN | 60000000   | EXACT      | false
            60,000,000                 | EN | 60000000   | EXACT      | false
            1.5 billion                | EN | 1500000000 | EXACT      | false
            roughly six billion        | EN | 6000000000 | ABOUT      | false
            more than 50 million       | EN | 50000000   | MORE_THAN  | false
            fewer than 70 million      | EN | 70000000   | LESS_THAN  | false
            at least a billion         | EN | 1000000000 | AT_LEAST   | false
            nearly 60 million          | EN | 60000000   | JUST_BELOW | false
            twenty-one                 | EN | 21         | EXACT      | false
            twenty one                 | EN | 21         | EXACT      | false
            a hundred                  | EN | 100        | EXACT      | false
            one hundred and five       | EN | 105        | EXACT      | false
            two thousand               | EN | 2000       | EXACT      | false
            a dozen                    | EN | 12         | EXACT      | false
            twelve                     | EN | 12         | EXACT      | false
            three times                | EN | 3          | EXACT      | true
            once                       | EN | 1          | EXACT      | true
            twice                      | EN | 2          | EXACT      | true
            """)
    void amountsAreReadWithTheirApproximation(String text, Language language, double value, Approximation approximation,
                                              boolean times) {
        Optional<NumberWords.Amount> amount = NumberWords.read(text, language);

        assertThat(amount).as(text).isPresent();
        assertThat(amount.get().value()).isEqualTo(value);
        assertThat(amount.get().approximation()).isEqualTo(approximation);
        assertThat(amount.get().repetitions()).isEqualTo(times);
    }

    @ParameterizedTest(name = "\"{0}\" ({1}) is no number")
    @CsvSource(delimiter = '|', textBlock = """
            ein Chatbot     | DE
            a chatbot       | EN
            viele           | DE
            lots            | EN
            and             | EN
            """)
    void articlesAndOtherWordsAreNoNumbers(String text, Language language) {
        assertThat(NumberWords.read(text, language)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1    | eins                 | one
            12   | zwölf                | twelve
            21   | einundzwanzig        | twenty-one
            60   | sechzig              | sixty
            101  | einhunderteins       | one hundred and one
            250  | zweihundertfünfzig   | two hundred and fifty
            1000 | eintausend           | one thousand
            2024 | zweitausendvierundzwanzig | two thousand and twenty-four
            """)
    void cardinalsAreWrittenInWords(long n, String german, String english) {
        assertThat(NumberWords.cardinal(n, Language.DE)).isEqualTo(german);
        assertThat(NumberWords.cardinal(n, Language.EN)).isEqualTo(english);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyNumberWrittenInWordsReadsBackAsItself(Language language) {
        for (long n = 0; n <= 2100; n++) {
            String words = NumberWords.cardinal(n, language);
            assertThat(NumberWords.read(words, language)).as(words).map(NumberWords.Amount::value).contains((double) n);
        }
    }

    @Test
    void howOftenIsWrittenAsEachLanguageSaysIt() {
        assertThat(NumberWords.times(1, Language.DE)).isEqualTo("einmal");
        assertThat(NumberWords.times(3, Language.DE)).isEqualTo("dreimal");
        assertThat(NumberWords.times(1, Language.EN)).isEqualTo("once");
        assertThat(NumberWords.times(2, Language.EN)).isEqualTo("twice");
        assertThat(NumberWords.times(3, Language.EN)).isEqualTo("three times");
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            60000000    | 60 Millionen     | 60 million
            1000000000  | 1 Milliarde      | 1 billion
            1500000000  | 1,5 Milliarden   | 1.5 billion
            12000       | 12.000           | 12,000
            5           | 5                | 5
            """)
    void amountsAreWrittenWithTheirScale(double value, String german, String english) {
        assertThat(NumberWords.amount(value, Language.DE)).isEqualTo(german);
        assertThat(NumberWords.amount(value, Language.EN)).isEqualTo(english);
    }
}
