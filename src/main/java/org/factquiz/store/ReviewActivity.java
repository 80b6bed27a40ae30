package org.factquiz.store;

import java.time.Instant;

/** A user's answers at a glance: how many (in quizzes and reviews), how many right, the latest. */
public record ReviewActivity(String userId, int answers, int right, Instant last) {
}
