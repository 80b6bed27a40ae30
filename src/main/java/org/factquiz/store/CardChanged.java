package org.factquiz.store;

/**
 * A card changed between reading it and writing a review of it (another tab, a second submit):
 * the transaction was rolled back, nothing was written; read the card again and compute anew.
 */
public final class CardChanged extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CardChanged(String userId, String questionId) {
        super("the card of " + userId + " for " + questionId + " changed while it was being reviewed");
    }
}
