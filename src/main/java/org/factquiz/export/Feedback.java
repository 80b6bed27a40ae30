package org.factquiz.export;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.factquiz.quiz.Question;

/**
 * What every format shows after an answer, in the quiz's language: the right answer, then the
 * question's explanation (the source sentences quoted with their numbers and, for a derived answer,
 * the chain of facts and the rule that drew it).
 */
record Feedback(String answer, List<String> explanation) {
    Feedback {
        explanation = List.copyOf(explanation);
    }

    /**
     * The feedback of {@code q}. With {@code letters}, choices are named by their letter as well,
     * for formats that show our letters (Anki); LMS formats number and may shuffle choices themselves.
     */
    static Feedback of(Question q, Language language, boolean letters) {
        String explanation = q.explanation().getOrDefault(language, "");
        List<String> lines = explanation.isBlank() ? List.of() : List.of(explanation.strip().split("\n"));
        boolean several = q.type() == QuestionType.MULTIPLE_RESPONSE && q.answer().choices().size() > 1;
        return new Feedback(String.format(ExportWords.word(several ? "answers" : "answer", language),
                answerText(q, language, letters)), lines);
    }

    /** The answer line, then the explanation's lines. */
    List<String> lines() {
        List<String> all = new ArrayList<>();
        all.add(answer);
        all.addAll(explanation);
        return all;
    }

    String plain() {
        return String.join("\n", lines());
    }

    String html() {
        return Html.lines(lines());
    }

    static String answerText(Question q, Language language, boolean letters) {
        Question.Answer a = q.answer();
        return switch (q.type()) {
            case NUMERIC -> numberText(a, language);
            case CLOZE -> String.join(" / ", a.accepted());
            case ORDERING -> a.choices().stream().map(id -> choice(q.choices(), id, language, letters))
                    .collect(Collectors.joining(" → "));
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < q.items().size(); i++) {
                    pairs.add(q.items().get(i).text().get(language) + " → "
                            + choice(q.choices(), a.choices().get(i), language, letters));
                }
                yield String.join("; ", pairs);
            }
            default -> {
                List<String> chosen = a.choices().stream().map(id -> choice(q.choices(), id, language, letters))
                        .toList();
                // Choices that are sentences follow one another as sentences do; names take a semicolon.
                yield String.join(chosen.stream().allMatch(c -> c.matches("(?s).*[.!?]")) ? " " : "; ", chosen);
            }
        };
    }

    private static String numberText(Question.Answer a, Language language) {
        String text = Numbers.text(a.number(), language);
        String unit = a.unit().get(language);
        if (unit != null && !unit.isBlank()) {
            text += " (" + unit + ")";
        }
        if (a.tolerance() != null && a.tolerance() > 0) {
            text += "; " + String.format(ExportWords.word("range", language),
                    Numbers.text(a.number() - a.tolerance(), language), Numbers.text(a.number() + a.tolerance(), language));
        }
        return text;
    }

    private static String choice(List<Question.Choice> choices, String id, Language language, boolean letters) {
        String text = choices.stream().filter(c -> c.id().equals(id)).map(c -> c.text().get(language)).findFirst()
                .orElse(id);
        return letters ? id + ") " + text : text;
    }
}
