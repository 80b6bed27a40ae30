package org.factquiz.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.factquiz.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Writing: reading in (a phrase and the form wanted), words out. Needs no tagger model. */
class InflectorTest {
    @ParameterizedTest(name = "{0} in the {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            die USA                          | DATIVE     | den USA
            die USA                          | GENITIVE   | der USA
            die USA                          | ACCUSATIVE | die USA
            internationale Märkte            | DATIVE     | internationalen Märkten
            internationale Märkte            | GENITIVE   | internationaler Märkte
            die Doppelstrategie              | GENITIVE   | der Doppelstrategie
            die Doppelstrategie              | DATIVE     | der Doppelstrategie
            eigene KI-Chips von ByteDance    | DATIVE     | eigenen KI-Chips von ByteDance
            große Sprachmodelle              | GENITIVE   | großer Sprachmodelle
            der reichste Mann                | GENITIVE   | des reichsten Mannes
            der reichste Mann                | ACCUSATIVE | den reichsten Mann
            ein großer Kunde                 | DATIVE     | einem großen Kunden
            die beliebteste KI-Anwendung     | DATIVE     | der beliebtesten KI-Anwendung
            Künstliche Intelligenz           | DATIVE     | Künstlicher Intelligenz
            getrennte Datensätze             | DATIVE     | getrennten Datensätzen
            neue Wachstumsmotoren            | ACCUSATIVE | neue Wachstumsmotoren
            Teams für Sprachmodelle          | DATIVE     | Teams für Sprachmodelle
            China                            | GENITIVE   | Chinas
            Doubao                           | GENITIVE   | Doubaos
            Zhang Yiming                     | GENITIVE   | Zhang Yimings
            kein Kunde                       | DATIVE     | keinem Kunden
            """)
    void germanNounPhrasesTakeTheCaseAsked(String phrase, Case wanted, String expected) {
        assertThat(NounPhrase.parse(phrase, Language.DE).in(wanted)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            die USA                 | PLURAL
            internationale Märkte   | PLURAL
            Kritiker                | PLURAL
            die Doppelstrategie     | SINGULAR
            Übersetzung             | SINGULAR
            Doubao                  | SINGULAR
            """)
    void germanNounPhrasesKnowTheirNumber(String phrase, GrammaticalNumber number) {
        assertThat(Inflector.numberOf(phrase, Language.DE)).isEqualTo(number);
    }

    @Test
    void caseFormsGivenAsDataWinOverTheGrammar() {
        NounPhrase name = NounPhrase.parse("Cici AI", Language.DE).withForms(Map.of(Case.GENITIVE, "von Cici AI"));

        assertThat(name.in(Case.GENITIVE)).isEqualTo("von Cici AI");
        assertThat(name.in(Case.DATIVE)).isEqualTo("Cici AI");
    }

