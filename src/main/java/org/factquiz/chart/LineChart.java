package org.factquiz.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A line chart over days: one line per series, each with its own colour and marker shape and a
 * legend entry below the plot; the days on the horizontal axis written in the reader's locale.
 */
public record LineChart(String id, ChartText text, String xTitle, Axis y, List<Series> series, Locale locale) {
    private static final double WIDTH = 640;
    private static final double LEFT = 72;
    private static final double RIGHT = 616;
    private static final double TOP = 24;
    private static final double BOTTOM = 300;
    private static final int LEGEND_COLUMNS = 3;
    private static final int LEGEND_CHARACTERS = 26;

    public LineChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locale, "locale");
        series = List.copyOf(series);
    }

    /** A named line; its points in any order (they are drawn by day). */
    public record Series(String name, List<Point> points) {
        public Series {
            points = points.stream().sorted(java.util.Comparator.comparing(Point::day)).toList();
        }
    }

    /** A value on a day, with the tooltip that names it. */
    public record Point(LocalDate day, double value, String tooltip) {
    }

    /** The chart as an SVG element, ready to be placed in a page. */
    public String svg() {
        Axis x = dayAxis();
        int legendRows = (series.size() + LEGEND_COLUMNS - 1) / LEGEND_COLUMNS;
        double height = BOTTOM + 64 + legendRows * 22;
        Svg svg = new Svg(id, WIDTH, height, "chart line", text);
        Frame.axes(svg, x, y, LEFT, RIGHT, TOP, BOTTOM);
        for (int i = 0; i < series.size(); i++) {
            Series line = series.get(i);
            String colour = Marks.colour(i);
            svg.open("g", "class", "series");
            svg.text("title", line.name());
            if (line.points().size() > 1) {
                StringBuilder points = new StringBuilder();
                for (Point point : line.points()) {
                    points.append(points.length() == 0 ? "" : " ")
                            .append(Svg.number(x.position(epochDay(point.day()), LEFT, RIGHT))).append(',')
                            .append(Svg.number(y.position(point.value(), BOTTOM, TOP)));
                }
                svg.empty("polyline", "points", points.toString(), "fill", "none", "stroke", colour, "stroke-width", "2");
            }
            for (Point point : line.points()) {
                svg.open("g", "class", "point");
                svg.text("title", point.tooltip());
                Marks.marker(svg, Marks.shape(i), x.position(epochDay(point.day()), LEFT, RIGHT),
                        y.position(point.value(), BOTTOM, TOP), 4.5, "#ffffff", colour);
                svg.end();
            }
            svg.end();
        }
        legend(svg);
        return svg.finish();
    }

    private void legend(Svg svg) {
        svg.open("g", "class", "legend", "font-size", "12", "fill", Marks.INK);
        double columnWidth = (RIGHT - LEFT) / LEGEND_COLUMNS;
        for (int i = 0; i < series.size(); i++) {
            double lx = LEFT + (i % LEGEND_COLUMNS) * columnWidth;
            double ly = BOTTOM + 70 + (i / LEGEND_COLUMNS) * 22;
            String colour = Marks.colour(i);
            svg.empty("line", "x1", Svg.number(lx), "y1", Svg.number(ly - 4), "x2", Svg.number(lx + 24), "y2",
                    Svg.number(ly - 4), "stroke", colour, "stroke-width", "2");
            Marks.marker(svg, Marks.shape(i), lx + 12, ly - 4, 4.5, "#ffffff", colour);
            String name = series.get(i).name();
            String shown = name.length() > LEGEND_CHARACTERS ? name.substring(0, LEGEND_CHARACTERS - 1) + "…" : name;
            svg.text("text", shown, "x", Svg.number(lx + 32), "y", Svg.number(ly));
        }
        svg.end();
    }

    /** The days from the first to the last point, with at most seven labelled ticks. */
    private Axis dayAxis() {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Series line : series) {
            for (Point point : line.points()) {
                first = Math.min(first, epochDay(point.day()));
                last = Math.max(last, epochDay(point.day()));
            }
        }
        if (first == Long.MAX_VALUE) {
            first = 0;
            last = 0;
        }
        long min = first == last ? first - 1 : first;
        long max = first == last ? last + 1 : last;
        long span = max - min;
        long step = 1;
        for (long candidate : new long[] {1, 2, 7, 14, 28, 56, 91, 182, 364}) {
            step = candidate;
            if (span / candidate <= 6) {
                break;
            }
        }
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        List<Axis.Tick> ticks = new ArrayList<>();
        for (long day = first; day <= last; day += step) {
            ticks.add(new Axis.Tick(day, LocalDate.ofEpochDay(day).format(format)));
        }
        return new Axis(xTitle, min, max, ticks);
    }

    private static long epochDay(LocalDate day) {
        return day.toEpochDay();
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
