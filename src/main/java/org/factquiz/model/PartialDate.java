package org.factquiz.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year or to the month, as news articles give them ("seit 2021",
 * "im August 2023"). A year-only date covers the whole year, so ordering is only certain when
 * the spans do not overlap.
 */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    public PartialDate {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month must be 1-12, was " + month);
        }
    }

    /** Parses {@code 2023} or {@code 2023-08}; returns null for anything else. */
    public static PartialDate parse(String text) {
        Matcher m = FORMAT.matcher(Objects.requireNonNull(text).trim());
        if (!m.matches()) {
            return null;
        }
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (month > 12 || (m.group(2) != null && month == 0)) {
            return null;
        }
        return new PartialDate(Integer.parseInt(m.group(1)), month);
    }

    public boolean hasMonth() {
        return month > 0;
    }

    /** The first month this date may mean, as a month count. */
    public int firstMonth() {
        return year * 12 + (hasMonth() ? month - 1 : 0);
    }

    /** The last month this date may mean, as a month count. */
    public int lastMonth() {
        return year * 12 + (hasMonth() ? month - 1 : 11);
    }

    /** True when every moment this date may mean lies before every moment {@code other} may mean. */
    public boolean certainlyBefore(PartialDate other) {
        return lastMonth() < other.firstMonth();
    }

    @Override
    public int compareTo(PartialDate other) {
        return Integer.compare(firstMonth(), other.firstMonth());
    }

    @Override
    public String toString() {
        return hasMonth() ? String.format("%04d-%02d", year, month) : Integer.toString(year);
    }
}
