package org.factquiz.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquiz.fixtures.Validation.Reported.error;
import static org.factquiz.fixtures.Validation.Reported.warning;

import java.nio.file.Path;
import java.util.List;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.Validation;
import org.factquiz.fixtures.Validation.Reported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules/consistency/titles.drl, on mutations of the shipped facts. */
class TitleRulesTest {
    static final String ONE_HOLDER = "A unique title has one holder at a time";
    static final String NOT_BEATEN_BY_COUNT = "A superlative is not beaten by a count in its scope";
    static final String NOT_BEATEN_BY_COMPARISON = "A superlative is not beaten by a comparison in its scope";
    static final String COMPANY = "statements/company.yaml";
    static final String CHIPS = "statements/chips.yaml";
    static final String USERS = "statements/users.yaml";

    /** A second person, so that a second richest person is possible without a type error. */
    static final String LI_WEI = """
            - id: li-wei
              type: person
              name: {en: Li Wei, de: Li Wei}
            """;

    @TempDir
    Path dir;

    private List<Reported> validate(EditedFacts facts) throws Exception {
        return Validation.reported(Validation.validate(facts.writeTo(dir)));
    }

    private static String richest(String id, String holder, String scope, String extraLines) {
        return """
                - id: %s
                  kind: title
                  holder: %s
                  title: richest-person
                  scope: %s
                  sentence: 5
                  quote: "Chinas reichster Mann"
                %s""".formatted(id, holder, scope, extraLines.stripIndent().indent(2));
    }

    @Test
    void secondRichestPersonInChinaAtTheSameTimeIsAnError() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", LI_WEI)
                .append(COMPANY, richest("li-wei-richest-in-china", "li-wei", "china", ""));

