package org.factquiz.teaching;

import java.util.ArrayList;
import java.util.List;
import org.factquiz.chart.Axis;
import org.factquiz.chart.ChartText;
import org.factquiz.chart.ScatterChart;
import org.factquiz.stats.FlagThresholds;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.stats.ItemReport;

/**
 * The scatter of the questions: facility index across, discrimination index up, with lines at 0
 * and at the threshold below which discrimination is weak. A question without a discrimination
 * index (everybody right, or everybody wrong) cannot be placed; the description says how many.
 */
public final class ItemChart {
    private ItemChart() {
    }

    public static ScatterChart of(String id, ItemAnalysis analysis, FlagThresholds thresholds, Words w) {
        List<ScatterChart.Point> points = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        int unplotted = 0;
        int number = 0;
        for (ItemReport report : analysis.items()) {
            number++;
            var s = report.statistics();
            if (s.facility().isEmpty() || s.discriminationIndex().isEmpty()) {
                unplotted++;
                continue;
            }
            double facility = s.facility().getAsDouble() * 100;
            double discrimination = s.discriminationIndex().getAsDouble();
            boolean isFlagged = !report.flags().isEmpty();
            if (isFlagged) {
                flagged.add(Integer.toString(number));
            }
            String tooltip = w.format("chart.items.tooltip", number, report.item().prompt(),
                    w.percent(facility / 100), w.percent(discrimination / 100));
            points.add(new ScatterChart.Point(Integer.toString(number), facility, discrimination, isFlagged, tooltip));
        }
        String description = w.format("chart.items.description", points.size(), flagged.size(),
                String.join(", ", flagged), unplotted);
        List<Axis.Tick> xTicks = new ArrayList<>();
        for (int v = 0; v <= 100; v += 20) {
            xTicks.add(new Axis.Tick(v, w.percent(v / 100.0, 0)));
        }
        List<Axis.Tick> yTicks = new ArrayList<>();
        for (int v = -100; v <= 100; v += 25) {
            yTicks.add(new Axis.Tick(v, w.percent(v / 100.0, 0)));
        }
        List<ScatterChart.Guide> guides = List.of(
                new ScatterChart.Guide(0, w.get("chart.items.guide-zero")),
                new ScatterChart.Guide(thresholds.lowDiscrimination(),
                        w.format("chart.items.guide-low", w.percent(thresholds.lowDiscrimination() / 100, 0))));
        return new ScatterChart(id, new ChartText(w.get("chart.items.title"), description),
                new Axis(w.get("chart.items.x"), 0, 100, xTicks), new Axis(w.get("chart.items.y"), -100, 100, yTicks),
                guides, points, w.get("chart.items.point"), w.get("chart.items.flagged"));
    }
}
