package org.factquiz.model;

/**
 * Present in a session only when a quiz is wanted: quiz rules match it first, so a validation or
 * claim check never spends time generating questions.
 */
public record QuizRequest() {
}
