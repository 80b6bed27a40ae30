package org.factquiz.store;

/** A learner's active cards, and how many of them are due. */
public record CardCounts(int active, int due) {
}
