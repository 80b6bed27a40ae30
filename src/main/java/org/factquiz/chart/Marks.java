package org.factquiz.chart;

/**
 * The colours and marker shapes of the series: every colour has a contrast of at least 4.5:1 on
 * white (WCAG 1.4.11 asks 3:1 of graphics), and shapes differ as well as colours, so no series is
 * told apart by colour alone.
 */
final class Marks {
    static final String INK = "#1a1a1a";
    static final String AXIS = "#595959";
    static final String GRID = "#dcdcdc";
    static final String[] COLOURS = {"#1f5fa8", "#b3401b", "#2d7a36", "#7a3d99", "#8a5a00", "#0f6e73", "#a3245e", "#444444"};
    static final String[] SHAPES = {"circle", "square", "triangle", "diamond", "triangle-down"};

    private Marks() {
    }

    static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    static String shape(int series) {
        return SHAPES[series % SHAPES.length];
    }

    /** Draws a marker of {@code shape} centred at (x, y). */
    static void marker(Svg svg, String shape, double x, double y, double r, String fill, String stroke) {
        switch (shape) {
            case "square" -> svg.empty("rect", "x", Svg.number(x - r), "y", Svg.number(y - r), "width", Svg.number(2 * r),
                    "height", Svg.number(2 * r), "fill", fill, "stroke", stroke, "stroke-width", "1.5");
            case "triangle" -> svg.empty("path", "d", path(x, y - r * 1.2, x + r * 1.1, y + r * 0.8, x - r * 1.1, y + r * 0.8),
                    "fill", fill, "stroke", stroke, "stroke-width", "1.5");
            case "triangle-down" -> svg.empty("path", "d", path(x, y + r * 1.2, x + r * 1.1, y - r * 0.8, x - r * 1.1,
                    y - r * 0.8), "fill", fill, "stroke", stroke, "stroke-width", "1.5");
            case "diamond" -> svg.empty("path", "d", path(x, y - r * 1.3, x + r * 1.3, y, x, y + r * 1.3, x - r * 1.3, y),
                    "fill", fill, "stroke", stroke, "stroke-width", "1.5");
            default -> svg.empty("circle", "cx", Svg.number(x), "cy", Svg.number(y), "r", Svg.number(r), "fill", fill,
                    "stroke", stroke, "stroke-width", "1.5");
        }
    }

    private static String path(double... xy) {
        StringBuilder d = new StringBuilder("M");
        for (int i = 0; i < xy.length; i += 2) {
            d.append(i == 0 ? "" : " L").append(Svg.number(xy[i])).append(' ').append(Svg.number(xy[i + 1]));
        }
        return d.append(" Z").toString();
    }
}
