package org.factquiz.chart;

import java.util.List;
import java.util.Objects;

/**
 * A scatter plot: labelled points (flagged ones drawn as red triangles, the others as blue
 * circles, named in a legend), reference lines across it, and two axes. Each point carries a
 * tooltip; the numbers themselves belong in a table beside the chart.
 */
public record ScatterChart(String id, ChartText text, Axis x, Axis y, List<Guide> guides, List<Point> points,
                           String pointName, String flaggedName) {
    private static final double WIDTH = 640;
    private static final double HEIGHT = 440;
    private static final double LEFT = 72;
    private static final double RIGHT = 616;
    private static final double TOP = 48;
    private static final double BOTTOM = 372;

    public ScatterChart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        guides = List.copyOf(guides);
        points = List.copyOf(points);
    }

    /** A point: the short label drawn beside it, its coordinates, whether it is flagged, its tooltip. */
    public record Point(String label, double x, double y, boolean flagged, String tooltip) {
    }

    /** A horizontal reference line at {@code y}, named at its right end. */
    public record Guide(double y, String label) {
    }

    /** The chart as an SVG element, ready to be placed in a page. */
    public String svg() {
        Svg svg = new Svg(id, WIDTH, HEIGHT, "chart scatter");
        svg.text("title", text.title(), "id", id + "-title");
        svg.text("desc", text.description(), "id", id + "-desc");
        Frame.axes(svg, x, y, LEFT, RIGHT, TOP, BOTTOM);
        for (Guide guide : guides) {
            double gy = y.position(guide.y(), BOTTOM, TOP);
            svg.empty("line", "x1", Svg.number(LEFT), "y1", Svg.number(gy), "x2", Svg.number(RIGHT), "y2", Svg.number(gy),
                    "stroke", Marks.AXIS, "stroke-width", "1.5", "stroke-dasharray", "6 4");
            svg.text("text", guide.label(), "x", Svg.number(RIGHT - 4), "y", Svg.number(gy - 5), "text-anchor", "end",
                    "font-size", "12", "fill", Marks.INK);
        }
        svg.open("g", "class", "points");
        for (Point point : points) {
            double px = x.position(point.x(), LEFT, RIGHT);
            double py = y.position(point.y(), BOTTOM, TOP);
            svg.open("g", "class", point.flagged() ? "point flagged" : "point");
            svg.text("title", point.tooltip());
            String colour = point.flagged() ? Marks.colour(1) : Marks.colour(0);
            Marks.marker(svg, point.flagged() ? "triangle" : "circle", px, py, 5, colour, colour);
            svg.text("text", point.label(), "x", Svg.number(px + 8), "y", Svg.number(py - 6), "font-size", "11",
                    "fill", Marks.INK);
            svg.end();
        }
        svg.end();
        legend(svg);
        return svg.finish();
    }

    private void legend(Svg svg) {
        svg.open("g", "class", "legend");
        Marks.marker(svg, "circle", LEFT + 6, 22, 5, Marks.colour(0), Marks.colour(0));
        svg.text("text", pointName, "x", Svg.number(LEFT + 18), "y", "26", "font-size", "12", "fill", Marks.INK);
        Marks.marker(svg, "triangle", LEFT + 206, 22, 5, Marks.colour(1), Marks.colour(1));
        svg.text("text", flaggedName, "x", Svg.number(LEFT + 218), "y", "26", "font-size", "12", "fill", Marks.INK);
        svg.end();
    }
}
