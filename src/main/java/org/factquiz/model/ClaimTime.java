package org.factquiz.model;

import java.util.Objects;

/** When the fact a claim restates happened or began, by that fact ({@code fact}, with its status). */
public record ClaimTime(String claim, PartialDate date, String fact, Status status) {
    public ClaimTime {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(status, "status");
    }
}
