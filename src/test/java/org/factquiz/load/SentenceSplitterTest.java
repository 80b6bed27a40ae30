package org.factquiz.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentence numbers are what facts cite, so the splitter's rules are pinned down here. */
class SentenceSplitterTest {
    @Test
    void sentencesEndAtFullStopsFollowedByACapitalOrDigit() {
        assertThat(SentenceSplitter.split("Erster Satz. Zweiter Satz! 2023 kam der dritte? Ja."))
                .containsExactly("Erster Satz.", "Zweiter Satz!", "2023 kam der dritte?", "Ja.");
    }

    @Test
    void lineBreaksAndRunsOfSpacesDoNotSplitASentence() {
        assertThat(SentenceSplitter.split("Ein Satz\nüber zwei   Zeilen.\n\nNoch einer."))
                .containsExactly("Ein Satz über zwei Zeilen.", "Noch einer.");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        assertThat(SentenceSplitter.split("Es gibt viele Apps, z. B. Chatbots. Dr. Li sagt das, bzw. Prof. Wu."))
                .containsExactly("Es gibt viele Apps, z. B. Chatbots.", "Dr. Li sagt das, bzw. Prof. Wu.");
    }

    @Test
    void initialsDoNotEndASentence() {
        assertThat(SentenceSplitter.split("John F. Kennedy sprach. Dann ging er."))
                .containsExactly("John F. Kennedy sprach.", "Dann ging er.");
    }

    @Test
    void aSentenceMayStartWithAGermanOpeningQuote() {
        assertThat(SentenceSplitter.split("Er sagte nichts. „Später“, meinte sie."))
                .containsExactly("Er sagte nichts.", "„Später“, meinte sie.");
    }

    @Test
    void decimalPointsAndLowerCaseContinuationsDoNotSplit() {
        assertThat(SentenceSplitter.split("Der Wert stieg auf 3.5 Prozent. und dann weiter. Ende."))
                .containsExactly("Der Wert stieg auf 3.5 Prozent. und dann weiter.", "Ende.");
    }

    @Test
    void textWithoutFinalFullStopKeepsItsLastSentence() {
        assertThat(SentenceSplitter.split("One. Two")).containsExactly("One.", "Two");
        assertThat(SentenceSplitter.split("   ")).isEmpty();
    }

    @Test
    void theDayOfAGermanDateEndsNoSentence() {
        assertThat(SentenceSplitter.split("Der Vertrag wurde am 3. September 2008 geschlossen. Seit dem 1. Januar 2021 wird gebaut."))
                .containsExactly("Der Vertrag wurde am 3. September 2008 geschlossen.", "Seit dem 1. Januar 2021 wird gebaut.");
    }

    @Test
    void aNumberAtTheEndOfASentenceStillEndsIt() {
        assertThat(SentenceSplitter.split("Es kamen 12. Danach sprach der Bürgermeister. Im Jahr 2008. Mai war kalt."))
                .containsExactly("Es kamen 12.", "Danach sprach der Bürgermeister.", "Im Jahr 2008.", "Mai war kalt.");
    }
}