        assertThat(validate(facts)).containsExactly(
                error(ONE_HOLDER, "li-wei-richest-in-china", "zhang-richest-in-china"));
    }

    @Test
    void hedgedSecondHolderGivesAWarningNotAnError() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", LI_WEI)
                .append(COMPANY, richest("li-wei-richest-in-china", "li-wei", "china", """
                        status: hedged
                        hedge: möglicherweise"""));

        assertThat(validate(facts)).containsExactly(
                warning(ONE_HOLDER, "li-wei-richest-in-china", "zhang-richest-in-china"));
    }

    @Test
    void richestPersonOfAnotherScopeIsNoRival() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", LI_WEI)
                .append(COMPANY, richest("li-wei-richest-in-asia", "li-wei", "asia", ""));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void holdersAtDisjointTimesDoNotClash() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", LI_WEI)
                .addToEntry(COMPANY, "zhang-richest-in-china", "at: 2024")
                .append(COMPANY, richest("li-wei-richest-in-china", "li-wei", "china", "until: 2023-12"));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void holdersInTheSameYearMayOverlapAndClash() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", LI_WEI)
                .addToEntry(COMPANY, "zhang-richest-in-china", "at: 2024")
                .append(COMPANY, richest("li-wei-richest-in-china", "li-wei", "china", "until: 2024-03"));

        assertThat(validate(facts)).containsExactly(
                error(ONE_HOLDER, "li-wei-richest-in-china", "zhang-richest-in-china"));
    }

    @Test
    void certainLargestCustomerBesideAReportedOneIsAWarning() throws Exception {
        var facts = EditedFacts.shipped().append(CHIPS, """
                - id: alibaba-largest-nvidia-customer-china
                  kind: title
                  holder: alibaba
                  title: largest-customer
                  of: nvidia
                  scope: china
                  sentence: 3
                  quote: "Nvidias größter Kunde in China"
                """);

        assertThat(validate(facts)).containsExactly(warning(ONE_HOLDER,
                "alibaba-largest-nvidia-customer-china", "bytedance-largest-nvidia-customer-china"));
    }

    @Test
    void largestCustomerOfAnotherSupplierIsNoRival() throws Exception {
        var facts = EditedFacts.shipped().append(CHIPS, """
                - id: alibaba-largest-google-customer-china
                  kind: title
                  holder: alibaba
                  title: largest-customer
                  of: google
                  scope: china
                  sentence: 3
                  quote: "größter Kunde in China"
                """);

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void titleNotMarkedUniqueMayHaveTwoHolders() throws Exception {
        var facts = EditedFacts.shipped()
                .append("entities.yaml", LI_WEI)
                .inEntry("vocabulary.yaml", "richest-person", "unique: true", "unique: false")
                .append(COMPANY, richest("li-wei-richest-in-china", "li-wei", "china", ""));

        assertThat(validate(facts)).isEmpty();
    }

    /** Cici AI with more users than Doubao, and (optionally) available in China. */
    private static EditedFacts ciciAiWithUsers(String value, String availableIn) {
        EditedFacts facts = EditedFacts.shipped().append(USERS, """
                - id: cici-ai-users
                  kind: quantity
                  subject: cici-ai
                  measure: monthly-active-users
                  value: %s
                  scale: million
                  unit: users
                  sentence: 13
                  quote: "Cici AI"
                """.formatted(value));
        return availableIn == null ? facts : facts.append(USERS, available("cici-ai", availableIn));
    }

    private static String available(String product, String place) {
        return """
                - id: %s-available-in-%s
                  kind: relation
                  subject: %s
                  predicate: available-in
                  object: %s
                  sentence: 13
                  quote: "International hat ByteDance"
                """.formatted(product, place, product, place);
    }

    @Test
    void aiAppInChinaWithMoreUsersThanTheMostPopularIsReported() throws Exception {
        assertThat(validate(ciciAiWithUsers("80", "china"))).containsExactly(error(NOT_BEATEN_BY_COUNT,
                "doubao-most-popular-in-china", "doubao-60-million-users", "cici-ai-users",
                "holds(cici-ai, available-in, china)"));
    }

    @Test
    void aiAppWithMoreUsersOutsideTheScopeIsNoRival() throws Exception {
        assertThat(validate(ciciAiWithUsers("80", "international-markets"))).isEmpty();
        assertThat(validate(ciciAiWithUsers("80", null))).isEmpty();
    }

    @Test
    void aiAppInChinaWithFewerUsersIsNoRival() throws Exception {
        assertThat(validate(ciciAiWithUsers("50", "china"))).isEmpty();
    }

    @Test
    void productOfAnotherTypeWithMoreUsersDoesNotBeatAnAiApplication() throws Exception {
        var facts = EditedFacts.shipped()
                .append(USERS, """
                        - id: douyin-users
                          kind: quantity
                          subject: douyin
                          measure: monthly-active-users
                          value: 700
                          scale: million
                          unit: users
                          sentence: 17
                          quote: "Douyin"
                        """)
                .append(USERS, available("douyin", "china"));

        assertThat(validate(facts)).isEmpty();
    }

    @Test
    void aiAppInChinaSaidToHaveMoreUsersThanTheMostPopularIsReported() throws Exception {
        var facts = EditedFacts.shipped()
                .append(USERS, """
                        - id: cici-ai-beats-doubao
                          kind: comparison
                          subject: cici-ai
                          measure: monthly-active-users
                          comparator: more
                          object: doubao
                          sentence: 13
                          quote: "Cici AI"
                        """)
                .append(USERS, available("cici-ai", "china"));

        assertThat(validate(facts)).containsExactly(error(NOT_BEATEN_BY_COMPARISON,
                "doubao-most-popular-in-china", "exceeds(cici-ai, doubao, monthly-active-users)",
                "holds(cici-ai, available-in, china)"));
    }

    @Test
    void hedgedAvailabilityMakesABeatenSuperlativeAWarning() throws Exception {
        var facts = EditedFacts.shipped()
                .append(USERS, """
                        - id: cici-ai-beats-doubao
                          kind: comparison
                          subject: cici-ai
                          measure: monthly-active-users
                          comparator: more
                          object: doubao
                          sentence: 13
                          quote: "Cici AI"
                        """)
                .append(USERS, available("cici-ai", "china"))
                .addToEntry(USERS, "cici-ai-available-in-china", "status: hedged");

        assertThat(validate(facts)).containsExactly(warning(NOT_BEATEN_BY_COMPARISON,
                "doubao-most-popular-in-china", "exceeds(cici-ai, doubao, monthly-active-users)",
                "holds(cici-ai, available-in, china)[hedged]"));
    }

    @Test
    void comparisonWithARivalOutsideTheScopeIsNoRival() throws Exception {
        var facts = EditedFacts.shipped().append(USERS, """
                - id: cici-ai-beats-doubao
                  kind: comparison
                  subject: cici-ai
                  measure: monthly-active-users
                  comparator: more
                  object: doubao
                  sentence: 13
                  quote: "Cici AI"
                """);

        assertThat(validate(facts)).isEmpty();
    }
}
