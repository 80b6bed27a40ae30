package org.factquiz.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's review queue at a moment: the active cards that are due (the longest overdue first),
 * how many come later and when the next one does, and the cards that must be retired because the
 * question set of now no longer asks their question with the key the learner learned. A retired
 * card is never shown again: its question would show an answer the learner did not learn, or none.
 */
public record ReviewQueue(List<LearnerCard> due, int later, Optional<Instant> nextDue, List<LearnerCard> retiredNow) {
    public ReviewQueue {
        due = List.copyOf(due);
        retiredNow = List.copyOf(retiredNow);
    }

    /** The queue of {@code cards} at {@code now}, given the current key of every question asked now. */
    public static ReviewQueue of(List<LearnerCard> cards, Map<String, String> currentKeys, Instant now) {
        List<LearnerCard> due = new ArrayList<>();
        List<LearnerCard> retired = new ArrayList<>();
        int later = 0;
        Instant next = null;
        for (LearnerCard card : cards) {
            if (!card.active()) {
                continue;
            }
            String key = currentKeys.get(card.questionId());
            if (key == null) {
                retired.add(card.retire(LearnerCard.Retirement.Reason.QUESTION_GONE, now));
            } else if (!key.equals(card.answerKey())) {
                retired.add(card.retire(LearnerCard.Retirement.Reason.ANSWER_CHANGED, now));
            } else if (card.card().isDue(now)) {
                due.add(card);
            } else {
                later++;
                next = next == null || card.card().due().isBefore(next) ? card.card().due() : next;
            }
        }
        due.sort(Comparator.comparing((LearnerCard c) -> c.card().due()).thenComparing(LearnerCard::questionId));
        retired.sort(Comparator.comparing(LearnerCard::questionId));
        return new ReviewQueue(due, later, Optional.ofNullable(next), retired);
    }
}
