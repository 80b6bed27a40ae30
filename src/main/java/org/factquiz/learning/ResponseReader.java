package org.factquiz.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.factquiz.model.Language;
import org.factquiz.quiz.AnswerReader;
import org.factquiz.quiz.Question;

/**
 * Reads an answer from the named fields of a question's form and judges it with the terminal
 * quiz's {@link AnswerReader}, so both quizzes judge alike. The field names are the form's:
 * {@value #CHOICE} (a radio button, or each ticked checkbox), {@value #NUMBER}, {@value #TEXT},
 * {@value #POSITION}{@code <letter>} (an ordering item's place) and {@value #MATCH}{@code <item>}
 * (a matching item's partner).
 */
public final class ResponseReader {
    public static final String CHOICE = "choice";
    public static final String NUMBER = "number";
    public static final String TEXT = "text";
    public static final String POSITION = "position-";
    public static final String MATCH = "match-";
    private static final int MAX_TEXT = 200;

    private ResponseReader() {
    }

    /** What came of reading: an answer, a learner's slip to point out, or a form no page of ours sends. */
    public sealed interface Reading {
    }

    /** A readable answer: what to store, and whether it is right. */
    public record Given(String response, boolean correct) implements Reading {
    }

    /** No answer, or one to correct (a number that is not one, a place given twice): {@code message} says which. */
    public record Unanswered(String message) implements Reading {
    }

    /** Fields our page never sends (an option the question does not have, two radio values). */
    public record Malformed(String reason) implements Reading {
    }

    public static Reading read(Question q, Map<String, List<String>> fields, Language language) {
        List<String> letters = q.choices().stream().map(Question.Choice::id).toList();
        return switch (q.type()) {
            case MULTIPLE_CHOICE, TRUE_FALSE -> {
                List<String> chosen = values(fields, CHOICE);
                if (chosen.isEmpty()) {
                    yield new Unanswered("error.choose-one");
                }
                if (chosen.size() > 1 || !letters.contains(chosen.get(0))) {
                    yield new Malformed("not one of the choices: " + chosen);
                }
                yield judged(q, chosen.get(0), chosen.get(0), language);
            }
            case MULTIPLE_RESPONSE -> {
                Set<String> chosen = new LinkedHashSet<>(values(fields, CHOICE));
                if (chosen.isEmpty()) {
                    yield new Unanswered("error.choose-some");
                }
                if (!letters.containsAll(chosen)) {
                    yield new Malformed("not among the choices: " + chosen);
                }
                String response = String.join(" ", letters.stream().filter(chosen::contains).toList());
                yield judged(q, response, response, language);
            }
            case NUMERIC -> {
                String typed = single(fields, NUMBER);
                if (typed == null || typed.isBlank()) {
                    yield new Unanswered("error.number-missing");
                }
                if (typed.length() > MAX_TEXT) {
                    yield new Malformed("answer too long");
                }
                Optional<Boolean> correct = AnswerReader.judge(q, typed, language);
                yield correct.<Reading>map(c -> new Given(typed.strip(), c))
                        .orElseGet(() -> new Unanswered("error.number-unreadable"));
            }
            case CLOZE -> {
                String typed = single(fields, TEXT);
                if (typed == null || typed.isBlank()) {
                    yield new Unanswered("error.text-missing");
                }
                if (typed.length() > MAX_TEXT) {
                    yield new Malformed("answer too long");
                }
                yield judged(q, typed.strip(), typed, language);
            }
            case ORDERING -> ordering(q, fields, letters, language);
            case MATCHING -> matching(q, fields, letters, language);
        };
    }

    private static Reading ordering(Question q, Map<String, List<String>> fields, List<String> letters, Language language) {
        Map<Integer, String> byPlace = new TreeMap<>();
        Set<Integer> places = new HashSet<>();
        int given = 0;
        for (String letter : letters) {
            String place = single(fields, POSITION + letter);
            if (place == null || place.isBlank()) {
                continue;
            }
            given++;
            int n;
            try {
                n = Integer.parseInt(place.strip());
            } catch (NumberFormatException e) {
                return new Malformed("place is no number: " + place);
            }
            if (n < 1 || n > letters.size()) {
                return new Malformed("no such place: " + n);
            }
            if (!places.add(n)) {
                return new Unanswered("error.place-twice");
            }
            byPlace.put(n, letter);
        }
        if (given == 0) {
            return new Unanswered("error.order-missing");
        }
        if (given < letters.size()) {
            return new Unanswered("error.order-incomplete");
        }
        String response = String.join(" ", byPlace.values());
        return judged(q, response, response, language);
    }

    private static Reading matching(Question q, Map<String, List<String>> fields, List<String> letters, Language language) {
        List<String> partners = new ArrayList<>();
        int given = 0;
        for (Question.Choice item : q.items()) {
            String partner = single(fields, MATCH + item.id());
            if (partner == null || partner.isBlank()) {
                partners.add(null);
                continue;
            }
            if (!letters.contains(partner)) {
                return new Malformed("no such partner: " + partner);
            }
            given++;
            partners.add(partner);
        }
        if (given == 0) {
            return new Unanswered("error.match-missing");
        }
        if (given < q.items().size()) {
            return new Unanswered("error.match-incomplete");
        }
        String response = String.join(" ", partners);
        return judged(q, response, response, language);
    }

    private static Reading judged(Question q, String response, String line, Language language) {
        return AnswerReader.judge(q, line, language).<Reading>map(c -> new Given(response, c))
                .orElseGet(() -> new Malformed("unreadable answer: " + response));
    }

    private static List<String> values(Map<String, List<String>> fields, String name) {
        return fields.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private static String single(Map<String, List<String>> fields, String name) {
        List<String> all = fields.getOrDefault(name, List.of());
        return all.isEmpty() ? null : all.get(0);
    }
}
