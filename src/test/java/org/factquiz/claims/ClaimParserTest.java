package org.factquiz.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.factquiz.load.FactsLoader;
import org.factquiz.load.InputException;
import org.factquiz.model.Claim;
import org.factquiz.model.ClaimedValue;
import org.factquiz.model.ComparisonClaim;
import org.factquiz.model.EventClaim;
import org.factquiz.model.Language;
import org.factquiz.model.PartialDate;
import org.factquiz.model.QuantityClaim;
import org.factquiz.model.RelationClaim;
import org.factquiz.model.TitleClaim;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The controlled grammar built from the shipped facts' phrases and rules/language, on the shipped vocabulary. */
class ClaimParserTest {
    private static ClaimParser parser;

    @BeforeAll
    static void loadVocabularyAndPhrases() throws InputException {
        parser = ShippedKnowledge.parser(FactsLoader.load(ShippedKnowledge.FACTS));
    }

    private static ClaimParser.Read read(String sentence) {
        ClaimParser.Reading reading = parser.read("c", sentence, null);
        assertThat(reading).as("reading of \"%s\"", sentence).isInstanceOf(ClaimParser.Read.class);
        return (ClaimParser.Read) reading;
    }

    private static Claim claim(String sentence) {
        return read(sentence).claim();
    }

    private static String problem(String sentence) {
        ClaimParser.Reading reading = parser.read("c", sentence, null);
        assertThat(reading).as("reading of \"%s\"", sentence).isInstanceOf(ClaimParser.Unreadable.class);
        return ((ClaimParser.Unreadable) reading).message();
    }

    @Test
    void englishRelationReadsSubjectPredicateObject() {
        ClaimParser.Read read = read("Baidu makes Ernie Bot");

        assertThat(read.language()).isEqualTo(Language.EN);
        assertThat(read.claim()).isInstanceOfSatisfying(RelationClaim.class, r -> {
            assertThat(r.subject()).isEqualTo("baidu");
            assertThat(r.predicate()).isEqualTo("makes");
            assertThat(r.object()).isEqualTo("ernie-bot");
            assertThat(r.since()).isNull();
            assertThat(r.accordingTo()).isNull();
            assertThat(r.possibly()).isFalse();
        });
    }

    @Test
    void germanPassiveReadsAsTheInversePredicate() {
        ClaimParser.Read read = read("Ernie Bot wird von Baidu hergestellt");

        assertThat(read.language()).isEqualTo(Language.DE);
        assertThat(read.claim()).isInstanceOfSatisfying(RelationClaim.class, r -> {
            assertThat(r.subject()).isEqualTo("ernie-bot");
            assertThat(r.predicate()).isEqualTo("made-by");
            assertThat(r.object()).isEqualTo("baidu");
        });
    }

    @Test
    void relationSinceADateKeepsTheDate() {
        assertThat(claim("ByteDance wirbt seit 2021 Talente von Rivalen ab")).isInstanceOfSatisfying(RelationClaim.class,
                r -> {
                    assertThat(r.predicate()).isEqualTo("hires-talent-from");
                    assertThat(r.object()).isEqualTo("rival-companies");
                    assertThat(r.since()).isEqualTo(new PartialDate(2021, 0));
                });
    }

    @Test
    void relationWithAPlaceKeepsThePlace() {
        assertThat(claim("ByteDance nutzt Nvidia-Chips außerhalb Chinas")).isInstanceOfSatisfying(RelationClaim.class,
                r -> {
                    assertThat(r.object()).isEqualTo("nvidia-gpus");
                    assertThat(r.where()).isEqualTo("outside-china");
                });
    }

