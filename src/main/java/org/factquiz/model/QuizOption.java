package org.factquiz.model;

import java.util.Objects;

/**
 * One answer option of a question draft, tied to the claim that verifies it. {@code role} is key
 * (a correct answer), distractor (a wrong one), premise (a hidden fact the question relies on) or
 * item (an element to order or match, with its place in {@code rank} and its partner in
 * {@code pair}). {@code value} is an entity id, a number or a statement id, as {@code valueKind}
 * says ("entity", "number", "statement", or "undated-statement" for a statement shown without its
 * date). A key must come out SUPPORTED and a distractor REFUTED, or the engine rejects it.
 */
public record QuizOption(String question, String role, String value, String valueKind, String pair, int rank,
                         int closeness, String claim) {
    public QuizOption {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(claim, "claim");
    }

    public boolean mustBeTrue() {
        return !role.equals("distractor");
    }

    public static String claimId(String question, String role, String value) {
        return "quiz/" + question + "/" + role + "/" + value;
    }
}
