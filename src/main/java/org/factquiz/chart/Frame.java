package org.factquiz.chart;

/** The frame every chart shares: grid lines, tick labels, axis lines and axis titles. */
final class Frame {
    private Frame() {
    }

    static void axes(Svg svg, Axis x, Axis y, double left, double right, double top, double bottom) {
        svg.open("g", "class", "axes", "font-size", "12", "fill", Marks.INK);
        for (Axis.Tick tick : y.ticks()) {
            double ty = y.position(tick.value(), bottom, top);
            svg.empty("line", "x1", Svg.number(left), "y1", Svg.number(ty), "x2", Svg.number(right), "y2", Svg.number(ty),
                    "stroke", Marks.GRID, "stroke-width", "1");
            svg.text("text", tick.label(), "x", Svg.number(left - 8), "y", Svg.number(ty + 4), "text-anchor", "end");
        }
        for (Axis.Tick tick : x.ticks()) {
            double tx = x.position(tick.value(), left, right);
            svg.empty("line", "x1", Svg.number(tx), "y1", Svg.number(top), "x2", Svg.number(tx), "y2", Svg.number(bottom),
                    "stroke", Marks.GRID, "stroke-width", "1");
            svg.text("text", tick.label(), "x", Svg.number(tx), "y", Svg.number(bottom + 18), "text-anchor", "middle");
        }
        svg.empty("line", "x1", Svg.number(left), "y1", Svg.number(bottom), "x2", Svg.number(right), "y2", Svg.number(bottom),
                "stroke", Marks.AXIS, "stroke-width", "1.5");
        svg.empty("line", "x1", Svg.number(left), "y1", Svg.number(top), "x2", Svg.number(left), "y2", Svg.number(bottom),
                "stroke", Marks.AXIS, "stroke-width", "1.5");
        svg.text("text", x.title(), "x", Svg.number((left + right) / 2), "y", Svg.number(bottom + 44), "text-anchor", "middle",
                "font-size", "13");
        double middle = (top + bottom) / 2;
        svg.text("text", y.title(), "x", "18", "y", Svg.number(middle), "text-anchor", "middle", "font-size", "13",
                "transform", "rotate(-90 18 " + Svg.number(middle) + ")");
        svg.end();
    }
}
