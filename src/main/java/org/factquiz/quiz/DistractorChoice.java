package org.factquiz.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.factquiz.model.QuizOption;

/**
 * Balancing one question: which of the refuted candidates are shown as wrong answers. The closest in
 * type come first; among equally close ones, those at least as long as the key, so that the key is
 * not given away by being the longest choice; then those nearest the key's length, so that no
 * choice stands out by its length.
 */
final class DistractorChoice {
    private DistractorChoice() {
    }

    static List<QuizOption> ranked(List<QuizOption> distractors, int keyLength, Function<QuizOption, String> text) {
        return distractors.stream()
                .sorted(Comparator.comparingInt(QuizOption::closeness).reversed()
                        .thenComparing(o -> text.apply(o).length() >= keyLength ? 0 : 1)
                        .thenComparing(o -> Math.abs(text.apply(o).length() - keyLength))
                        .thenComparing(QuizOption::value))
                .toList();
    }
}
