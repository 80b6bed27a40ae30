package org.factquiz.model;

/** A question draft the verification rules dropped, and why. */
public record QuestionDrop(String question, String reason, String rule) {
}
