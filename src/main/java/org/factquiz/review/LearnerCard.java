package org.factquiz.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's card for one question: the question's stable id and topic, its key as it was when
 * the learner last answered it (the web store's stable form of the key), the FSRS card, and, once
 * the question changed its key or disappeared, why and when the card was retired and whether the
 * learner has been told.
 */
public record LearnerCard(String learnerId, String questionId, String topic, String answerKey, Card card,
                          Retirement retirement) {
    public LearnerCard {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(answerKey, "answerKey");
        Objects.requireNonNull(card, "card");
    }

    public boolean active() {
        return retirement == null;
    }

    public Optional<Retirement> retired() {
        return Optional.ofNullable(retirement);
    }

    public LearnerCard retire(Retirement.Reason reason, Instant at) {
        return new LearnerCard(learnerId, questionId, topic, answerKey, card, new Retirement(reason, at, false));
    }

    /** Why a card left the review queue, when, and whether the learner has seen the notice. */
    public record Retirement(Reason reason, Instant at, boolean told) {
        public Retirement {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
        }

        public enum Reason {
            /** The facts changed so that the question's answer is different now. */
            ANSWER_CHANGED("answer-changed"),
            /** The question is no longer made from the facts. */
            QUESTION_GONE("question-gone");

            private final String code;

            Reason(String code) {
                this.code = code;
            }

            /** As stored: "answer-changed". */
            public String code() {
                return code;
            }

            public static Reason of(String code) {
                for (Reason reason : values()) {
                    if (reason.code.equals(code)) {
                        return reason;
                    }
                }
                throw new IllegalArgumentException("unknown retirement reason '" + code + "'");
            }
        }
    }
}
