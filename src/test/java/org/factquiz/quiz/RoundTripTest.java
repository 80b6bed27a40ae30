package org.factquiz.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.claims.CheckResult;
import org.factquiz.claims.ClaimChecker;
import org.factquiz.claims.ClaimParser;
import org.factquiz.claims.ClaimsReader;
import org.factquiz.claims.JudgedClaim;
import org.factquiz.model.Language;
import org.factquiz.model.Location;
import org.factquiz.model.QuestionType;
import org.factquiz.model.VerdictLabel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the quiz writes, the claim checker reads: every true/false statement of the shipped quiz
 * (inference statements such as "The company that makes the most popular AI application in China
 * also owns Douyin" included) and every choice that is a statement (why, purpose, ordering), in
 * both languages, read as a sentence with no help from the quiz's own data, judged in one
 * session, gets the verdict the quiz gave it: a true statement SUPPORTED, a false one REFUTED.
 * Statements of a cause or purpose ("A because B", "A, weil B", "A in order to B", "A, um B zu C")
 * are among them.
 */
class RoundTripTest {
    /** One sentence the quiz writes and the verdict it must get. */
    record Written(String question, Language language, String text, VerdictLabel expected) {
    }

    private static final List<Written> WRITTEN = new ArrayList<>();
    private static final List<String> UNREAD = new ArrayList<>();
    private static final List<String> WRONG = new ArrayList<>();

    @BeforeAll
    static void readBackEverythingTheQuizWrites() {
        QuizSet set = ShippedQuiz.set();
        for (Question q : set.questions()) {
            for (Language l : Language.values()) {
                if (q.type() == QuestionType.TRUE_FALSE) {
                    WRITTEN.add(new Written(q.id(), l, statementOf(q.prompt().get(l), l),
                            q.answer().truth() ? VerdictLabel.SUPPORTED : VerdictLabel.REFUTED));
                }
                for (Question.Choice c : q.choices()) {
                    String text = c.text().get(l);
                    // The answers to a why, what-for or what-follows question are parts of the question's
                    // sentence ("Um KI-Infrastruktur auszubauen."): IndependentVerificationTest reads them
                    // inside it. Any other choice that ends as a sentence is a statement of its own.
                    if (q.type() != QuestionType.TRUE_FALSE && !q.template().startsWith("ask-purpose")
                            && !q.template().contains("reason") && !q.template().contains("consequence")
                            && text.strip().endsWith(".")) {
                        // "Which of these statements are true?" offers false ones beside the true; any other
                        // statement offered (a reason, a step of an order) is true, if not the answer.
                        boolean falseOne = q.template().equals(StatementGroups.TEMPLATE)
                                && !q.answer().choices().contains(c.id());
                        WRITTEN.add(new Written(q.id(), l, text, falseOne ? VerdictLabel.REFUTED : VerdictLabel.SUPPORTED));
                    }
                }
            }
        }
        ClaimParser parser = new ClaimParser(ShippedQuiz.knowledge().facts(), ShippedQuiz.phrases());
        List<ClaimsReader.ReadClaim> claims = new ArrayList<>();
        List<Written> read = new ArrayList<>();
        for (Written w : WRITTEN) {
            ClaimParser.Reading reading = parser.read("written-" + claims.size(), w.text(), Location.UNKNOWN);
            if (reading instanceof ClaimParser.Read r) {
                claims.add(new ClaimsReader.ReadClaim(r.claim(), w.expected(), r.unknowns()));
                read.add(w);
            } else {
                UNREAD.add(w.question() + " (" + w.language().code() + ") \"" + w.text() + "\": "
                        + ((ClaimParser.Unreadable) reading).message());
            }
        }
        CheckResult result = ClaimChecker.check(ShippedQuiz.knowledge(), claims);
        for (int i = 0; i < claims.size(); i++) {
            JudgedClaim judged = result.claims().get(i);
            if (judged.unexpected()) {
                WRONG.add(read.get(i).question() + " (" + read.get(i).language().code() + ") \"" + read.get(i).text()
                        + "\": " + judged.label().label() + ", expected " + read.get(i).expected().label()
                        + (judged.verdict().reasonEn().isEmpty() ? "" : " (" + judged.verdict().reasonEn() + ")"));
            }
        }
        System.out.printf("round trip: %d sentences the quiz writes, %d read, %d with the quiz's verdict%n",
                WRITTEN.size(), claims.size(), claims.size() - WRONG.size());
    }

    /** The statement of a true/false prompt: the text after the statement template's opening words. */
    private static String statementOf(String prompt, Language l) {
        String template = ShippedQuiz.templates().prompt("statement", l).orElseThrow();
        String opening = template.substring(0, template.indexOf("{statement}"));
        return prompt.startsWith(opening) ? prompt.substring(opening.length()) : prompt;
    }

    @Test
    void everyStatementTheQuizWritesIsReadBack() {
        assertThat(WRITTEN.stream().filter(w -> w.expected() != null).count()).isGreaterThanOrEqualTo(100);
        assertThat(UNREAD).isEmpty();
    }

    @Test
    void everyStatementTheQuizWritesGetsTheVerdictTheQuizGaveIt() {
        assertThat(WRONG).isEmpty();
    }

    @Test
    void theInferenceStatementsAreAmongThem() {
        assertThat(WRITTEN).anyMatch(w -> w.question().startsWith("tf-through-") && w.language() == Language.EN)
                .anyMatch(w -> w.question().startsWith("tf-through-") && w.language() == Language.DE);
    }

    @Test
    void theStatementsOfCausesAndPurposesAreAmongThem() {
        assertThat(WRITTEN).anyMatch(w -> w.text().contains(" because ") && w.expected() == VerdictLabel.REFUTED)
                .anyMatch(w -> w.text().contains(", weil ") && w.expected() == VerdictLabel.SUPPORTED)
                .anyMatch(w -> w.text().contains(" in order to ")).anyMatch(w -> w.text().contains(", um "));
    }
}
