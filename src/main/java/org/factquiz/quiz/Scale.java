package org.factquiz.quiz;

import org.factquiz.model.Language;
import org.factquiz.model.QuestionTemplates;

/** The scale a number is written in: 60 million is 60 at the million scale. */
record Scale(String key, double factor) {
    static Scale of(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1e9) {
            return new Scale("billion", 1e9);
        }
        if (magnitude >= 1e6) {
            return new Scale("million", 1e6);
        }
        if (magnitude >= 1e4) {
            return new Scale("thousand", 1e3);
        }
        return new Scale("one", 1);
    }

    /** " million", " Millionen", " Milliarde" (one), or "" for plain numbers. */
    String word(QuestionTemplates templates, Language language, double value) {
        if (factor == 1) {
            return "";
        }
        boolean one = value / factor == 1;
        String wanted = one ? key + "-one" : key;
        String word = templates.word(wanted, language);
        if (word.equals(wanted)) {
            word = templates.word(key, language);
        }
        return " " + word;
    }

    /** "in millions": how a numeric question says what unit of answer it wants. */
    String askWord(QuestionTemplates templates, Language language) {
        return templates.word("scale-" + key, language);
    }
}
