package org.factquiz.stats;

/** Why a question needs a teacher's look. */
public enum ItemFlag {
    /** Learners who did worse on the rest of the attempt did better on this question: a wrong or ambiguous key. */
    NEGATIVE_DISCRIMINATION,
    /** The question tells stronger and weaker learners hardly apart. */
    LOW_DISCRIMINATION,
    /** A distractor nobody chose: it distracts nobody, so the question is easier than it looks. */
    UNCHOSEN_DISTRACTOR
}