    @ParameterizedTest(name = "{0} with a {1} subject: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            übt     | PLURAL   | DE | üben
            ist     | PLURAL   | DE | sind
            hat     | PLURAL   | DE | haben
            wird    | PLURAL   | DE | werden
            könnte  | PLURAL   | DE | könnten
            liegen  | SINGULAR | DE | liegt
            exerts  | PLURAL   | EN | exert
            is      | PLURAL   | EN | are
            has     | PLURAL   | EN | have
            are     | SINGULAR | EN | is
            """)
    void verbsAgreeWithTheirSubject(String finite, GrammaticalNumber number, Language language, String expected) {
        assertThat(Inflector.agree(finite, number, language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, {1} {2} {3}: {4} ... {5}")
    @CsvSource(delimiter = '|', textBlock = """
            abwerben    | THIRD | PLURAL   | PRESENT | werben  | ab
            ausüben     | THIRD | SINGULAR | PRESENT | übt     | aus
            herstellen  | THIRD | SINGULAR | PAST    | stellte | her
            zurückgreifen | THIRD | SINGULAR | PRESENT | greift | zurück
            vorantreiben | THIRD | SINGULAR | PRESENT | treibt | voran
            sein        | THIRD | PLURAL   | PRESENT | sind    | ''
            besitzen    | THIRD | SINGULAR | PRESENT | besitzt | ''
            beliefern   | THIRD | SINGULAR | PRESENT | beliefert | ''
            """)
    void germanVerbsSplitTheirParticleInAMainClause(String lemma, Person person, GrammaticalNumber number, Tense tense,
                                                    String finite, String particle) {
        Inflector.GermanVerb verb = Inflector.germanVerb(lemma, person, number, tense);

        assertThat(verb.finite()).isEqualTo(finite);
        assertThat(verb.particle()).isEqualTo(particle);
    }

    @Test
    void germanParticiplesAndSubordinateForms() {
        assertThat(Inflector.germanVerb("einführen", Person.THIRD, GrammaticalNumber.SINGULAR, Tense.PRESENT).participle())
                .isEqualTo("eingeführt");
        assertThat(Inflector.germanVerb("herstellen", Person.THIRD, GrammaticalNumber.SINGULAR, Tense.PRESENT).joined())
                .isEqualTo("herstellt");
    }

    @ParameterizedTest(name = "{0} {1} ({2}, {3}, {4} {5}): {6}")
    @CsvSource(delimiter = '|', textBlock = """
            reich    | SUPERLATIVE | DEFINITE   | NOMINATIVE | SINGULAR | MASCULINE | reichste
            reich    | SUPERLATIVE | NONE       | NOMINATIVE | SINGULAR | MASCULINE | reichster
            groß     | SUPERLATIVE | NONE       | NOMINATIVE | SINGULAR | MASCULINE | größter
            beliebt  | SUPERLATIVE | DEFINITE   | DATIVE     | SINGULAR | FEMININE  | beliebtesten
            beliebt  | COMPARATIVE | NONE       | NOMINATIVE | SINGULAR | NEUTER    | beliebteres
            """)
    void germanAdjectivesTakeTheirEnding(String lemma, Degree degree, Article article, Case c, GrammaticalNumber n,
                                         Gender g, String expected) {
        assertThat(Inflector.adjective(lemma, degree, article, c, n, g)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            company      | companies
            man          | men
            data centre  | data centres
            analysis     | analyses
            chatbot      | chatbots
            search       | searches
            spacecraft   | spacecraft
            """)
    void englishPlurals(String singular, String plural) {
        assertThat(Inflector.plural(singular)).isEqualTo(plural);
        assertThat(Inflector.singular(plural)).isEqualTo(singular.equals("spacecraft") ? "spacecraft" : singular);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}, {3}, {4}")
    @CsvSource(delimiter = '|', textBlock = """
            make    | makes   | made      | made      | making
            hire    | hires   | hired     | hired     | hiring
            stop    | stops   | stopped   | stopped   | stopping
            visit   | visits  | visited   | visited   | visiting
            go      | goes    | went      | gone      | going
            begin   | begins  | began     | begun     | beginning
            study   | studies | studied   | studied   | studying
            die     | dies    | died      | died      | dying
            control | controls | controlled | controlled | controlling
            """)
    void englishVerbForms(String verb, String third, String past, String participle, String gerund) {
        assertThat(Inflector.thirdPerson(verb)).isEqualTo(third);
        assertThat(Inflector.past(verb)).isEqualTo(past);
        assertThat(Inflector.pastParticiple(verb)).isEqualTo(participle);
        assertThat(Inflector.presentParticiple(verb)).isEqualTo(gerund);
    }

    @ParameterizedTest(name = "{0}: {1}, {2}")
    @CsvSource(delimiter = '|', textBlock = """
            rich    | richer   | richest
            big     | bigger   | biggest
            large   | larger   | largest
            happy   | happier  | happiest
            good    | better   | best
            """)
    void englishComparison(String adjective, String comparative, String superlative) {
        assertThat(Inflector.comparative(adjective)).isEqualTo(comparative);
        assertThat(Inflector.superlative(adjective)).isEqualTo(superlative);
    }

    @ParameterizedTest(name = "{1} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            AI application | an
            user           | a
            hour           | an
            LLM            | an
            GPU            | a
            European market | a
            orbit          | an
            """)
    void englishIndefiniteArticleFollowsTheSound(String word, String article) {
        assertThat(Inflector.indefiniteArticle(word)).isEqualTo(article);
    }

    @Test
    void possessivesOfNames() {
        assertThat(Inflector.possessive("ByteDance", Language.EN)).isEqualTo("ByteDance's");
        assertThat(Inflector.possessive("the United States", Language.EN)).isEqualTo("the United States'");
        assertThat(Inflector.possessive("Nvidia", Language.DE)).isEqualTo("Nvidias");
        assertThat(Inflector.possessive("Brüssel", Language.DE)).isEqualTo("Brüssels");
        assertThat(Inflector.possessive("Paris", Language.DE)).isEqualTo("Paris’");
    }

    @Test
    void germanWordOrderPutsTheVerbSecondAndItsParticleLast() {
        Inflector.GermanVerb verb = Inflector.germanVerb("abwerben", Person.THIRD, GrammaticalNumber.SINGULAR,
                Tense.PRESENT);

        assertThat(WordOrder.verbSecond("Seit 2021", verb.finite(), "ByteDance", "Talente von Rivalen", verb.particle()))
                .isEqualTo("Seit 2021 wirbt ByteDance Talente von Rivalen ab");
        assertThat(WordOrder.verbSecond("ByteDance", verb.finite(), "", "seit 2021 Talente von Rivalen", verb.particle()))
                .isEqualTo("ByteDance wirbt seit 2021 Talente von Rivalen ab");
        assertThat(WordOrder.verbLast("das", "", "die beliebteste KI-Anwendung in China", "",
                Inflector.germanVerb("herstellen", Person.THIRD, GrammaticalNumber.SINGULAR, Tense.PRESENT).joined()))
                .isEqualTo("das die beliebteste KI-Anwendung in China herstellt");
    }
}
