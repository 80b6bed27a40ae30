package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.factquiz.model.Language;
import org.factquiz.model.QuestionType;
import org.junit.jupiter.api.Test;

/** The terminal quiz on its own: feedback, hints, early end and the score per topic. */
class QuizSessionTest {
    private static Question question(String id) {
        return ShippedQuiz.set().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
    }

    private static String session(List<Question> questions, Language language, String input) {
        StringWriter out = new StringWriter();
        new QuizSession(questions, language, new BufferedReader(new StringReader(input)), new PrintWriter(out)).run();
        return out.toString();
    }

    @Test
    void quitEndsTheQuizWithTheScoreSoFarInGerman() {
        Question doubao = question("which-makes-ernie-bot");
        Question users = question("how-many-monthly-active-users-doubao");
        String out = session(List.of(doubao, users), Language.DE, doubao.answer().choices().get(0) + "\nquit\n");
        assertThat(out).contains("Frage 1 von 2", "Welches Unternehmen stellt Ernie Bot her?", "Richtig.",
                "Satz 11: „Mit 60 Millionen", "Frage 2 von 2", "Quiz vorzeitig beendet.", "products: 1/1", "Gesamt: 1/1")
                .doesNotContain("users:");
    }

    @Test
    void aWrongAnswerShowsTheRightOneAndTheScoreCountsItPerTopic() {
        Question year = question("which-year-launch-doubao");
        Question match = question("match-makes");
        String right = String.join(" ", match.answer().choices());
        String out = session(List.of(year, match), Language.EN, "2022\n" + right + "\n");
        assertThat(out).contains("Wrong. The answer is: 2023", "Right.", "Total: 1/2")
                .doesNotContain("Quiz ended early.");
        assertThat(out).contains("  " + year.topic() + ": 0/1");
        assertThat(out).contains("  " + match.topic() + ": 1/1");
    }

    @Test
    void anAnswerThatCannotBeReadGetsAHintAndTheQuestionAgain() {
        Question order = SecondArticleQuiz.set().questions().stream().filter(q -> q.type() == QuestionType.ORDERING)
                .findFirst().orElseThrow();
        String out = session(List.of(order), Language.EN, "a\n");
        assertThat(out).contains("Answer with all letters in order, e.g. \"a b c");
        assertThat(out.split(java.util.regex.Pattern.quote(order.prompt().get(Language.EN)), -1)).hasSize(3);
        assertThat(out).contains("Quiz ended early.", "Total: 0/0");
    }
}
