package org.factquiz.model;

import java.util.Locale;

/** The shapes a quiz question can take. */
public enum QuestionType {
    MULTIPLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE, NUMERIC, ORDERING, MATCHING, CLOZE;

    /** As written in files and on the command line: "multiple-choice". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static QuestionType parse(String text) {
        return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
