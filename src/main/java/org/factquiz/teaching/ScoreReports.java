package org.factquiz.teaching;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.factquiz.chart.Axis;
import org.factquiz.chart.ChartText;
import org.factquiz.chart.LineChart;
import org.factquiz.stats.DailyScore;
import org.factquiz.stats.TopicScores;
import org.factquiz.teaching.Table.Cell;
import org.factquiz.teaching.Table.Column;

/** Scores over time as a table (topic, day, answers, score) and as a line per topic. */
public final class ScoreReports {
    private ScoreReports() {
    }

    public static Table table(List<TopicScores> topics, Words w) {
        return table(topics, w, w.get("table.scores.caption"));
    }

    /** The table under another caption (one learner's). */
    public static Table table(List<TopicScores> topics, Words w, String caption) {
        List<Column> columns = List.of(new Column(w.get("col.topic"), false), new Column(w.get("col.day"), false),
                new Column(w.get("col.answers"), true), new Column(w.get("col.score"), true));
        List<List<Cell>> rows = new ArrayList<>();
        for (TopicScores topic : topics) {
            for (DailyScore day : topic.days()) {
                rows.add(List.of(Cell.text(topic.topic()), new Cell(day(day.day(), w), day.day().toString()),
                        ItemTables.count(day.answers()), ItemTables.share(OptionalDouble.of(day.score()), w)));
            }
        }
        return new Table("scores-over-time", caption, columns, rows);
    }

    public static LineChart chart(String id, List<TopicScores> topics, Words w) {
        return chart(id, topics, w, w.get("chart.scores.title"));
    }

    /** The chart under another title (one learner's). */
    public static LineChart chart(String id, List<TopicScores> topics, Words w, String title) {
        List<LineChart.Series> series = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        List<String> latest = new ArrayList<>();
        for (TopicScores topic : topics) {
            List<LineChart.Point> points = new ArrayList<>();
            for (DailyScore day : topic.days()) {
                points.add(new LineChart.Point(day.day(), day.score() * 100, w.format("chart.scores.tooltip", topic.topic(),
                        day(day.day(), w), w.percent(day.score()), day.answers())));
                first = first == null || day.day().isBefore(first) ? day.day() : first;
                last = last == null || day.day().isAfter(last) ? day.day() : last;
            }
            if (!topic.days().isEmpty()) {
                DailyScore end = topic.days().get(topic.days().size() - 1);
                latest.add(w.format("chart.scores.latest", topic.topic(), w.percent(end.score())));
            }
            series.add(new LineChart.Series(topic.topic(), points));
        }
        String description = w.format("chart.scores.description", series.size(), first == null ? "" : day(first, w),
                last == null ? "" : day(last, w), String.join(", ", latest));
        List<Axis.Tick> ticks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 25) {
            ticks.add(new Axis.Tick(v, w.percent(v / 100.0, 0)));
        }
        return new LineChart(id, new ChartText(title, description), w.get("chart.scores.x"),
                new Axis(w.get("chart.scores.y"), 0, 100, ticks), series, w.locale());
    }

    static String day(LocalDate day, Words w) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(w.locale()));
    }
}
