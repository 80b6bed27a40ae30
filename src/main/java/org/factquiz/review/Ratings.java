package org.factquiz.review;

import java.util.List;

/**
 * The rating an answer gives its card, and the ratings the learner may choose instead after the
 * feedback, as in Anki. A right answer counts as Good; the learner may say it was Hard or Easy, or
 * Again when it was a guess. A wrong answer is Again and stays Again: the learner did not recall
 * it, whatever they feel.
 */
public final class Ratings {
    private Ratings() {
    }

    public static Rating fromAnswer(boolean correct) {
        return correct ? Rating.GOOD : Rating.AGAIN;
    }

    public static List<Rating> choices(boolean correct) {
        return correct ? List.of(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY) : List.of(Rating.AGAIN);
    }
}
