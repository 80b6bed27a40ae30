package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;
import static org.factquiz.fixtures.Validation.Reported.warning;

import java.nio.file.Path;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/comparisons.drl, on mutations of the shipped facts. */
class ComparisonRulesTest {
    static final String AGREE_WITH_QUANTITIES = "A comparison must agree with the quantities it compares";
    static final String NO_CYCLE = "Comparisons must not form a cycle";
    static final String USERS = "statements/users.yaml";
    static final String DOUBAO_BEATS_ERNIE = "exceeds(doubao, ernie-bot, monthly-active-users)";

    @TempDir
    Path dir;

    /** Ernie Bot's monthly users, cited from the sentence that compares it with Doubao. */
    static String ernieUsers(String valueLines) {
        return """
                - id: ernie-bot-users
                  kind: quantity
                  subject: ernie-bot
                  measure: monthly-active-users
                %s
                  unit: users
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                """.formatted(valueLines.stripIndent().lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b)
                .orElseThrow());
    }

    private Iterable<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    @Test
    void rivalWithMoreUsersThanTheOneSaidToBeatItIsReported() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, ernieUsers("""
                value: 70
                scale: million"""));

        assertThat(validate(facts)).containsExactly(
                error(AGREE_WITH_QUANTITIES, DOUBAO_BEATS_ERNIE, "doubao-60-million-users", "ernie-bot-users"));
    }

    @Test
    void rivalWithExactlyAsManyUsersContradictsMore() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, ernieUsers("""
                value: 60
                scale: million"""));

        assertThat(validate(facts)).containsExactly(
                error(AGREE_WITH_QUANTITIES, DOUBAO_BEATS_ERNIE, "doubao-60-million-users", "ernie-bot-users"));
    }

    @Test
    void rivalWithFewerUsersAgrees() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, ernieUsers("""
                value: 59
                scale: million"""));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void approximateCountWhoseToleranceAllowsFewerUsersAgrees() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, ernieUsers("""
                value: 62
                scale: million
                bound: about"""));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void upperBoundBelowTheLeaderAgreesAndLowerBoundAboveItDoesNot() throws Exception {
        assertThat(validate(EditedFacts.shipped().append(USERS, ernieUsers("""
                value: 70
                scale: million
                bound: at-most""")))).isEmpty();

        var atLeast = EditedFacts.shipped().append(USERS, ernieUsers("""
                value: 61
                scale: million
                bound: at-least"""));
        assertThat(validate(atLeast)).containsExactly(
                error(AGREE_WITH_QUANTITIES, DOUBAO_BEATS_ERNIE, "doubao-60-million-users", "ernie-bot-users"));
    }

    @Test
    void hedgedComparisonContradictedByCountsIsOnlyAWarning() throws Exception {
        var facts = EditedFacts.shipped()
                .append(USERS, ernieUsers("""
                        value: 70
                        scale: million"""))
                .addToEntry(USERS, "doubao-beats-ernie-bot", "status: hedged");

        assertThat(validate(facts)).containsExactly(warning(AGREE_WITH_QUANTITIES,
                "exceeds(doubao, ernie-bot, monthly-active-users)[hedged]", "doubao-60-million-users",
                "ernie-bot-users"));
    }

    @Test
    void countsContradictingATransitiveComparisonAreReportedOnTheDerivedFact() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, """
                - id: ernie-bot-beats-cici-ai
                  kind: comparison
                  subject: ernie-bot
                  measure: monthly-active-users
                  comparator: more
                  object: cici-ai
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                - id: cici-ai-users
                  kind: quantity
                  subject: cici-ai
                  measure: monthly-active-users
                  value: 70
                  scale: million
                  unit: users
                  sentence: 13
                  quote: "Cici AI"
                """);

        assertThat(validate(facts)).containsExactly(error(AGREE_WITH_QUANTITIES,
                "exceeds(doubao, cici-ai, monthly-active-users)", "doubao-60-million-users", "cici-ai-users"));
    }

    @Test
    void twoComparisonsSayingEachHasMoreFormACycle() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, """
                - id: ernie-bot-beats-doubao
                  kind: comparison
                  subject: ernie-bot
                  measure: monthly-active-users
                  comparator: more
                  object: doubao
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                """);

        assertThat(validate(facts)).containsExactly(
                error(NO_CYCLE, "exceeds(doubao, doubao, monthly-active-users)"));
    }

    @Test
    void aLessComparisonClosingALoopOfThreeIsOneCycle() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, """
                - id: ernie-bot-beats-cici-ai
                  kind: comparison
                  subject: ernie-bot
                  measure: monthly-active-users
                  comparator: more
                  object: cici-ai
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                - id: doubao-has-fewer-than-cici-ai
                  kind: comparison
                  subject: doubao
                  measure: monthly-active-users
                  comparator: less
                  object: cici-ai
                  sentence: 13
                  quote: "Cici AI"
                """);

        assertThat(validate(facts)).containsExactly(
                error(NO_CYCLE, "exceeds(cici-ai, cici-ai, monthly-active-users)"));
    }

    @Test
    void aChainWithoutLoopIsNoCycle() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, """
                - id: ernie-bot-beats-cici-ai
                  kind: comparison
                  subject: ernie-bot
                  measure: monthly-active-users
                  comparator: more
                  object: cici-ai
                  sentence: 11
                  quote: "Baidus „Ernie Bot“"
                """);

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void comparisonsOfDifferentMeasuresDoNotFormACycle() throws Exception {
        var facts = EditedFacts.shipped()
                .replace("vocabulary.yaml", "measures:\n", """
                        measures:
                          - id: downloads
                            subject: [product]
                            unit: users
                        """)
                .write("downloads.yaml", """
                        phrases:
                          comparisons:
                            - measure: downloads
                              more: {en: ["{subject} has more downloads than {object}"],
                                     de: ["{subject} hat mehr Downloads als {object}"]}
                        """)
                .append(USERS, """
                        - id: ernie-bot-more-downloads
                          kind: comparison
                          subject: ernie-bot
                          measure: downloads
                          comparator: more
                          object: doubao
                          sentence: 11
                          quote: "Baidus „Ernie Bot“"
                        """);

        assertThat(validate(facts)).isEmpty();
    }
}
