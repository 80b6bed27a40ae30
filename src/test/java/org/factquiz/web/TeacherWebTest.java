package org.factquiz.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.factquiz.model.Language;
import org.factquiz.quiz.Question;
import org.factquiz.store.Attempt;
import org.factquiz.store.Role;
import org.factquiz.store.User;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The teacher's pages over HTTP: only a teacher (made from the command line) sees them, learners
 * and visitors get 403; the statistics, charts, tables, CSV downloads and exports are there, in
 * the teacher's language. One server; three learners take quizzes first.
 */
class TeacherWebTest {
    @TempDir
    static Path data;
    static QuizServer server;
    static WebClient teacher;
    static WebClient learner;
    static User anna;

    @BeforeAll
    static void start() throws Exception {
        server = QuizServer.start(Path.of("facts"), data, new MovableClock(Instant.parse("2026-03-02T08:00:00Z")));
        String[] names = {"Anna", "Ben", "Carla"};
        for (int i = 0; i < names.length; i++) {
            WebClient c = new WebClient(server::url);
            c.signUp(names[i], "a long password");
            Attempt attempt = server.attemptOf(c.startQuiz("en", 6));
            for (int p = 1; p <= attempt.size(); p++) {
                Question q = server.question(attempt, p);
                String path = "/attempts/" + attempt.id() + "/questions/" + p;
                c.get(path);
                c.post(path, (p + i) % 3 == 0 ? AnswerFields.wrong(q, Language.EN) : AnswerFields.right(q, Language.EN));
            }
            if (i == 0) {
                learner = c;
            }
        }
        anna = server.store.userByName("anna").orElseThrow();
        assertThat(server.accounts.create("Frau Berger", "the teacher's password", Role.TEACHER).user()).isPresent();
        teacher = new WebClient(server::url);
        teacher.signIn("Frau Berger", "the teacher's password");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void learnersAndVisitorsGet403OnEveryTeacherPage() {
        WebClient visitor = new WebClient(server::url);
        for (String path : List.of("/teacher", "/teacher/questions", "/teacher/item-statistics.csv",
                "/teacher/learners/" + anna.id(), "/teacher/learners/" + anna.id() + "/cards.csv",
                "/teacher/export/gift?lang=en")) {
            WebClient.Page asLearner = learner.get(path);
            assertThat(asLearner.status()).as(path).isEqualTo(403);
            assertThat(asLearner.text()).contains("Only for teachers").doesNotContain("Anna,", "Ben");
            assertThat(visitor.get(path).status()).as(path).isEqualTo(403);
        }
        assertThat(learner.get("/").html().select("a[href=/teacher]")).isEmpty();
    }

    @Test
    void theClassPageShowsTheLearnersTheirScoresOverTimeAndTheDownloads() {
        WebClient.Page page = teacher.get("/teacher");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("a[href=/teacher]")).as("the menu leads teachers here").isNotEmpty();
        assertThat(page.text()).contains("3 learners, 3 finished quizzes");
        List<String> names = page.html().select("#learners tbody th a").eachText();
        assertThat(names).containsExactly("Anna", "Ben", "Carla");
        Element chart = page.html().selectFirst("svg#class-scores");
        assertThat(chart).isNotNull();
        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(chart.selectFirst("title").text()).isEqualTo("Scores over time per topic");
        assertThat(page.html().select("#scores-over-time tbody tr")).isNotEmpty();
        assertThat(page.html().select(".downloads a").eachAttr("href")).contains("/teacher/export/moodle-xml?lang=de",
                "/teacher/export/apkg?lang=en", "/teacher/export/qti?lang=en", "/teacher/export/gift?lang=de");
    }

    @Test
    void theItemStatisticsPageHasTheScatterTheTableAndTheirCsv() {
        WebClient.Page page = teacher.get("/teacher/questions");
        int questions = server.catalog.current().questions().size();
        assertThat(page.html().select("#item-statistics tbody tr")).hasSize(questions);
        Element scatter = page.html().selectFirst("svg#item-chart");
        assertThat(scatter.attr("aria-labelledby")).isEqualTo("item-chart-title item-chart-desc");
        assertThat(scatter.selectFirst("desc").text()).endsWith("The numbers are in the table below.");

        WebClient.Page csv = teacher.get("/teacher/item-statistics.csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).isEqualTo("attachment; filename=\"item-statistics.csv\"");
        String body = csv.response().body();
        assertThat(body).startsWith("\uFEFFNo.,Question,Question id,Topic,Attempts,Facility index");
        assertThat(body.split("\r\n")).hasSize(questions + 1);
        assertThat(teacher.get("/teacher/answers-given.csv").response().body()).contains(",Key,Chosen,Share");
        assertThat(teacher.get("/teacher/nothing.csv").status()).isEqualTo(404);
    }

    @Test
    void aLearnersPageShowsTheirCardsAndWhatIsDueInTheTeachersLanguage() {
        teacher.get("/language/de?back=/teacher");
        WebClient.Page page = teacher.get("/teacher/learners/" + anna.id());
        assertThat(page.html().select("h1").text()).isEqualTo("Lernende: Anna");
        assertThat(page.html().select("#cards tbody tr")).hasSize(6);
        assertThat(page.html().select("#cards caption").text()).isEqualTo("Karten von Anna, die früheste Fälligkeit zuerst");
        assertThat(page.html().selectFirst("svg#learner-scores")).isNotNull();
        assertThat(teacher.get("/teacher/learners/" + anna.id() + "/cards.csv").response().body())
                .startsWith("\uFEFFFrage,Fragen-ID,Thema,Fällig");
        assertThat(teacher.get("/teacher/learners/no-such-learner").status()).isEqualTo(404);
        teacher.get("/language/en?back=/teacher");
    }

    @Test
    void theQuestionSetDownloadsInEveryExportFormat() {
        WebClient.Page moodle = teacher.get("/teacher/export/moodle-xml?lang=de");
        assertThat(moodle.status()).isEqualTo(200);
        assertThat(moodle.header("Content-Type")).startsWith("application/xml");
        assertThat(moodle.header("Content-Disposition")).isEqualTo("attachment; filename=\"factquiz-questions-de.moodle.xml\"");
        assertThat(moodle.response().body()).contains("<quiz>");
        WebClient.Page apkg = teacher.get("/teacher/export/apkg?lang=en");
        assertThat(apkg.response().body().getBytes(StandardCharsets.ISO_8859_1)[0]).isEqualTo((byte) 'P');
        assertThat(teacher.get("/teacher/export/gift?lang=en").response().body()).contains("::");
        assertThat(teacher.get("/teacher/export/word?lang=en").status()).isEqualTo(404);
    }
}
