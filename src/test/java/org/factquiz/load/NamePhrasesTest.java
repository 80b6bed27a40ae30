package org.factquiz.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factquiz.model.FactBase;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.MeasureDef;
import org.factquiz.model.Names;
import org.factquiz.model.Phrase;
import org.factquiz.model.PhraseBook;
import org.factquiz.model.PredicateDef;
import org.factquiz.model.TitleDef;
import org.factquiz.model.UnitDef;
import org.factquiz.model.EventDef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An entry without phrases is said from its name: a table of names and the phrase factquiz writes. */
class NamePhrasesTest {
    private static Map<Language, PhraseBook.Words> words;

    @BeforeAll
    static void readTheLanguages() throws Exception {
        words = PhraseBookLoader.read(Path.of("rules/language")).words();
    }

    private static String first(FactBase facts, String kind, String key, Language language) {
        return NamePhrases.missing(facts, List.of(), words).stream()
                .filter(p -> p.kind().equals(kind) && p.key().equals(key) && p.language() == language && p.rank() == 0)
                .map(Phrase::template).findFirst().orElseThrow();
    }

    /** The second phrase made for a quantity. */
    private static String second(FactBase facts, String key, Language language) {
        return NamePhrases.missing(facts, List.of(), words).stream()
                .filter(p -> p.kind().equals("quantity") && p.key().equals(key) && p.language() == language)
                .map(Phrase::template).skip(1).findFirst().orElseThrow();
    }

    private static FactBase predicate(String en, String de) {
        return new FactBase(List.of(), List.of(), List.of(new PredicateDef("p", List.of("thing"), List.of("thing"), null,
                false, false, false, new Names(en, de), Location.UNKNOWN)), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    @ParameterizedTest(name = "\"{0}\" is said \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            betreibt                        | {subject} betreibt {object}
            stellt her                      | {subject} stellt {object} her
            treibt voran                    | {subject} treibt {object} voran
            wirbt Talente ab von            | {subject} wirbt Talente von {object} ab
            übt geopolitische Kontrolle aus über | {subject} übt geopolitische Kontrolle über {object} aus
            wurde eingeführt in             | {subject} wurde in {object} eingeführt
            ist verfügbar in                | {subject} ist in {object} verfügbar
            ist Kunde von                   | {subject} ist Kunde von {object}
            orientiert sich an              | {subject} orientiert sich an {object}
            hält für den Schlüssel          | {subject} hält {object} für den Schlüssel
            zielt auf                       | {subject} zielt auf {object}
            baut … aus                      | {subject} baut {object} aus
            """)
    void aGermanVerbIsPlacedAroundItsObject(String name, String template) {
        assertThat(first(predicate("x", name.strip()), "relation", "p", Language.DE)).isEqualTo(template.strip());
    }

    @Test
    void anEnglishNameIsSaidAsWritten() {
        assertThat(first(predicate("is a customer of", "ist Kunde von"), "relation", "p", Language.EN))
                .isEqualTo("{subject} is a customer of {object}");
    }

    @Test
    void aRelationStartedAtADateGetsTheDateAfterTheGermanVerb() {
        List<String> templates = NamePhrases.missing(predicate("makes", "stellt her"), List.of(), words).stream()
                .filter(p -> p.language() == Language.DE).map(Phrase::template).toList();

        assertThat(templates).contains("{subject} stellt {date} {object} her", "{subject} stellt {object} in {where} her");
    }

    @Test
    void anEntryWithPhrasesOfItsOwnGetsNoneFromItsName() {
        Phrase own = new Phrase("relation", "p", true, Language.DE, "{subject} bedient {object}", 0, Location.UNKNOWN);

        assertThat(NamePhrases.missing(predicate("runs", "betreibt"), List.of(own), words))
                .extracting(Phrase::language).containsOnly(Language.EN);
    }

    @Test
    void measuresTitlesAndEventsAreSaidFromTheirNamesWithAGuessedArticle() {
        FactBase facts = new FactBase(List.of(), List.of(), List.of(),
                List.of(new MeasureDef("visitors", List.of("thing"), "people", new Names("visitors", "Besucher"),
                        Location.UNKNOWN)), List.of(),
                List.of(new TitleDef("largest", List.of("thing"), null, true, new Names("largest museum",
                        "größte Sammlung"), Location.UNKNOWN)),
                List.of(new EventDef("opening", List.of("start"), new Names("opening", "Eröffnung"), Location.UNKNOWN),
                        new EventDef("launch", List.of("start"), new Names("was launched", "wurde eingeführt"),
                                Location.UNKNOWN)),
                List.of(), List.of(), List.of());

        assertThat(first(facts, "quantity", "visitors", Language.DE)).isEqualTo("{subject} hat {value} Besucher");
        assertThat(first(facts, "comparison", "visitors", Language.EN))
                .isEqualTo("{subject} has more visitors than {object}");
        assertThat(first(facts, "title", "largest", Language.DE)).isEqualTo("{holder} ist die größte Sammlung von {of} in {scope}");
        assertThat(first(facts, "title", "largest", Language.EN)).isEqualTo("{holder} is the largest museum of {of} in {scope}");
        assertThat(first(facts, "event", "opening", Language.DE)).isEqualTo("die Eröffnung von {subject} fand {date} statt");
        assertThat(first(facts, "event", "opening", Language.EN)).isEqualTo("the opening of {subject} was in {date}");
        assertThat(first(facts, "event", "launch", Language.DE)).isEqualTo("{subject} wurde {date} eingeführt");
        assertThat(first(facts, "event", "launch", Language.EN)).isEqualTo("{subject} was launched in {date}");
    }

    @Test
    void anAmountInAUnitIsTheMeasuresValueWithTheArticleOfItsGenderACountIsHad() {
        FactBase facts = new FactBase(List.of(), List.of(), List.of(),
                List.of(new MeasureDef("period", List.of("thing"), "day", new Names("orbital period", "Umlaufzeit"),
                                Location.UNKNOWN),
                        new MeasureDef("diameter", List.of("thing"), "km", new Names("diameter", "Durchmesser"),
                                Location.UNKNOWN),
                        new MeasureDef("members", List.of("thing"), "people", new Names("members", "Mitglieder"),
                                Location.UNKNOWN)),
                List.of(new UnitDef("day", new Names("days", "Tage"), false, Location.UNKNOWN),
                        new UnitDef("km", new Names("kilometres", "Kilometer"), false, Location.UNKNOWN),
                        new UnitDef("people", new Names("people", "Personen"), true, Location.UNKNOWN)),
                List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(second(facts, "period", Language.DE)).isEqualTo("die Umlaufzeit von {subject} beträgt {value} Tage");
        assertThat(second(facts, "diameter", Language.DE))
                .isEqualTo("der Durchmesser von {subject} beträgt {value} Kilometer");
        assertThat(second(facts, "period", Language.EN)).isEqualTo("the orbital period of {subject} is {value} days");
        assertThat(first(facts, "quantity", "members", Language.DE)).isEqualTo("{subject} hat {value} Mitglieder");
        assertThat(first(facts, "quantity", "period", Language.DE)).isEqualTo("{subject} hat eine Umlaufzeit von {value} Tagen");
        assertThat(first(facts, "quantity", "diameter", Language.DE))
                .isEqualTo("{subject} hat einen Durchmesser von {value} Kilometern");
        assertThat(first(facts, "quantity", "period", Language.EN)).isEqualTo("{subject} has an orbital period of {value} days");
    }
}
