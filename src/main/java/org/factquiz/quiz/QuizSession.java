package org.factquiz.quiz;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;

/**
 * One quiz in the terminal: asks each question, reads an answer, says right or wrong with the
 * explanation and source, re-asks after an answer it cannot read, and ends with a score per topic.
 * End of input (or "quit") ends the quiz with the score so far.
 */
public final class QuizSession {
    private static final Map<Language, Map<String, String>> UI = Map.of(
            Language.EN, Map.of("right", "Right.", "wrong", "Wrong. The answer is: %s", "score", "Score",
                    "total", "Total", "ended", "Quiz ended early.", "question", "Question %d of %d",
                    "hint-choice", "Answer with one letter (%s).", "hint-choices",
                    "Answer with the letters of all that apply, e.g. \"a c\".", "hint-tf",
                    "Answer true or false (or a / b).", "hint-number", "Answer with a number, e.g. 42 or 3.5."),
            Language.DE, Map.of("right", "Richtig.", "wrong", "Falsch. Die Antwort ist: %s", "score", "Punkte",
                    "total", "Gesamt", "ended", "Quiz vorzeitig beendet.", "question", "Frage %d von %d",
                    "hint-choice", "Antworte mit einem Buchstaben (%s).", "hint-choices",
                    "Antworte mit den Buchstaben aller zutreffenden, z. B. \"a c\".", "hint-tf",
                    "Antworte mit richtig oder falsch (oder a / b).", "hint-number",
                    "Antworte mit einer Zahl, z. B. 42 oder 3,5."));
    private static final Map<Language, Map<String, String>> UI_MORE = Map.of(
            Language.EN, Map.of("hint-order", "Answer with all letters in order, e.g. \"%s\".", "hint-match",
                    "Answer with one letter for each numbered item, in order, e.g. \"%s\".", "hint-text",
                    "Type the missing word.", "prompt", "> "),
            Language.DE, Map.of("hint-order", "Antworte mit allen Buchstaben in Reihenfolge, z. B. \"%s\".",
                    "hint-match", "Antworte mit je einem Buchstaben für jedes nummerierte Element, z. B. \"%s\".",
                    "hint-text", "Gib das fehlende Wort ein.", "prompt", "> "));

    private final List<Question> questions;
    private final Language language;
    private final BufferedReader in;
    private final PrintWriter out;
    private final Map<String, int[]> scoreByTopic = new TreeMap<>();

    public QuizSession(List<Question> questions, Language language, BufferedReader in, PrintWriter out) {
        this.questions = List.copyOf(questions);
        this.language = language;
        this.in = in;
        this.out = out;
    }

    /** Runs the quiz; returns the number of right answers. */
    public int run() {
        int right = 0;
        boolean ended = false;
        for (int i = 0; i < questions.size() && !ended; i++) {
            Question q = questions.get(i);
            out.println();
            out.println(String.format(ui("question"), i + 1, questions.size()) + "  [" + q.topic() + ", "
                    + q.type().label() + "]");
            show(q);
            Optional<Boolean> result = ask(q);
            if (result.isEmpty()) {
                ended = true;
                out.println();
                out.println(ui("ended"));
                break;
            }
            int[] score = scoreByTopic.computeIfAbsent(q.topic(), k -> new int[2]);
            score[1]++;
            if (result.get()) {
                score[0]++;
                right++;
                out.println(ui("right"));
            } else {
                out.println(String.format(ui("wrong"), answerText(q)));
            }
            String explanation = q.explanation().get(language);
            if (!explanation.isEmpty()) {
                out.println(explanation);
            }
        }
        printScore();
        out.flush();
        return right;
    }

    private void show(Question q) {
        out.println(q.prompt().get(language));
        for (Question.Choice item : q.items()) {
            out.println("  " + item.id() + ". " + item.text().get(language));
        }
        if (q.type() != QuestionType.NUMERIC && q.type() != QuestionType.CLOZE) {
            for (Question.Choice c : q.choices()) {
                out.println("  " + c.id() + ") " + c.text().get(language));
            }
        }
    }

    /** The learner's verdict: right or wrong, or empty at end of input. */
    private Optional<Boolean> ask(Question q) {
        while (true) {
            out.print(ui("prompt"));
            out.flush();
            String line;
            try {
                line = in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (line == null || line.strip().equalsIgnoreCase("quit") || line.strip().equalsIgnoreCase("q!")) {
                return Optional.empty();
            }
            Optional<Boolean> judged = AnswerReader.judge(q, line, language);
            if (judged.isPresent()) {
                return judged;
            }
            out.println(hint(q));
            show(q);
        }
    }

    private String hint(Question q) {
        List<String> letters = q.choices().stream().map(Question.Choice::id).toList();
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> String.format(ui("hint-choice"), String.join(", ", letters));
            case MULTIPLE_RESPONSE -> ui("hint-choices");
            case TRUE_FALSE -> ui("hint-tf");
            case NUMERIC -> ui("hint-number");
            case ORDERING -> String.format(ui("hint-order"), String.join(" ", letters));
            case MATCHING -> String.format(ui("hint-match"), String.join(" ", letters.subList(0, q.items().size())));
            case CLOZE -> ui("hint-text");
        };
    }

    private String answerText(Question q) {
        Question.Answer a = q.answer();
        return switch (q.type()) {
            case NUMERIC -> AnswerReader.number(a.number(), language) + (a.unit().isEmpty() ? "" : " (" + a.unit().get(language) + ")");
            case CLOZE -> a.accepted().get(0);
            case ORDERING, MATCHING -> String.join(" ", a.choices());
            default -> {
                List<String> texts = new ArrayList<>();
                for (String letter : a.choices()) {
                    q.choices().stream().filter(c -> c.id().equals(letter)).findFirst()
                            .ifPresent(c -> texts.add(letter + ") " + c.text().get(language)));
                }
                yield String.join("; ", texts);
            }
        };
    }

    private void printScore() {
        out.println();
        out.println(ui("score") + ":");
        int right = 0;
        int asked = 0;
        for (Map.Entry<String, int[]> e : scoreByTopic.entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue()[0] + "/" + e.getValue()[1]);
            right += e.getValue()[0];
            asked += e.getValue()[1];
        }
        out.println(ui("total") + ": " + right + "/" + asked);
    }

    private String ui(String key) {
        String text = UI.get(language).get(key);
        return text != null ? text : UI_MORE.get(language).get(key);
    }

    static Set<String> letters(String line) {
        Set<String> letters = new LinkedHashSet<>();
        for (String part : line.toLowerCase(Locale.ROOT).split("[\\s,;)]+")) {
            if (!part.isBlank()) {
                letters.add(part);
            }
        }
        return letters;
    }
}
