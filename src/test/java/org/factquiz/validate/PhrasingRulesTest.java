package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;
import static org.factquiz.fixtures.Validation.Reported.warning;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.factquiz.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/phrasing.drl, on mutations of the shipped facts and phrases. */
class PhrasingRulesTest {
    static final String PREDICATE = "A predicate has phrasings of its own in each language";
    static final String INVERSE = "A predicate's inverse has phrasings of its own in each language";
    static final String MEASURE = "A measure has phrasings of its own in each language";
    static final String TITLE = "A title has phrasings of its own in each language";
    static final String EVENT = "An event has phrasings of its own in each language";
    static final String PHRASED_PREDICATE = "A phrase says a predicate of the vocabulary";
    static final String PHRASED_MEASURE = "A phrase says a measure of the vocabulary";
    static final String PHRASED_TITLE = "A phrase says a title of the vocabulary";
    static final String PHRASED_EVENT = "A phrase says an event of the vocabulary";
    static final String PHRASES = "phrases.yaml";

    @TempDir
    Path dir;

    private List<Finding> findings(EditedFacts facts) throws Exception {
        return Validation.validate(facts.writeTo(dir)).findings();
    }

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return findings(facts).stream().map(Reported::of).toList();
    }

    private static EditedFacts withoutPhrasesFor(String header, String key) {
        return EditedFacts.shipped().replace(PHRASES, header + key + "\n", header + key + "-unused\n");
    }

    @Test
    void predicateWithoutPhrasesIsAWarningPerLanguageThatQuotesItsName() throws Exception {
        List<Finding> found = findings(EditedFacts.shipped().replace(PHRASES, "predicate: operates\n",
                "predicate: operats\n"));

        assertThat(found).extracting(f -> Reported.of(f)).containsExactlyInAnyOrder(
                warning(PREDICATE, "operates"), warning(PREDICATE, "operates"),
                error(PHRASED_PREDICATE));
        assertThat(found).filteredOn(f -> f.rule().equals(PREDICATE)).extracting(Finding::messageEn)
                .containsExactlyInAnyOrder(
                        "predicate 'operates' has no English phrasing of its own: claims and questions say it from"
                                + " its name, \"operates\"; add it under phrases: relations: in the facts folder",
                        "predicate 'operates' has no German phrasing of its own: claims and questions say it from"
                                + " its name, \"betreibt\"; add it under phrases: relations: in the facts folder");
        assertThat(found).filteredOn(f -> f.rule().equals(PHRASED_PREDICATE)).singleElement()
                .satisfies(f -> assertThat(f.messageEn()).matches(".*/phrases\\.yaml:\\d+:\\d+: .*")
                        .endsWith("phrases for unknown predicate 'operats' (did you mean 'operates'?)"));
    }

    @Test
    void theShippedVocabularyIsPhrasedThroughout() throws Exception {
        assertThat(validate(EditedFacts.shipped())).isEmpty();
    }

    @Test
    void inverseWithoutPhrasesIsAWarning() throws Exception {
        assertThat(validate(withoutPhrasesFor("predicate: ", "operated-by")))
                .containsExactlyInAnyOrder(warning(INVERSE, "operates"), warning(INVERSE, "operates"),
                        error(PHRASED_PREDICATE));
    }

    @Test
    void measureWithoutPhrasesIsAWarning() throws Exception {
        var facts = EditedFacts.shipped().replace(PHRASES, "measure: outlook\n", "measure: outlook-unused\n");

        assertThat(validate(facts)).containsExactlyInAnyOrder(warning(MEASURE, "outlook"), warning(MEASURE, "outlook"),
                error(PHRASED_MEASURE));
    }

    @Test
    void titleWithoutPhrasesIsAWarning() throws Exception {
        assertThat(validate(withoutPhrasesFor("title: ", "richest-person"))).containsExactlyInAnyOrder(
                warning(TITLE, "richest-person"), warning(TITLE, "richest-person"), error(PHRASED_TITLE));
    }

    @Test
    void eventWithoutPhrasesIsAWarning() throws Exception {
        assertThat(validate(withoutPhrasesFor("event: ", "launch"))).containsExactlyInAnyOrder(
                warning(EVENT, "launch"), warning(EVENT, "launch"), error(PHRASED_EVENT));
    }
}
