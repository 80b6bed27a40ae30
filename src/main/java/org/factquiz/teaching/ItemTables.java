package org.factquiz.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.factquiz.stats.ItemAnalysis;
import org.factquiz.stats.ItemFlag;
import org.factquiz.stats.ItemReport;
import org.factquiz.stats.ResponseCount;
import org.factquiz.teaching.Table.Cell;
import org.factquiz.teaching.Table.Column;

/**
 * The item analysis as tables: the statistics of each question (Moodle's columns, as percentages)
 * and the answers given to each. A question's number is its place in the question set, the same
 * number the scatter chart labels it with.
 */
public final class ItemTables {
    private ItemTables() {
    }

    public static Table statistics(ItemAnalysis analysis, Words w) {
        List<Column> columns = List.of(new Column(w.get("col.number"), true), new Column(w.get("col.question"), false),
                new Column(w.get("col.id"), false), new Column(w.get("col.topic"), false),
                new Column(w.get("col.attempts"), true), new Column(w.get("col.facility"), true),
                new Column(w.get("col.sd"), true), new Column(w.get("col.discrimination"), true),
                new Column(w.get("col.efficiency"), true), new Column(w.get("col.weight"), true),
                new Column(w.get("col.flags"), false));
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (ItemReport report : analysis.items()) {
            number++;
            var s = report.statistics();
            rows.add(List.of(count(number), Cell.text(report.item().prompt()), Cell.text(report.item().questionId()),
                    Cell.text(report.item().topic()), count(s.attempts()), share(s.facility(), w),
                    share(s.standardDeviationShare(), w), percent(s.discriminationIndex(), w),
                    percent(s.discriminativeEfficiency(), w), percent(s.effectiveWeight(), w),
                    Cell.text(flags(report, w))));
        }
        return new Table("item-statistics", w.format("table.items.caption", analysis.items().size(), analysis.attempts()),
                columns, rows);
    }

    public static Table responses(ItemAnalysis analysis, Words w) {
        List<Column> columns = List.of(new Column(w.get("col.number"), true), new Column(w.get("col.id"), false),
                new Column(w.get("col.answer"), false), new Column(w.get("col.text"), false),
                new Column(w.get("col.key"), false), new Column(w.get("col.count"), true),
                new Column(w.get("col.share"), true));
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (ItemReport report : analysis.items()) {
            number++;
            for (ResponseCount response : report.responses()) {
                rows.add(List.of(count(number), Cell.text(report.item().questionId()), Cell.text(response.response()),
                        Cell.text(response.text()), Cell.text(w.get(response.key() ? "yes" : "no")), count(response.count()),
                        share(OptionalDouble.of(response.share()), w)));
            }
        }
        return new Table("answers-given", w.get("table.responses.caption"), columns, rows);
    }

    /** A question's flags in words, one after the other. */
    public static String flags(ItemReport report, Words w) {
        List<String> said = new ArrayList<>();
        for (ItemFlag flag : ItemFlag.values()) {
            if (!report.flags().contains(flag)) {
                continue;
            }
            String key = "flag." + flag.name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (flag == ItemFlag.UNCHOSEN_DISTRACTOR) {
                List<String> unchosen = report.unchosenDistractors().stream().map(r -> r.response() + " (" + r.text() + ")")
                        .toList();
                said.add(w.format(key, String.join(", ", unchosen)));
            } else {
                said.add(w.get(key));
            }
        }
        return String.join("; ", said);
    }

    static Cell count(int count) {
        return Cell.text(Integer.toString(count));
    }

    /** A share (0 to 1) shown as a percentage, kept in the CSV as a percentage with two decimals. */
    static Cell share(OptionalDouble share, Words w) {
        if (share.isEmpty()) {
            return Cell.none();
        }
        return new Cell(w.percent(share.getAsDouble()), plain(share.getAsDouble() * 100));
    }

    /** A value already in percent (-100 to 100). */
    static Cell percent(OptionalDouble percent, Words w) {
        if (percent.isEmpty()) {
            return Cell.none();
        }
        return new Cell(w.percent(percent.getAsDouble() / 100), plain(percent.getAsDouble()));
    }

    static String plain(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
