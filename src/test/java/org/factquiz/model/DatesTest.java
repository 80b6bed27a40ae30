package org.factquiz.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates known to the year, the month or the day: the date rules rely on these comparisons being cautious. */
class DatesTest {
    static PartialDate date(String text) {
        return PartialDate.parse(text);
    }

    @Test
    void yearAndMonthAreParsedAndAnythingElseIsNot() {
        assertThat(date("2023-08")).isEqualTo(new PartialDate(2023, 8));
        assertThat(date("2021")).isEqualTo(new PartialDate(2021, 0));
        assertThat(date("2023-13")).isNull();
        assertThat(date("2023-00")).isNull();
        assertThat(date("August 2023")).isNull();
        assertThat(date("2023-8")).isNull();
    }

    @Test
    void aYearIsNotCertainlyBeforeAMonthOfItself() {
        assertThat(date("2023").certainlyBefore(date("2023-08"))).isFalse();
        assertThat(date("2023-08").certainlyBefore(date("2023"))).isFalse();
        assertThat(date("2022").certainlyBefore(date("2023-01"))).isTrue();
        assertThat(date("2023-07").certainlyBefore(date("2023-08"))).isTrue();
        assertThat(date("2023-08").certainlyBefore(date("2023-08"))).isFalse();
    }

    @Test
    void unknownTimesMayOverlapAnything() {
        When known = new When(date("2020"), null, null);

        assertThat(When.UNKNOWN.mayOverlap(known)).isTrue();
        assertThat(known.mayOverlap(When.UNKNOWN)).isTrue();
    }

    @Test
    void spansOverlapUnlessOneCertainlyEndsBeforeTheOtherStarts() {
        When until2023 = new When(null, null, date("2023"));
        When since2023 = new When(null, date("2023-06"), null);
        When since2024 = new When(null, date("2024"), null);

        assertThat(until2023.mayOverlap(since2023)).isTrue();
        assertThat(until2023.mayOverlap(since2024)).isFalse();
        assertThat(since2024.mayOverlap(until2023)).isFalse();
    }

    @Test
    void approximateQuantitiesAllowTenPercentEitherWay() {
        Provenance provenance = new Provenance(Location.UNKNOWN, new SourceRef("doc", 1, "", ""), Status.ASSERTED,
                null, null, "");
        Quantity about = new Quantity("q", "s", "m", 100, "u", Bound.ABOUT, When.UNKNOWN, provenance);
        Quantity atLeast = new Quantity("q", "s", "m", 100, "u", Bound.AT_LEAST, When.UNKNOWN, provenance);

        assertThat(about.lowest()).isEqualTo(90.0);
        assertThat(about.highest()).isCloseTo(110.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(atLeast.highest()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(about.amount()).isEqualTo("about 100 u");
    }

    @Test
    void dayDatesAreParsedWhenTheDayIsInItsMonth() {
        assertThat(date("2023-04-14")).isEqualTo(new PartialDate(2023, 4, 14));
        assertThat(date("2024-02-29")).isEqualTo(new PartialDate(2024, 2, 29));
        assertThat(date("2023-02-29")).isNull();
        assertThat(date("2023-04-00")).isNull();
        assertThat(date("2023-04-31")).isNull();
        assertThat(date("2023-04-14").toString()).isEqualTo("2023-04-14");
    }

    @Test
    void aDayIsWithinItsMonthAndYearAndOrderedAgainstOtherDays() {
        assertThat(date("2023-04-14").within(date("2023-04"))).isTrue();
        assertThat(date("2023-04-14").within(date("2023"))).isTrue();
        assertThat(date("2023-04").within(date("2023-04-14"))).isFalse();
        assertThat(date("2023-04-13").certainlyBefore(date("2023-04-14"))).isTrue();
        assertThat(date("2023-04-14").certainlyBefore(date("2023-04"))).isFalse();
        assertThat(date("2023-03-31").certainlyBefore(date("2023-04"))).isTrue();
    }

    @Test
    void aFactsTimeMeetsAClaimedDateStartOrEnd() {
        When launched = new When(date("2023-04-14"), null, null);
        When works = new When(null, date("2021-01-01"), date("2031-07"));
        When untilOnly = new When(null, null, date("2031-07"));

        assertThat(launched.meets(new When(date("2023"), null, null))).isEqualTo(When.Agreement.AGREES);
        assertThat(launched.meets(new When(date("2023-04-15"), null, null))).isEqualTo(When.Agreement.DISAGREES);
        assertThat(new When(date("2023-04"), null, null).meets(new When(date("2023-04-14"), null, null)))
                .as("a month does not settle a day").isEqualTo(When.Agreement.UNDECIDED);
        assertThat(works.meets(new When(date("2025"), null, null))).as("within the span").isEqualTo(When.Agreement.AGREES);
        assertThat(works.meets(new When(date("2035"), null, null))).isEqualTo(When.Agreement.DISAGREES);
        assertThat(works.meets(new When(null, null, date("2031")))).isEqualTo(When.Agreement.AGREES);
        assertThat(works.meets(new When(null, null, date("2029")))).isEqualTo(When.Agreement.DISAGREES);
        assertThat(works.meets(new When(null, date("2021"), date("2031-07")))).isEqualTo(When.Agreement.AGREES);
        assertThat(untilOnly.meets(new When(date("2025"), null, null)))
                .as("a span known at its end only may not have begun").isEqualTo(When.Agreement.UNDECIDED);
        assertThat(untilOnly.meets(new When(date("2032"), null, null))).isEqualTo(When.Agreement.DISAGREES);
        assertThat(When.UNKNOWN.meets(new When(date("2025"), null, null))).isEqualTo(When.Agreement.UNDECIDED);
    }
}
