package org.factquiz.review;

/** Where a card is in its life: never reviewed, in its first short steps, in review, or relearning after a lapse. */
public enum CardState {
    NEW,
    LEARNING,
    REVIEW,
    RELEARNING;

    /** The number ts-fsrs and Anki store for the state (New 0 ... Relearning 3). */
    public int code() {
        return ordinal();
    }

    /** The state stored as {@code code}. */
    public static CardState ofCode(int code) {
        if (code < 0 || code >= values().length) {
            throw new IllegalArgumentException("a card state is 0 (new) to 3 (relearning), not " + code);
        }
        return values()[code];
    }
}
