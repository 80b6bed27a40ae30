package org.factquiz.teaching;

import java.util.List;
import java.util.Objects;

/**
 * A table of a report: one set of rows that the page shows (each cell as the reader's language
 * writes it) and the CSV download repeats (each cell as a plain value: numbers with a dot, no
 * thousands separators). {@code name} names the download.
 */
public record Table(String name, String caption, List<Column> columns, List<List<Cell>> rows) {
    public Table {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A column: its header and whether it holds numbers (right-aligned, written as numbers in CSV). */
    public record Column(String header, boolean numeric) {
    }

    /** A cell: what the page shows (a link, when {@code href} is not null) and what the CSV holds. */
    public record Cell(String shown, String value, String href) {
        public Cell {
            Objects.requireNonNull(shown, "shown");
            Objects.requireNonNull(value, "value");
        }

        public Cell(String shown, String value) {
            this(shown, value, null);
        }

        /** A cell of text that links to {@code href} on the page. */
        public static Cell link(String text, String href) {
            return new Cell(text, text, href);
        }

        /** A cell of text, the same on the page and in the CSV. */
        public static Cell text(String text) {
            return new Cell(text, text);
        }

        /** An empty cell: a statistic that is not defined. */
        public static Cell none() {
            return new Cell("–", "");
        }
    }
}
