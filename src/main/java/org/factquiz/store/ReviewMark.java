package org.factquiz.store;

import java.time.Instant;

/** What scores over time need of a review: whose, on which topic, when, and whether right. */
public record ReviewMark(String userId, String topic, Instant reviewedAt, boolean correct) {
}
