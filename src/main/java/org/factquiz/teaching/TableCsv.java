package org.factquiz.teaching;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV (RFC 4180: commas, quotes where needed, CRLF), starting with a UTF-8 byte order
 * mark so that spreadsheet programs read umlauts right. A text cell that a spreadsheet would take
 * for a formula (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
 * as OWASP advises against CSV injection; numeric columns are written as they are.
 */
public final class TableCsv {
    /** The byte order mark a CSV download starts with. */
    public static final String BOM = "\uFEFF";

    private TableCsv() {
    }

    public static String csv(Table table) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            List<String> headers = new ArrayList<>();
            table.columns().forEach(c -> headers.add(defused(c.header())));
            printer.printRecord(headers);
            for (List<Table.Cell> row : table.rows()) {
                List<String> values = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    String value = row.get(i).value();
                    values.add(table.columns().get(i).numeric() ? value : defused(value));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String defused(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