    @Test
    void quantityReadsMeasureNumberAndUnit() {
        assertThat(claim("Doubao hat 60 Millionen monatlich aktive Nutzer")).isInstanceOfSatisfying(QuantityClaim.class,
                q -> {
                    assertThat(q.subject()).isEqualTo("doubao");
                    assertThat(q.measure()).isEqualTo("monthly-active-users");
                    assertThat(q.unit()).isEqualTo("users");
                    assertThat(q.value()).isEqualTo(new ClaimedValue(ClaimedValue.Comparator.EQUAL, 60e6, 0.1));
                });
    }

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Doubao has 60 million users                 | EQUAL    | 60000000
            Doubao has 60,000,000 users                 | EQUAL    | 60000000
            Doubao has 60000000 monthly active users    | EQUAL    | 60000000
            Doubao has 1.5 million users                | EQUAL    | 1500000
            Doubao has about 60 million users           | ABOUT    | 60000000
            Doubao has more than 50 million users       | MORE     | 50000000
            Doubao has fewer than 70 million users      | LESS     | 70000000
            Doubao has at least 60 million users        | AT_LEAST | 60000000
            Doubao hat 60 Millionen Nutzer              | EQUAL    | 60000000
            Doubao hat 60.000.000 Nutzer                | EQUAL    | 60000000
            Doubao hat 60,000,000 Nutzer                | EQUAL    | 60000000
            Doubao hat 1,5 Millionen Nutzer             | EQUAL    | 1500000
            Doubao hat etwa 60 Mio. Nutzer              | ABOUT    | 60000000
            Doubao hat mehr als 50 Millionen Nutzer     | MORE     | 50000000
            Doubao hat höchstens 70 Millionen Nutzer    | AT_MOST  | 70000000
            ByteDance investiert Milliarden             | AT_LEAST | 1000000000
            ByteDance invests billions in AI            | AT_LEAST | 1000000000
            """)
    void numbersAreReadWithTheirComparatorAndScale(String sentence, ClaimedValue.Comparator comparator, double value) {
        assertThat(claim(sentence)).isInstanceOfSatisfying(QuantityClaim.class, q -> {
            assertThat(q.value().comparator()).isEqualTo(comparator);
            assertThat(q.value().value()).isEqualTo(value);
        });
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            August 2023    | EN | 2023-08
            august 2023    | EN | 2023-08
            Aug 2023       | EN | 2023-08
            2023-08        | EN | 2023-08
            2023           | EN | 2023
            August 2023    | DE | 2023-08
            im August 2023 | DE | 2023-08
            seit 2021      | DE | 2021
            since 2021     | EN | 2021
            März 2024      | DE | 2024-03
            Dezember 2023  | DE | 2023-12
            """)
    void datesAreReadToTheYearOrMonth(String text, Language language, String expected) {
        assertThat(parser.date(text, language)).isEqualTo(PartialDate.parse(expected));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Doubao wurde im August 2023 eingeführt   | 2023-08
            Doubao wurde August 2023 eingeführt      | 2023-08
            Doubao wurde 2023 eingeführt             | 2023
            Doubao was launched in August 2023       | 2023-08
            Doubao was launched in 2023              | 2023
            """)
    void launchDatesReadAsEventsInBothLanguages(String sentence, String date) {
        assertThat(claim(sentence)).isInstanceOfSatisfying(EventClaim.class, e -> {
            assertThat(e.subject()).isEqualTo("doubao");
            assertThat(e.event()).isEqualTo("launch");
            assertThat(e.date()).isEqualTo(PartialDate.parse(date));
        });
    }

    @Test
    void launchInAPlaceIsTheEventTheFactsRecordNotARelation() {
        assertThat(claim("Cici AI was launched in international markets")).isInstanceOfSatisfying(EventClaim.class,
                e -> {
                    assertThat(e.where()).isEqualTo("international-markets");
                    assertThat(e.date()).isNull();
                });
    }

    @Test
    void comparisonReadsItsDirection() {
        assertThat(claim("Ernie Bot ist weniger beliebt als Doubao")).isInstanceOfSatisfying(ComparisonClaim.class,
                c -> {
                    assertThat(c.measure()).isEqualTo("monthly-active-users");
                    assertThat(c.greater()).isEqualTo("doubao");
                    assertThat(c.lesser()).isEqualTo("ernie-bot");
                });
        assertThat(claim("Doubao has more monthly active users than Ernie Bot"))
                .isInstanceOfSatisfying(ComparisonClaim.class, c -> assertThat(c.greater()).isEqualTo("doubao"));
    }

    @Test
    void superlativeReadsTitleOfWhomAndWhere() {
        assertThat(claim("Zhang Yiming ist Chinas reichster Mann")).isInstanceOfSatisfying(TitleClaim.class, t -> {
            assertThat(t.subject()).isEqualTo("zhang-yiming");
            assertThat(t.title()).isEqualTo("richest-person");
            assertThat(t.of()).isNull();
            assertThat(t.scope()).isEqualTo("china");
        });
        assertThat(claim("ByteDance is Nvidia’s biggest customer in Asia")).isInstanceOfSatisfying(TitleClaim.class,
                t -> assertThat(t.key()).isEqualTo("largest-customer|nvidia|asia"));
    }

    @Test
    void attributionAndHedgeAreReadInEnglish() {
        Claim claim = claim("According to industry insiders, ByteDance is possibly Nvidia's largest customer in Asia");

        assertThat(claim.accordingTo()).isEqualTo("industry-insiders");
        assertThat(claim.possibly()).isTrue();
        assertThat(claim).isInstanceOfSatisfying(TitleClaim.class, t -> assertThat(t.scope()).isEqualTo("asia"));
    }

    @Test
    void attributionAndHedgeAreReadInGermanWithTheVerbSecond() {
        ClaimParser.Read read = read("Laut Brancheninsidern ist ByteDance möglicherweise Nvidias größter Kunde in Asien");

        assertThat(read.language()).isEqualTo(Language.DE);
        assertThat(read.claim().accordingTo()).isEqualTo("industry-insiders");
        assertThat(read.claim().possibly()).isTrue();
        assertThat(read.claim()).isInstanceOfSatisfying(TitleClaim.class,
                t -> assertThat(t.key()).isEqualTo("largest-customer|nvidia|asia"));
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ByteDance owns TikTok                   | bytedance
            bytedance owns TikTok                   | bytedance
            BYTEDANCE owns TikTok                   | bytedance
            Byte Dance owns TikTok                  | bytedance
            The United States controls ByteDance geopolitically | usa
            the USA controls ByteDance geopolitically           | usa
            Die USA kontrolliert ByteDance geopolitisch         | usa
            Ernie is made by Baidu                  | ernie-bot
            ERNIE BOT is made by Baidu              | ernie-bot
            „Doubao“ is made by ByteDance           | doubao
            Die Rechenzentren liegen in Malaysia    | international-data-centres
            The data centres are located in Malaysia | international-data-centres
            Teams für Sprachmodelle is driven by Zhang | language-model-teams
            Dual strategy targets China             | dual-strategy
            The dual strategy targets China         | dual-strategy
            Doppelstrategie zielt auf China         | dual-strategy
            International markets are in Asia        | international-markets
            Internationale Märkte liegen in Asien   | international-markets
            """)
    void subjectsMatchNamesAndAliasesInBothLanguagesIgnoringCase(String sentence, String entity) {
        assertThat(claim(sentence).subject()).isEqualTo(entity);
    }

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Doubao offers translation       | translation
            Doubao offers TRANSLATION       | translation
            Doubao bietet Übersetzung an    | translation
            Doubao bietet übersetzung an    | translation
            ByteDance invests in LLMs       | large-language-models
            ByteDance investiert in große Sprachmodelle | large-language-models
            ByteDance invests in Nvidia-Grafikprozessoren | nvidia-gpus
            """)
    void objectsMatchNamesAndAliasesInBothLanguagesIgnoringCase(String sentence, String entity) {
        assertThat(claim(sentence)).isInstanceOfSatisfying(RelationClaim.class,
                r -> assertThat(r.object()).isEqualTo(entity));
    }

    @Test
    void unreadableSentenceListsTheClosestPhrasingsKnown() {
        String message = problem("Doubao has more users than");

        assertThat(message).startsWith("cannot read \"Doubao has more users than\" as a claim; closest phrasings known: ")
                .contains("\"{subject} has more users than {object}\"");
        assertThat(message.split(" \\| ")).hasSize(3);
    }

    @Test
    void unreadableGermanSentenceListsGermanPhrasings() {
        assertThat(problem("Doubao und ByteDance")).startsWith("cannot read \"Doubao und ByteDance\" as a claim")
                .contains("\"{holder} ist ");
    }

    @Test
    void aQuestionIsNoClaim() {
        assertThat(problem("Who makes Doubao?")).startsWith("\"Who makes Doubao?\" is a question, not a claim");
    }

    @Test
    void unknownEntityIsReadAndSuggestsTheClosestNameAsWritten() {
        assertThat(unknowns("Doubao has more users than Ernie Bto")).containsExactly("Ernie Bto -> Ernie Bot");
        assertThat(unknowns("Dubao wurde im August 2023 eingeführt")).containsExactly("Dubao -> Doubao");
    }

    @Test
    void unknownEntityFarFromEveryNameGetsNoSuggestion() {
        assertThat(unknowns("Microsoft makes Doubao")).containsExactly("Microsoft -> null");
    }

    @Test
    void anUnknownSourceIsKeptAsTheAttribution() {
        Claim claim = claim("According to Reuters, Doubao has 60 million users");

        assertThat(claim.accordingTo()).isEqualTo("?Reuters");
        assertThat(claim).isInstanceOfSatisfying(QuantityClaim.class, q -> assertThat(q.value().value()).isEqualTo(60e6));
    }

    @Test
    void aVagueAmountIsReadAsSomethingTheFactsDoNotSay() {
        assertThat(unknowns("Doubao has lots of users")).containsExactly("lots of users -> null");
    }

    @Test
    void unreadableDateSaysHowToWriteOne() {
        assertThat(problem("Doubao wurde im Agust 2023 eingeführt"))
                .isEqualTo("cannot read 'im Agust 2023' as a date (write e.g. \"2023\", \"August 2023\", \"14 April 2023\""
                        + " or \"until July 2031\")");
    }

    @ParameterizedTest(name = "\"{0}\" dates the launch {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Doubao wurde am 14. August 2023 eingeführt | 2023-08-14
            Doubao wurde am 14 August 2023 eingeführt  | 2023-08-14
            Doubao wurde 2023-08-14 eingeführt          | 2023-08-14
            Doubao was launched on 14 August 2023       | 2023-08-14
            Doubao was launched on August 14, 2023      | 2023-08-14
            Doubao was launched in August 2023          | 2023-08
            Doubao wurde im Jahr 2023 eingeführt        | 2023
            """)
    void eventDatesAreReadToTheDay(String sentence, String date) {
        assertThat(claim(sentence.strip())).isInstanceOfSatisfying(EventClaim.class, e -> {
            assertThat(e.date()).isEqualTo(PartialDate.parse(date.strip()));
            assertThat(e.until()).isNull();
        });
    }

    @Test
    void aDateSlotReadsAnEndOrASpan() {
        assertThat(claim("ByteDance wirbt bis Juli 2031 Talente von Rivalen ab")).isInstanceOfSatisfying(
                RelationClaim.class, r -> {
                    assertThat(r.since()).isNull();
                    assertThat(r.until()).isEqualTo(PartialDate.parse("2031-07"));
                });
        assertThat(claim("ByteDance wirbt vom 1. Januar 2021 bis zum 30. Juni 2024 Talente von Rivalen ab"))
                .isInstanceOfSatisfying(RelationClaim.class, r -> {
                    assertThat(r.since()).isEqualTo(PartialDate.parse("2021-01-01"));
                    assertThat(r.until()).isEqualTo(PartialDate.parse("2024-06-30"));
                });
        assertThat(claim("ByteDance has hired talent from rival companies from 2021 to 2024"))
                .isInstanceOfSatisfying(RelationClaim.class, r -> {
                    assertThat(r.since()).isEqualTo(PartialDate.parse("2021"));
                    assertThat(r.until()).isEqualTo(PartialDate.parse("2024"));
                });
    }

    private static java.util.List<String> unknowns(String sentence) {
        return read(sentence).unknowns().stream().map(u -> u.text() + " -> " + u.hint()).toList();
    }
}
