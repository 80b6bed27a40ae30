package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Answer;
import org.factquiz.store.Attempt;
import org.factquiz.store.Database;
import org.factquiz.store.JdbcStore;
import org.factquiz.store.StoredQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code factquiz serve} process, killed with SIGKILL: every answer whose feedback a learner saw is in the database. */
class ServerCrashTest {
    @Test
    void killMinus9LosesNoConfirmedAnswer(@TempDir Path data) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.factquiz.cli.Main", "serve", "--port", "0",
                "--data", data.toString()).redirectErrorStream(true);
        builder.environment().put("FACTQUIZ_RULE_CACHE", Path.of("target", "rule-cache").toAbsolutePath().toString());
        Process server = builder.start();
        List<String> confirmed = new ArrayList<>();
        String attemptId;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            assertThat(first).as("the server prints its address").startsWith("factquiz serve: http://127.0.0.1:");
            String base = first.replaceAll(".*(http://127\\.0\\.0\\.1:\\d+)/.*", "$1");
            WebClient c = new WebClient(path -> base + path);
            assertThat(c.signUp("Crash Test", "a long password").status()).isEqualTo(303);
            String question = c.startQuiz("en", 3);
            attemptId = question.replaceAll(".*/attempts/([^/]+)/.*", "$1");
            try (JdbcStore peek = new JdbcStore(Database.sqlite(data.resolve("factquiz.db")))) {
                Attempt attempt = peek.attempt(attemptId).orElseThrow();
                List<StoredQuestion> stored = peek.questions(attempt.questionSet());
                for (int p = 1; p <= 3; p++) {
                    String id = attempt.questionIds().get(p - 1);
                    Question q = questionOf(stored, id);
                    String path = "/attempts/" + attemptId + "/questions/" + p;
                    c.get(path);
                    WebClient.Page feedback = c.get(c.post(path, AnswerFields.right(q, Language.EN)).location());
                    assertThat(feedback.status()).isEqualTo(200);
                    assertThat(feedback.html().select(".verdict[role=status]").text()).isEqualTo("Right.");
                    confirmed.add(id);
                }
            }
        } finally {
            server.destroyForcibly();
            assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(server.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (JdbcStore after = new JdbcStore(Database.sqlite(data.resolve("factquiz.db")))) {
            assertThat(after.answers(attemptId)).extracting(Answer::questionId).containsExactlyElementsOf(confirmed);
            assertThat(after.answers(attemptId)).allSatisfy(a -> assertThat(a.correct()).isTrue());
        }
    }

    /** The question as the server asked it: read back from the JSON it stored, as the server reads it. */
    private static Question questionOf(List<StoredQuestion> stored, String id) throws Exception {
        StoredQuestion found = stored.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(found.body(), Question.class);
    }
}
