package org.factquiz.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as news articles give them ("seit 2021",
 * "im August 2023", "am 14. April 2023"). A year-only date covers the whole year and a month-only
 * date the whole month, so ordering is only certain when the spans do not overlap.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, was " + month);
        }
        if (day < 0 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("a day needs a month, was " + year + "-" + month + "-" + day);
        }
        if (day > 0 && day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new IllegalArgumentException("day " + day + " is not in " + YearMonth.of(year, month));
        }
    }

    /** A date known to the year (month 0) or to the month. */
    public PartialDate(int year, int month) {
        this(year, month, 0);
    }

    /** Parses {@code 2023}, {@code 2023-08} or {@code 2023-04-14}; returns null for anything else. */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text).trim());
        if (!m.matches()) {
            return null;
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        if (month > 12 || (m.group(2) != null && month == 0) || (m.group(3) != null && day == 0)) {
            return null;
        }
        try {
            return new PartialDate(Integer.parseInt(m.group(1)), month, day);
        } catch (IllegalArgumentException | DateTimeException e) {
            return null;
        }
    }

    public boolean hasMonth() {
        return month > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** The first month this date may mean, as a month count. */
    public int firstMonth() {
        return year * 12 + (hasMonth() ? month - 1 : 0);
    }

    /** The last month this date may mean, as a month count. */
    public int lastMonth() {
        return year * 12 + (hasMonth() ? month - 1 : 11);
    }

    /** The first day this date may mean, as an epoch day. */
    public long firstDay() {
        return LocalDate.of(year, hasMonth() ? month : 1, hasDay() ? day : 1).toEpochDay();
    }

    /** The last day this date may mean, as an epoch day. */
    public long lastDay() {
        if (hasDay()) {
            return firstDay();
        }
        YearMonth last = YearMonth.of(year, hasMonth() ? month : 12);
        return last.atEndOfMonth().toEpochDay();
    }

    /** True when every moment this date may mean lies before every moment {@code other} may mean. */
    public boolean certainlyBefore(PartialDate other) {
        return lastDay() < other.firstDay();
    }

    /** True when this date lies within {@code other}: August 2023 within 2023, 14 April within April. */
    public boolean within(PartialDate other) {
        return firstDay() >= other.firstDay() && lastDay() <= other.lastDay();
    }

    /** True when neither date is certainly before the other: they may mean the same moment. */
    public boolean mayBeSameTime(PartialDate other) {
        return !certainlyBefore(other) && !other.certainlyBefore(this);
    }

    /** The same date a year earlier (29 February becomes 28 February). */
    public PartialDate minusYears(int years) {
        int y = year - years;
        int d = hasDay() ? Math.min(day, YearMonth.of(y, month).lengthOfMonth()) : 0;
        return new PartialDate(y, month, d);
    }

    @Override
    public int compareTo(PartialDate other) {
        return Long.compare(firstDay(), other.firstDay());
    }

    @Override
    public String toString() {
        if (hasDay()) {
            return String.format("%04d-%02d-%02d", year, month, day);
        }
        return hasMonth() ? String.format("%04d-%02d", year, month) : Integer.toString(year);
    }
}
