package org.factquiz.web;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.learning.ResponseReader;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;

/** The form fields of a right or a wrong answer to a question, as a learner would fill them in. */
final class AnswerFields {
    private AnswerFields() {
    }

    static String[] right(Question q, Language l) {
        Question.Answer a = q.answer();
        List<String> f = new ArrayList<>();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> a.choices().forEach(c -> f.addAll(List.of("choice", c)));
            case NUMERIC -> f.addAll(List.of(ResponseReader.NUMBER, AnswerWords.number(a.number(), l)));
            case CLOZE -> f.addAll(List.of(ResponseReader.TEXT, a.accepted().get(0)));
            case ORDERING -> {
                for (int i = 0; i < a.choices().size(); i++) {
                    f.addAll(List.of(ResponseReader.POSITION + a.choices().get(i), String.valueOf(i + 1)));
                }
            }
            case MATCHING -> {
                for (int i = 0; i < q.items().size(); i++) {
                    f.addAll(List.of(ResponseReader.MATCH + q.items().get(i).id(), a.choices().get(i)));
                }
            }
        }
        return f.toArray(String[]::new);
    }

    static String[] wrong(Question q, Language l) {
        Question.Answer a = q.answer();
        List<String> f = new ArrayList<>();
        switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE, MULTIPLE_RESPONSE -> f.addAll(List.of("choice", wrongChoice(q)));
            case NUMERIC -> f.addAll(List.of(ResponseReader.NUMBER, AnswerWords.number(a.number() * 10 + 7, l)));
            case CLOZE -> f.addAll(List.of(ResponseReader.TEXT, "Zebrastreifen"));
            case ORDERING -> {
                int n = a.choices().size();
                for (int i = 0; i < n; i++) {
                    f.addAll(List.of(ResponseReader.POSITION + a.choices().get(i), String.valueOf(n - i)));
                }
            }
            case MATCHING -> {
                int n = q.items().size();
                for (int i = 0; i < n; i++) {
                    f.addAll(List.of(ResponseReader.MATCH + q.items().get(i).id(), a.choices().get((i + 1) % n)));
                }
            }
        }
        return f.toArray(String[]::new);
    }

    /** A choice that is not part of the key. */
    static String wrongChoice(Question q) {
        return q.choices().stream().map(Question.Choice::id).filter(c -> !q.answer().choices().contains(c)).findFirst()
                .orElseThrow();
    }
}
