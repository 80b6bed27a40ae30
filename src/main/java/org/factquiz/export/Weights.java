package org.factquiz.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * {@code n} shares of full marks that add up to 1: the last one takes what rounding to seven
     * decimals left over, so that every right part together scores exactly 1.
     */
    static List<String> shares(int n) {
        BigDecimal each = BigDecimal.ONE.divide(BigDecimal.valueOf(n), 7, RoundingMode.DOWN);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n - 1; i++) {
            out.add(each.stripTrailingZeros().toPlainString());
        }
        out.add(BigDecimal.ONE.subtract(each.multiply(BigDecimal.valueOf(n - 1))).stripTrailingZeros().toPlainString());
        return out;
    }
}
