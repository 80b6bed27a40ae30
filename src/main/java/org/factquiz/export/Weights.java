package org.factquiz.export;

import org.factquiz.quiz.Question;

/**
 * Partial credit for a multiple-response question, as Moodle scores it: each right choice earns an
 * equal share of full marks, each wrong one takes away an equal share, so ticking everything earns
 * nothing. With up to 10 of either, each share is one of the grades Moodle's importer accepts
 * (1/2, 1/3, ... 1/10: question/engine/bank.php).
 */
record Weights(double key, double distractor) {
    static Weights of(Question q) {
        int keys = q.answer().choices().size();
        int distractors = q.choices().size() - keys;
        return new Weights(1.0 / Math.max(1, keys), distractors == 0 ? 0 : -1.0 / distractors);
    }
}
