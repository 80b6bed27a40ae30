package org.factquiz.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading: sentences with offsets, and words with lemma, class and features. */
class AnalyzerTest {
    private static final String ARTICLE = "Der TikTok-Eigentümer ByteDance hat sich als Vorreiter etabliert. "
            + "ByteDance investiert ca. 2 Mrd. Euro in KI. Gründer Zhang Yiming, Chinas reichster Mann, treibt sie voran.";

    @Test
    void sentencesComeWithTheirOffsetsIntoTheText() {
        List<Sentence> sentences = Analyzer.sentences(ARTICLE, Language.DE);

        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "Der TikTok-Eigentümer ByteDance hat sich als Vorreiter etabliert.",
                "ByteDance investiert ca. 2 Mrd. Euro in KI.",
                "Gründer Zhang Yiming, Chinas reichster Mann, treibt sie voran.");
        for (Sentence s : sentences) {
            assertThat(ARTICLE.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(ARTICLE.substring(t.start(), t.end())).isEqualTo(t.text());
            }
        }
    }

    @Test
    void sentenceSpansNeedNoTagging() {
        String text = "Doubao was launched in 2023. It has about 60 million users! Does it?";

        assertThat(Analyzer.sentenceSpans(text, Language.EN)).extracting(TextSpan::start, TextSpan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 28), org.assertj.core.groups.Tuple.tuple(29, 59),
                        org.assertj.core.groups.Tuple.tuple(60, 68));
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2} {3} {4} {5} {6}")
    @CsvSource(delimiter = '|', textBlock = """
            Der reichste Mann Chinas gründete ByteDance          | Chinas       | China       | PROPER_NOUN | GENITIVE | SINGULAR |
            Der reichste Mann Chinas gründete ByteDance          | reichste     | reich       | ADJECTIVE   |          |          | SUPERLATIVE
            Der reichste Mann Chinas gründete ByteDance          | gründete     | gründen     | VERB        |          | SINGULAR |
            Doubao hat 60 Millionen monatlich aktiven Nutzern    | Nutzern      | Nutzer      | NOUN        | DATIVE   | PLURAL   |
            Doubao hat 60 Millionen monatlich aktiven Nutzern    | aktiven      | aktiv       | ADJECTIVE   |          |          | POSITIVE
            Chinas beliebteste KI-Anwendung ist Doubao           | KI-Anwendung | KI-Anwendung | NOUN       |          | SINGULAR |
            Chinas beliebteste KI-Anwendung ist Doubao           | beliebteste  | beliebt     | ADJECTIVE   |          |          | SUPERLATIVE
            ByteDance hat eine Doppelstrategie entwickelt        | Doppelstrategie | Doppelstrategie | NOUN |          | SINGULAR |
            Laut Brancheninsidern ist ByteDance Nvidias größter Kunde | Brancheninsidern | Brancheninsider | NOUN | DATIVE | PLURAL |
            Laut Brancheninsidern ist ByteDance Nvidias größter Kunde | größter  | groß        | ADJECTIVE   |          |          | SUPERLATIVE
            Die USA üben Kontrolle über ByteDance aus            | USA          | USA         | PROPER_NOUN |          | PLURAL   |
            """)
    void germanWordsCarryTheirFeatures(String sentence, String word, String lemma, PartOfSpeech pos, Case grammaticalCase,
                                       GrammaticalNumber number, Degree degree) {
        Token token = token(Analyzer.analyse(sentence, Language.DE), word);

        assertThat(token.lemma()).isEqualTo(lemma);
        assertThat(token.pos()).isEqualTo(pos);
        if (grammaticalCase != null) {
            assertThat(token.cases()).contains(grammaticalCase);
        }
        if (number != null) {
            assertThat(token.numbers()).contains(number);
        }
        assertThat(token.degree()).isEqualTo(degree);
    }

    @ParameterizedTest(name = "\"{1}\" in \"{0}\": {2}, {3}")
    @CsvSource(delimiter = '|', textBlock = """
            China's richest man founded ByteDance            | richest   | rich     | SUPERLATIVE
            ByteDance is Nvidia's biggest customer in Asia   | biggest   | big      | SUPERLATIVE
            ByteDance is Nvidia's largest customer in Asia   | largest   | large    | SUPERLATIVE
            Doubao has more users than Ernie Bot             | users     | user     |
            ByteDance has hired AI engineers since 2021      | hired     | hire     |
            ByteDance has been poaching engineers            | poaching  | poach    |
            The data centres are located in Malaysia         | centres   | centre   |
            ByteDance built its own chips                    | built     | build    |
            Doubao's maker owns Douyin                       | maker     | maker    |
            """)
    void englishWordsCarryTheirLemmaAndDegree(String sentence, String word, String lemma, Degree degree) {
        Token token = token(Analyzer.analyse(sentence, Language.EN), word);

        assertThat(token.lemma()).isEqualTo(lemma);
        assertThat(token.degree()).isEqualTo(degree);
    }

    @Test
    void compoundsPossessivesAndContractionsAreSeparateWordsWhereTheyShouldBe() {
        assertThat(words("ByteDance nutzt Nvidia-Chips außerhalb Chinas", Language.DE))
                .isEqualTo("ByteDance|nutzt|Nvidia-Chips|außerhalb|Chinas");
        assertThat(words("China's richest man doesn't own TikTok.", Language.EN))
                .isEqualTo("China|'s|richest|man|does|n't|own|TikTok|.");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Doubao offers translation                          | EN
            Doubao bietet Übersetzung an                       | DE
            Baidu makes Ernie Bot                              | EN
            Ernie Bot wird von Baidu hergestellt               | DE
            ByteDance investiert Milliarden                    | DE
            Zhang Yiming founded ByteDance                     | EN
            Laut Brancheninsidern ist ByteDance Nvidias größter Kunde | DE
            Cici AI greift auf OpenAI-Modelle zurück           | DE
            """)
    void theLanguageOfAClaimIsGuessed(String sentence, Language language) {
        assertThat(Analyzer.guessLanguage(sentence)).isEqualTo(language);
    }

    private static Token token(Sentence sentence, String word) {
        return sentence.tokens().stream().filter(t -> t.text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + words(sentence)));
    }

    private static String words(String text, Language language) {
        return words(Analyzer.analyse(text, language));
    }

    private static String words(Sentence sentence) {
        return sentence.tokens().stream().map(Token::text).collect(Collectors.joining("|"));
    }
}
