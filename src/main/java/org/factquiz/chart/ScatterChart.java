package org.factquiz.chart;

import java.util.List;
import java.util.Objects;

/**
 * A scatter plot: labelled points (flagged ones drawn as red triangles, the others as blue
 * circles), reference lines across it (solid, dashed, dotted), a legend naming both kinds of point
 * and every line, and two axes. Each point carries a tooltip; the numbers themselves belong in a
 * table beside the chart.
 */
public record ScatterChart(String id, ChartText text, Axis x, Axis y, List<Guide> guides, List<Point> points,
                           String pointName, String flaggedName) {
    private static final double WIDTH = 640;
    private static final double HEIGHT = 460;
    private static final double LEFT = 72;
    private static final double RIGHT = 616;
    private static final double TOP = 68;
    private static final double BOTTOM = 392;
    private static final String[] GUIDE_DASHES = {"none", "6 4", "2 3"};

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
        Svg svg = new Svg(id, WIDTH, HEIGHT, "chart scatter", text);
        Frame.axes(svg, x, y, LEFT, RIGHT, TOP, BOTTOM);
        for (int i = 0; i < guides.size(); i++) {
            guideLine(svg, i, LEFT, y.position(guides.get(i).y(), BOTTOM, TOP), RIGHT);
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
        svg.open("g", "class", "legend", "font-size", "12", "fill", Marks.INK);
        double column = (RIGHT - LEFT) / 2;
        Marks.marker(svg, "circle", LEFT + 12, 18, 5, Marks.colour(0), Marks.colour(0));
        svg.text("text", pointName, "x", Svg.number(LEFT + 32), "y", "22");
        Marks.marker(svg, "triangle", LEFT + column + 12, 18, 5, Marks.colour(1), Marks.colour(1));
        svg.text("text", flaggedName, "x", Svg.number(LEFT + column + 32), "y", "22");
        for (int i = 0; i < guides.size(); i++) {
            double lx = LEFT + (i % 2) * column;
            double ly = 42 + (i / 2) * 20;
            guideLine(svg, i, lx, ly - 4, lx + 24);
            svg.text("text", guides.get(i).label(), "x", Svg.number(lx + 32), "y", Svg.number(ly));
        }
        svg.end();
    }

    private static void guideLine(Svg svg, int guide, double x1, double y, double x2) {
        String dashes = GUIDE_DASHES[guide % GUIDE_DASHES.length];
        if (dashes.equals("none")) {
            svg.empty("line", "x1", Svg.number(x1), "y1", Svg.number(y), "x2", Svg.number(x2), "y2", Svg.number(y),
                    "stroke", Marks.AXIS, "stroke-width", "1.5");
        } else {
            svg.empty("line", "x1", Svg.number(x1), "y1", Svg.number(y), "x2", Svg.number(x2), "y2", Svg.number(y),
                    "stroke", Marks.AXIS, "stroke-width", "1.5", "stroke-dasharray", dashes);
        }
    }
}
