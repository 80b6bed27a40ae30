package org.factquiz.stats;

/**
 * How often one answer was given to a question: an option (with its text and whether it is the
 * key) or, for a question answered by typing, ordering or matching, one distinct response (key
 * when it earned full marks). {@code share} is the count over the attempts at the question.
 */
public record ResponseCount(String response, String text, boolean key, int count, double share) {
}
