package org.factquiz.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factquiz.learning.ResponseReader;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * A question page's form: the question as the legend, and its inputs (radio buttons, checkboxes,
 * a text field, or a select per item), with what the learner sent before when the page comes back
 * with an error.
 */
public record QuestionForm(String attemptId, int position, int total, String prompt, String typeLabel, String topic,
                           String kind, String hint, List<Option> options, List<Select> selects, String typed,
                           String unit, String action) {
    public QuestionForm {
        options = List.copyOf(options);
        selects = List.copyOf(selects);
    }

    /** A radio button or checkbox: the value sent, the id of the input, its words, whether it is ticked. */
    public record Option(String value, String inputId, String text, boolean checked) {
    }

    /** A select of an ordering or matching item: its field name and id, its label, its options. */
    public record Select(String name, String inputId, String label, String noneText, List<Option> options) {
        public Select {
            options = List.copyOf(options);
        }
    }

    static QuestionForm of(String attemptId, int position, int total, Question q, QuizCatalog catalog, Language l,
                           Messages t, Map<String, List<String>> sent) {
        String kind = switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> "radio";
            case MULTIPLE_RESPONSE -> "checkbox";
            case NUMERIC -> "number";
            case CLOZE -> "text";
            case ORDERING -> "ordering";
            case MATCHING -> "matching";
        };
        String hint = switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> t.get("question.hint-one");
            case MULTIPLE_RESPONSE -> t.get("question.hint-some");
            case ORDERING -> t.get("question.hint-order");
            case MATCHING -> t.get("question.hint-match");
            default -> "";
        };
        List<String> chosen = sent.getOrDefault(ResponseReader.CHOICE, List.of());
        List<Option> options = new ArrayList<>();
        List<Select> selects = new ArrayList<>();
        if (q.type() == QuestionType.ORDERING) {
            for (Question.Choice item : q.choices()) {
                String name = ResponseReader.POSITION + item.id();
                String was = first(sent, name);
                List<Option> places = new ArrayList<>();
                for (int p = 1; p <= q.choices().size(); p++) {
                    String shown = p == 1 ? t.format("question.place-first", p) : String.valueOf(p);
                    places.add(new Option(String.valueOf(p), "", shown, String.valueOf(p).equals(was)));
                }
                selects.add(new Select(name, "answer-" + item.id(), t.format("question.place", item.text().get(l)),
                        t.get("question.place-none"), places));
            }
        } else if (q.type() == QuestionType.MATCHING) {
            for (Question.Choice item : q.items()) {
                String name = ResponseReader.MATCH + item.id();
                String was = first(sent, name);
                List<Option> partners = new ArrayList<>();
                for (Question.Choice c : q.choices()) {
                    partners.add(new Option(c.id(), "", c.text().get(l), c.id().equals(was)));
                }
                selects.add(new Select(name, "answer-" + item.id(), t.format("question.partner", item.text().get(l)),
                        t.get("question.partner-none"), partners));
            }
        } else {
            for (Question.Choice c : q.choices()) {
                options.add(new Option(c.id(), "answer-" + c.id(), c.text().get(l), chosen.contains(c.id())));
            }
        }
        String typed = first(sent, q.type() == QuestionType.NUMERIC ? ResponseReader.NUMBER : ResponseReader.TEXT);
        String unit = q.answer().unit().getOrDefault(l, "");
        return new QuestionForm(attemptId, position, total, q.prompt().get(l), t.get("type." + q.type().label()),
                catalog.topicName(q.topic(), l),
                kind, hint, options, selects, typed == null ? "" : typed, unit,
                "/attempts/" + attemptId + "/questions/" + position);
    }

    /** This form, sent to another address (the review page's). */
    public QuestionForm withAction(String otherAction) {
        return new QuestionForm(attemptId, position, total, prompt, typeLabel, topic, kind, hint, options, selects, typed,
                unit, otherAction);
    }

    /** The id of the first input, where the error summary's link leads. */
    public String firstInputId() {
        if (!options.isEmpty()) {
            return options.get(0).inputId();
        }
        if (!selects.isEmpty()) {
            return selects.get(0).inputId();
        }
        return "answer";
    }

    /** The ids that describe the fieldset: the hint and the error, those there are; null for none. */
    public String describedBy(boolean error) {
        String ids = ((hint.isEmpty() ? "" : "hint ") + (error ? "answer-error" : "")).strip();
        return ids.isEmpty() ? null : ids;
    }

    public boolean choices() {
        return kind.equals("radio") || kind.equals("checkbox");
    }

    public boolean selectsPerItem() {
        return kind.equals("ordering") || kind.equals("matching");
    }

    private static String first(Map<String, List<String>> sent, String name) {
        List<String> values = sent.getOrDefault(name, List.of());
        return values.isEmpty() ? null : values.get(0);
    }
}
