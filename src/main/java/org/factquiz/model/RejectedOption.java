package org.factquiz.model;

/** An option the claim rules did not confirm: a key not SUPPORTED or a distractor not REFUTED. */
public record RejectedOption(String question, String role, String value, VerdictLabel verdict) {
}
