package org.factquiz.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;

/** An answer put into words: the learner's (as stored) or the right one, as lines to show. */
final class AnswerWords {
    private AnswerWords() {
    }

    /** The right answer. */
    static List<String> correct(Question q, Language l, Messages t) {
        Question.Answer a = q.answer();
        return switch (q.type()) {
            case NUMERIC -> List.of(number(a.number(), l) + unit(a, l));
            case CLOZE -> List.of(a.accepted().isEmpty() ? "" : a.accepted().get(0));
            case TRUE_FALSE -> List.of(t.get(Boolean.TRUE.equals(a.truth()) ? "feedback.true" : "feedback.false"));
            case MATCHING -> pairs(q, a.choices(), l);
            default -> choices(q, a.choices(), l);
        };
    }

    /** The learner's answer, from the stored response. */
    static List<String> given(Question q, String response, Language l) {
        List<String> letters = response.isBlank() ? List.of() : Arrays.asList(response.split(" "));
        return switch (q.type()) {
            case NUMERIC, CLOZE -> List.of(response);
            case MATCHING -> pairs(q, letters, l);
            default -> choices(q, letters, l);
        };
    }

    private static List<String> choices(Question q, List<String> letters, Language l) {
        List<String> out = new ArrayList<>();
        for (String letter : letters) {
            out.add(text(q.choices(), letter, l));
        }
        return out;
    }

    private static List<String> pairs(Question q, List<String> letters, Language l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < q.items().size() && i < letters.size(); i++) {
            out.add(q.items().get(i).text().get(l) + " → " + text(q.choices(), letters.get(i), l));
        }
        return out;
    }

    private static String text(List<Question.Choice> choices, String id, Language l) {
        return choices.stream().filter(c -> c.id().equals(id)).findFirst().map(c -> c.text().get(l)).orElse(id);
    }

    private static String unit(Question.Answer a, Language l) {
        String unit = a.unit().get(l);
        return unit == null || unit.isBlank() ? "" : " (" + unit + ")";
    }

    /** 60, 3.5 in English; 3,5 in German. */
    static String number(Double value, Language l) {
        if (value == null) {
            return "";
        }
        String plain = new BigDecimal(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return l == Language.DE ? plain.replace('.', ',') : plain;
    }
}
