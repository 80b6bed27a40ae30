package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.factquiz.ShippedRules;
import org.factquiz.engine.RuleBase;
import org.factquiz.fixtures.EditedFacts;
import org.factquiz.fixtures.RuleText;
import org.factquiz.learning.QuestionSet;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Attempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts edited while the server runs: new quizzes get the new questions, a quiz under way keeps its
 * own, facts that stop loading (or on which a rule fails) leave the last good set; and a name with
 * markup shows as text.
 */
class EditedFactsWebTest {
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void editsReachNewQuizzesNeverOneUnderWayAndMarkupInFactsShowsAsText(@TempDir Path dir) throws Exception {
        Path facts = EditedFacts.shipped().writeTo(dir.resolve("before"));
        try (QuizServer server = QuizServer.start(facts, dir.resolve("data"))) {
            WebClient c = new WebClient(server::url);
            c.signUp("Editor's Pupil", "a long password");
            String firstOfOld = c.startQuiz("en", 50, "topic", "products");
            Attempt old = server.attemptOf(firstOfOld);
            String oldPrompt = server.question(old, 1).prompt().get(Language.EN);

            String entities = Files.readString(facts.resolve("entities.yaml"));
            Files.writeString(facts.resolve("entities.yaml"), entities.replace("name: {en: Doubao, de: Doubao}",
                    "name: {en: \"" + SCRIPT + "\", de: \"" + SCRIPT + "\"}"));
            Attempt edited = server.attemptOf(c.startQuiz("en", 50, "topic", "products"));

            assertThat(edited.questionSet()).isNotEqualTo(old.questionSet());
            assertThat(c.get(firstOfOld).html().select("legend").text()).as("the quiz under way keeps its questions")
                    .isEqualTo(oldPrompt);
            QuestionSet set = server.catalog.version(edited.questionSet()).orElseThrow();
            int position = 0;
            for (int p = 1; p <= edited.size(); p++) {
                Question q = set.question(edited.questionIds().get(p - 1)).orElseThrow();
                if ((q.prompt().get(Language.EN) + q.choices()).contains(SCRIPT)) {
                    position = p;
                    break;
                }
            }
            assertThat(position).as("a question names the renamed entity").isPositive();
            WebClient.Page page = c.get("/attempts/" + edited.id() + "/questions/" + position);
            assertThat(page.response().body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(SCRIPT);
            assertThat(page.html().select("script")).isEmpty();
            assertThat(page.text()).contains(SCRIPT);

            Files.writeString(facts.resolve("entities.yaml"), "entities: [ {id: broken");
            Attempt afterBreak = server.attemptOf(c.startQuiz("en", 3));
            assertThat(afterBreak.questionSet()).as("facts that do not load leave the last good set")
                    .isEqualTo(edited.questionSet());
        }
    }

    @Test
    void factsOnWhichARuleFailsLeaveTheLastGoodSetAndTheLogNamesTheRuleWithoutATrace(@TempDir Path dir)
            throws Exception {
        Path facts = EditedFacts.shipped().writeTo(dir.resolve("facts"));
        Path rules = dir.resolve("rules");
        ShippedRules.copy(ShippedRules.RULES, rules);
        Files.writeString(rules.resolve("consistency").resolve("tripwire.drl"), RuleText.consistencyRule(
                "Fails on an entity named Tripwire, as an editor's rule with a mistake would.",
                "An entity named Tripwire cannot be judged", "$e : Entity( )\n    eval( $e.name().en().equals(\"Tripwire\") )",
                "throw new IllegalStateException(\"cannot judge \" + $e.id());"));
        try (QuizServer server = QuizServer.start(facts, dir.resolve("data"), RuleBase.compile(rules), rules)) {
            WebClient c = new WebClient(server::url);
            Attempt before = server.attemptOf(c.startQuiz("en", 3));
            String entities = Files.readString(facts.resolve("entities.yaml"));
            Files.writeString(facts.resolve("entities.yaml"), entities.replace("name: {en: Doubao, de: Doubao}",
                    "name: {en: Tripwire, de: Tripwire}"));

            PrintStream err = System.err;
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
            String first;
            try {
                first = c.startQuiz("en", 3);
            } finally {
                System.setErr(err);
            }

            assertThat(server.attemptOf(first).questionSet()).as("the class goes on with the last good set")
                    .isEqualTo(before.questionSet());
            assertThat(c.get(first).status()).isEqualTo(200);
            assertThat(log.toString(StandardCharsets.UTF_8))
                    .contains("the rules fail on them", "tripwire.drl:" + RuleText.RULE_LINE,
                            "rule \"An entity named Tripwire cannot be judged\" failed: IllegalStateException: cannot judge doubao")
                    .doesNotContain("\tat ", "ERROR");
        }
    }
}
