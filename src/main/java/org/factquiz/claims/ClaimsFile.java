package org.factquiz.claims;

import java.util.List;

/** The shape of a claims file: a list of claims, each a sentence ({@code text}) or structured fields. */
record ClaimsFile(List<Entry> claims) {
    record Entry(String id, String text, String kind, String subject, String predicate, String object, String where,
                 String since, String until, String measure, String comparator, Double value, String scale, Double tolerance,
                 String unit, String title, String of, String scope, String event, String date, String accordingTo,
                 Boolean possibly, String expect) {
    }
}
