package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/dates.drl, on mutations of the shipped facts. */
class DateRulesTest {
    static final String NOT_BEFORE_LAUNCH = "Nothing happens to a subject before the event that starts it";
    static final String CAUSE_NOT_AFTER_EFFECT = "A cause does not start after what it led to";
    static final String NOT_AFTER_END = "Nothing happens to a subject after the event that ends it";
    static final String USERS = "statements/users.yaml";
    static final String PRODUCTS = "statements/products.yaml";
    static final String CHIPS = "statements/chips.yaml";
    static final String TALENT = "statements/talent.yaml";

    @TempDir
    Path dir;

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    private List<Reported> usersCountedAt(String date) throws Exception {
        return validate(EditedFacts.shipped().addToEntry(USERS, "doubao-60-million-users", "at: " + date));
    }

    @Test
    void usersCountedTheYearBeforeTheLaunchAreReported() throws Exception {
        assertThat(usersCountedAt("2022")).containsExactly(
                error(NOT_BEFORE_LAUNCH, "doubao-60-million-users", "doubao-launched-august-2023"));
    }

    @Test
    void usersCountedTheMonthBeforeTheLaunchAreReported() throws Exception {
        assertThat(usersCountedAt("2023-07")).containsExactly(
                error(NOT_BEFORE_LAUNCH, "doubao-60-million-users", "doubao-launched-august-2023"));
    }

    @Test
    void usersCountedInTheLaunchYearMayBeAfterTheLaunch() throws Exception {
        assertThat(usersCountedAt("2023")).isEmpty();
    }

    @Test
    void usersCountedInTheLaunchMonthOrLaterAreFine() throws Exception {
        assertThat(usersCountedAt("2023-08")).isEmpty();
        assertThat(usersCountedAt("2024-01")).isEmpty();
    }

    @Test
    void aListedStatementBeforeTheLaunchIsReportedOnceForTheWholeList() throws Exception {
        var facts = EditedFacts.shipped().addToEntry(PRODUCTS, "doubao-offers-services", "since: 2022-05");

        assertThat(validate(facts)).containsExactly(
                error(NOT_BEFORE_LAUNCH, "doubao-offers-services", "doubao-launched-august-2023"));
    }

    @Test
    void productWithoutALaunchDateHasNoLaunchToBeBefore() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(PRODUCTS, "cici-ai-uses-openai-models", "since: 2020");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void causeStartingAfterTheFactItLedToIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(CHIPS, "bytedance-expanded-ai-infrastructure", "at: 2020")
                .addToEntry(TALENT, "bytedance-hires-from-alibaba", "since: 2022");

        assertThat(validate(facts)).containsExactly(error(CAUSE_NOT_AFTER_EFFECT, "bytedance-hires-from-alibaba",
                "bytedance-expanded-ai-infrastructure", "talent-and-gpus-expanded-infrastructure"));
    }

    @Test
    void causeStartingInTheSameYearMayComeFirst() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(CHIPS, "bytedance-expanded-ai-infrastructure", "at: 2022-03")
                .addToEntry(TALENT, "bytedance-hires-from-alibaba", "since: 2022");

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void listedCauseStartingAfterItsEffectIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(PRODUCTS, "bytedance-succeeded-with-doubao", "at: 2023-09")
                .addToEntry(PRODUCTS, "doubao-offers-services", "since: 2024");

        assertThat(validate(facts)).containsExactly(error(CAUSE_NOT_AFTER_EFFECT, "doubao-offers-services",
                "bytedance-succeeded-with-doubao", "doubao-success-from-versatility"));
    }

    @Test
    void aPurposeMayBeReachedOnlyLater() throws Exception {
        var facts = EditedFacts.shipped()
                .addToEntry(CHIPS, "bytedance-makes-ai-chips", "since: 2022")
                .addToEntry(CHIPS, "bytedance-less-dependent-on-nvidia", "at: 2030");

        assertThat(validate(facts)).isEmpty();
    }

    private List<Reported> usersCountedAtWithAShutdownIn2024(String date) throws Exception {
        return validate(EditedFacts.shipped().addToEntry(USERS, "doubao-60-million-users", "at: " + date)
                .write("shutdown.yaml", """
                        source: bytedance-ki
                        events:
                          - {id: shutdown, roles: [end], name: {en: shutdown, de: Abschaltung}}
                        phrases:
                          events:
                            - {event: shutdown, en: ["{subject} was shut down in {date}"],
                               de: ["{subject} wurde {date} abgeschaltet"]}
                        statements:
                          - {id: doubao-shut-down, kind: event, subject: doubao, event: shutdown, at: 2024-06-30,
                             sentence: 10}
                        """));
    }

    @Test
    void usersCountedAfterTheShutdownAreReported() throws Exception {
        assertThat(usersCountedAtWithAShutdownIn2024("2024-07")).containsExactly(
                error(NOT_AFTER_END, "doubao-60-million-users", "doubao-shut-down"));
    }

    @Test
    void usersCountedInTheMonthOfTheShutdownMayBeBeforeIt() throws Exception {
        assertThat(usersCountedAtWithAShutdownIn2024("2024-06")).isEmpty();
    }

    @Test
    void aCountTheDayBeforeALaunchDatedToTheDayIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .inEntry(PRODUCTS, "doubao-launched-august-2023", "at: 2023-08", "at: 2023-08-15")
                .addToEntry(USERS, "doubao-60-million-users", "at: 2023-08-14");

        assertThat(validate(facts)).containsExactly(
                error(NOT_BEFORE_LAUNCH, "doubao-60-million-users", "doubao-launched-august-2023"));
    }
}
