package org.factquiz.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.factquiz.export.ExportFormat;
import org.factquiz.export.Exported;
import org.factquiz.learning.ClassReports;
import org.factquiz.learning.QuizCatalog;
import org.factquiz.model.Language;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.stats.ItemReport;
import org.factquiz.stats.LearnerSummary;
import org.factquiz.stats.TopicScores;
import org.factquiz.store.Role;
import org.factquiz.teaching.ClassTables;
import org.factquiz.teaching.ItemChart;
import org.factquiz.teaching.ItemTables;
import org.factquiz.teaching.ScoreReports;
import org.factquiz.teaching.Table;
import org.factquiz.teaching.TableCsv;
import org.factquiz.teaching.Words;

/**
 * The teacher's pages: the class (flagged questions, scores over time, the learners, the question
 * set's exports), the item statistics with their scatter chart, and one learner's scores and
 * cards; every table also as CSV. Only for teachers: anyone else gets 403. Handlers call
 * {@link ClassReports} and render.
 */
final class TeacherPages {
    private final Pages pages;
    private final ClassReports reports;
    private final QuizCatalog catalog;
    private final ZoneId zone;

    TeacherPages(Pages pages, ClassReports reports, QuizCatalog catalog, ZoneId zone) {
        this.pages = pages;
        this.reports = reports;
        this.catalog = catalog;
        this.zone = zone;
    }

    /** Lets a teacher through; anyone else gets the 403 page and no further handler runs. */
    void requireTeacher(Context ctx) {
        Visit visit = pages.visitors().visit(ctx);
        if (visit.user().map(u -> u.role() != Role.TEACHER).orElse(true)) {
            pages.problem(ctx, HttpStatus.FORBIDDEN, "page.forbidden", "page.forbidden-text");
            ctx.skipRemainingHandlers();
        }
    }

    void overview(Context ctx) {
        Language l = pages.visitors().visit(ctx).language();
        Words w = Words.of(l);
        ItemAnalysis analysis = reports.itemAnalysis(l);
        List<TopicScores> scores = reports.classScores(l);
        List<LearnerSummary> learners = reports.learners();
        Messages t = Messages.of(l);
        List<String> flagged = new ArrayList<>();
        int number = 0;
        for (ItemReport item : analysis.items()) {
            number++;
            if (!item.flags().isEmpty()) {
                flagged.add(t.format("teacher.flagged-item", number, item.item().prompt(), ItemTables.flags(item, w)));
            }
        }
        List<TeacherView.Download> exports = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            for (Language language : Language.values()) {
                exports.add(new TeacherView.Download(t.format("teacher.export", format.title(), t.get("language."
                        + language.code())), "/teacher/export/" + format.label() + "?lang=" + language.code()));
            }
        }
        TeacherView view = new TeacherView(t.format("teacher.summary", learners.size(), analysis.attempts(),
                catalog.current().questions().size()), flagged, t.format("teacher.flagged-none",
                reports.thresholds().minimumAttempts()), ScoreReports.chart("class-scores", scores, w).svg(),
                ScoreReports.table(scores, w), ClassTables.learners(learners, "/teacher/learners/", zone, w), exports);
        pages.render(ctx, "teacher.jte", pages.frame(ctx, "teacher.title"), "teacher", view);
    }

    void questions(Context ctx) {
        Language l = pages.visitors().visit(ctx).language();
        Words w = Words.of(l);
        ItemAnalysis analysis = reports.itemAnalysis(l);
        pages.render(ctx, "teacher-questions.jte", pages.frame(ctx, "teacher.questions-title"), "chart",
                ItemChart.of("item-chart", analysis, reports.thresholds(), w).svg(), "statistics",
                ItemTables.statistics(analysis, w), "answers", ItemTables.responses(analysis, w));
    }

    void learner(Context ctx) {
        Language l = pages.visitors().visit(ctx).language();
        Words w = Words.of(l);
        Messages t = Messages.of(l);
        ClassReports.LearnerReport report = reports.learner(ctx.pathParam("learner"), l).orElseThrow(NotFound::new);
        String name = report.user().name();
        String duePerTopic = report.duePerTopic().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        LearnerView view = new LearnerView(t.format("teacher.learner-summary", report.cards().size(), report.due().size()),
                duePerTopic.isEmpty() ? "" : t.format("teacher.due-per-topic", duePerTopic),
                ScoreReports.chart("learner-scores", report.scores(), w, w.format("chart.learner-scores.title", name)).svg(),
                ScoreReports.table(report.scores(), w, w.format("table.learner-scores.caption", name)),
                ClassTables.cards(name, report.cards(), zone, w), "/teacher/learners/" + report.user().id());
        pages.render(ctx, "teacher-learner.jte", pages.frame(ctx, "teacher.title").titled(t.format("teacher.learner-title",
                name)), "learner", view);
    }

    /** A table of the teacher's pages as CSV: {@code /teacher/NAME.csv}, or {@code /teacher/learners/ID/NAME.csv}. */
    void csv(Context ctx) {
        Language l = pages.visitors().visit(ctx).language();
        Words w = Words.of(l);
        String name = ctx.pathParam("table");
        Table table = switch (name) {
            case "item-statistics.csv" -> ItemTables.statistics(reports.itemAnalysis(l), w);
            case "answers-given.csv" -> ItemTables.responses(reports.itemAnalysis(l), w);
            case "scores-over-time.csv" -> ScoreReports.table(reports.classScores(l), w);
            case "learners.csv" -> ClassTables.learners(reports.learners(), "/teacher/learners/", zone, w);
            default -> throw new NotFound();
        };
        sendCsv(ctx, table, name);
    }

    void learnerCsv(Context ctx) {
        Language l = pages.visitors().visit(ctx).language();
        Words w = Words.of(l);
        ClassReports.LearnerReport report = reports.learner(ctx.pathParam("learner"), l).orElseThrow(NotFound::new);
        String name = ctx.pathParam("table");
        Table table = switch (name) {
            case "scores-over-time.csv" -> ScoreReports.table(report.scores(), w);
            case "cards.csv" -> ClassTables.cards(report.user().name(), report.cards(), zone, w);
            default -> throw new NotFound();
        };
        sendCsv(ctx, table, name);
    }

    /** The question set in one export format: {@code /teacher/export/FORMAT?lang=en|de}. */
    void export(Context ctx) {
        Optional<ExportFormat> format = ExportFormat.parse(ctx.pathParam("format"));
        Language language = QuizPages.language(Optional.ofNullable(ctx.queryParam("lang")).orElse("en"));
        if (format.isEmpty() || language == null) {
            throw new NotFound();
        }
        Exported exported = reports.export(format.get(), language);
        ctx.header("Content-Disposition", "attachment; filename=\"factquiz-questions-" + language.code()
                + format.get().extension() + "\"");
        ctx.status(HttpStatus.OK).contentType(format.get().mediaType()).result(exported.bytes());
    }

    private static void sendCsv(Context ctx, Table table, String name) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.status(HttpStatus.OK).contentType("text/csv; charset=utf-8")
                .result(TableCsv.csv(table).getBytes(StandardCharsets.UTF_8));
    }
}
