package org.factquiz.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates known to the year or the month: the date rules rely on these comparisons being cautious. */
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
}
