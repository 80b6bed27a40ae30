package org.factquiz.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The verb of a clause, however it is spread over the sentence: a table of sentences and what
 * their verb group says (lemma, tense, voice, modality, negation, copula, "began to"), and the
 * words left before and after it.
 */
class ClausesTest {
    @ParameterizedTest(name = "\"{0}\": {1} {2} {3} {4}{5}")
    @CsvSource(delimiter = '|', textBlock = """
            Baidu makes Ernie Bot                                     | make       | PRESENT  | ACTIVE  | NONE        | | Baidu | Ernie Bot
            Ernie Bot is made by Baidu                                | make       | PRESENT  | PASSIVE | NONE        | | Ernie Bot | by Baidu
            ByteDance has been poaching AI engineers since 2021       | poach      | PERFECT  | ACTIVE  | NONE        | | ByteDance | AI engineers since 2021
            Doubao's maker owns Douyin                                | own        | PRESENT  | ACTIVE  | NONE        | | Doubao 's maker | Douyin
            ByteDance began hiring AI engineers                       | hire       | PAST     | ACTIVE  | NONE        | started | ByteDance | AI engineers
            The probe will reach Mars in 2031                         | reach      | FUTURE   | ACTIVE  | INTENT      | | The probe | Mars in 2031
            ByteDance could become Nvidia's biggest customer          | become     | PRESENT  | ACTIVE  | POSSIBILITY | | ByteDance | Nvidia 's biggest customer
            Doubao does not offer speech recognition                  | offer      | PRESENT  | ACTIVE  | NONE        | negated | Doubao | speech recognition
            ByteDance doesn't make Ernie Bot                          | make       | PRESENT  | ACTIVE  | NONE        | negated | ByteDance | Ernie Bot
            ByteDance never made Ernie Bot                            | make       | PAST     | ACTIVE  | NONE        | negated | ByteDance | Ernie Bot
            ByteDance is expected to build data centres               | build      | PRESENT  | ACTIVE  | EXPECTATION | | ByteDance | data centres
            ByteDance is going to launch a chatbot                    | launch     | PRESENT  | ACTIVE  | INTENT      | | ByteDance | a chatbot
            ByteDance plans to build its own chips                    | build      | PRESENT  | ACTIVE  | INTENT      | | ByteDance | its own chips
            Zhang Yiming is the richest man in China                  | be         | PRESENT  | ACTIVE  | NONE        | copula | Zhang Yiming | the richest man in China
            Doubao has 60 million users                               | have       | PRESENT  | ACTIVE  | NONE        | | Doubao | 60 million users
            Doubao was launched in August 2023                        | launch     | PAST     | PASSIVE | NONE        | | Doubao | in August 2023
            Doubao has been launched                                  | launch     | PERFECT  | PASSIVE | NONE        | | Doubao |
            ByteDance has also hired talent from Alibaba              | hire       | PERFECT  | ACTIVE  | NONE        | | ByteDance | talent from Alibaba
            Der reichste Mann Chinas gründete ByteDance               | gründen    | PAST     | ACTIVE  | NONE        | | Der reichste Mann Chinas | ByteDance
            Chinas beliebteste KI-Anwendung ist Doubao                | sein       | PRESENT  | ACTIVE  | NONE        | copula | Chinas beliebteste KI-Anwendung | Doubao
            Seit 2021 wirbt ByteDance KI-Ingenieure von Rivalen ab    | abwerben   | PRESENT  | ACTIVE  | NONE        | | Seit 2021 | ByteDance KI-Ingenieure von Rivalen
            Seit 2021 hat ByteDance KI-Ingenieure von Rivalen abgeworben | abwerben | PERFECT | ACTIVE  | NONE        | | Seit 2021 | ByteDance KI-Ingenieure von Rivalen
            Doubao wurde im August 2023 eingeführt                    | einführen  | PAST     | PASSIVE | NONE        | | Doubao | im August 2023
            Doubao ist im August 2023 eingeführt worden               | einführen  | PERFECT  | PASSIVE | NONE        | | Doubao | im August 2023
            ByteDance führte Doubao im August 2023 ein                | einführen  | PAST     | ACTIVE  | NONE        | | ByteDance | Doubao im August 2023
            ByteDance soll Nvidias größter Kunde sein                 | sein       | PRESENT  | ACTIVE  | HEARSAY     | copula | ByteDance | Nvidias größter Kunde
            ByteDance dürfte Nvidias größter Kunde in Asien sein      | sein       | PRESENT  | ACTIVE  | EXPECTATION | copula | ByteDance | Nvidias größter Kunde in Asien
            Die USA könnten geopolitische Kontrolle über ByteDance ausüben | ausüben | PRESENT | ACTIVE  | POSSIBILITY | | Die USA | geopolitische Kontrolle über ByteDance
            Die USA üben geopolitische Kontrolle über ByteDance aus   | ausüben    | PRESENT  | ACTIVE  | NONE        | | Die USA | geopolitische Kontrolle über ByteDance
            ByteDance stellt Ernie Bot nicht her                      | herstellen | PRESENT  | ACTIVE  | NONE        | negated | ByteDance | Ernie Bot
            Baidu ist kein Kunde von Nvidia                           | sein       | PRESENT  | ACTIVE  | NONE        | negated copula | Baidu | Kunde von Nvidia
            ByteDance wird Doubao in Europa einführen                 | einführen  | FUTURE   | ACTIVE  | INTENT      | | ByteDance | Doubao in Europa
            Cici AI greift auf OpenAI-Modelle zurück                  | zurückgreifen | PRESENT | ACTIVE | NONE       | | Cici AI | auf OpenAI-Modelle
            ByteDance begann, KI-Ingenieure abzuwerben                | abwerben   | PAST     | ACTIVE  | NONE        | started | ByteDance | , KI-Ingenieure
            ByteDance plant, eigene Chips zu entwickeln               | entwickeln | PRESENT  | ACTIVE  | INTENT      | | ByteDance | , eigene Chips
            dass ByteDance Nvidias größter Kunde in China ist         | sein       | PRESENT  | ACTIVE  | NONE        | copula | dass ByteDance Nvidias größter Kunde in China |
            Das Unternehmen, das Doubao herstellt, besitzt auch Douyin | besitzen  | PRESENT  | ACTIVE  | NONE        | | Das Unternehmen , das Doubao herstellt , | auch Douyin
            """)
    void theVerbGroupIsFoundAndRead(String sentence, String lemma, Tense tense, Voice voice, Modality modality,
                                    String flags, String before, String after) {
        Language language = Analyzer.guessLanguage(sentence);
        Sentence s = Analyzer.analyse(sentence, language);
        Optional<Clause> clause = Clauses.read(s, 0, s.tokens().size(), Set.of(), Set.of("own"));

        assertThat(clause).as(sentence).isPresent();
        VerbGroup verb = clause.get().verb();
        String f = flags == null ? "" : flags;
        assertThat(verb.lemma()).isEqualTo(lemma);
        assertThat(verb.tense()).isEqualTo(tense);
        assertThat(verb.voice()).isEqualTo(voice);
        assertThat(verb.modality()).isEqualTo(modality);
        assertThat(verb.negated()).as("negated").isEqualTo(f.contains("negated"));
        assertThat(verb.copula()).as("copula").isEqualTo(f.contains("copula"));
        assertThat(verb.started()).as("started").isEqualTo(f.contains("started"));
        assertThat(join(clause.get().beforeTokens())).isEqualTo(before == null ? "" : before);
        assertThat(join(clause.get().afterTokens())).isEqualTo(after == null ? "" : after);
    }

    private static String join(java.util.List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    }
}
