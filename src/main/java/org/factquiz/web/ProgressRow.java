package org.factquiz.web;

/** One quiz in a learner's list: when it began, its language, its score so far, and where it goes on. */
public record ProgressRow(String started, String language, int right, int answered, int total, boolean done,
                          String link) {
}
