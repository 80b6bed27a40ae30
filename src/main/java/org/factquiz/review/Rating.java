package org.factquiz.review;

import java.util.Locale;

/** How well a learner recalled a card, as Anki asks it: the grade G of the FSRS formulas. */
public enum Rating {
    /** Forgot it, or answered wrongly. */
    AGAIN(1),
    /** Recalled it with serious difficulty. */
    HARD(2),
    /** Recalled it after a moment's thought. */
    GOOD(3),
    /** Recalled it at once. */
    EASY(4);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** The grade the formulas use: Again 1, Hard 2, Good 3, Easy 4. */
    public int grade() {
        return grade;
    }

    /** The rating of a grade 1 to 4. */
    public static Rating ofGrade(int grade) {
        for (Rating rating : values()) {
            if (rating.grade == grade) {
                return rating;
            }
        }
        throw new IllegalArgumentException("a rating is a grade from 1 (again) to 4 (easy), not " + grade);
    }

    /** The rating named {@code again}, {@code hard}, {@code good} or {@code easy}, in any case. */
    public static Rating named(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown rating '" + name + "' (expected again, hard, good or easy)", e);
        }
    }

    /** The lower-case name a form or a file uses. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
