package org.factquiz.learning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;
import org.factquiz.store.StoredQuestion;

/** A question as the store keeps it: the whole record as JSON, and its key in a stable, comparable form. */
final class QuestionJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private QuestionJson() {
    }

    static StoredQuestion stored(String version, Question q) {
        try {
            return new StoredQuestion(version, q.id(), q.type().label(), q.topic(), q.skill(), q.difficulty(), key(q),
                    JSON.writeValueAsString(q));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write question " + q.id() + " as JSON", e);
        }
    }

    static Question question(StoredQuestion stored) {
        try {
            return JSON.readValue(stored.body(), Question.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question " + stored.id() + " of " + stored.questionSet()
                    + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The key by meaning, not by letter (the letters move when choices are shuffled): the English
     * texts of the right choices, "true"/"false", the number with its tolerance, the accepted words.
     */
    static String key(Question q) {
        Question.Answer a = q.answer();
        return switch (q.type()) {
            case TRUE_FALSE -> String.valueOf(a.truth());
            case NUMERIC -> a.number() + " ± " + a.tolerance();
            case CLOZE -> String.join(" | ", a.accepted());
            case MATCHING -> {
                StringBuilder pairs = new StringBuilder();
                for (int i = 0; i < q.items().size() && i < a.choices().size(); i++) {
                    pairs.append(i == 0 ? "" : " | ").append(q.items().get(i).text().get(Language.EN)).append(" -> ")
                            .append(choiceText(q, a.choices().get(i)));
                }
                yield pairs.toString();
            }
            case ORDERING -> a.choices().stream().map(letter -> choiceText(q, letter)).collect(Collectors.joining(" < "));
            default -> a.choices().stream().map(letter -> choiceText(q, letter)).sorted().collect(Collectors.joining(" | "));
        };
    }

    private static String choiceText(Question q, String letter) {
        return q.choices().stream().filter(c -> c.id().equals(letter)).findFirst()
                .map(c -> c.text().get(Language.EN)).orElse(letter).toLowerCase(Locale.ROOT);
    }

    static boolean isChoice(QuestionType type) {
        return type == QuestionType.MULTIPLE_CHOICE || type == QuestionType.MULTIPLE_RESPONSE
                || type == QuestionType.TRUE_FALSE;
    }
}
