package org.caseflow.kpi.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report table as CSV (RFC 4180): the lines describing the report, an empty line, then the table. Text that a
 * spreadsheet would take for a formula is written with a leading apostrophe, so that opening the file runs nothing.
 */
final class CsvReport {

    private CsvReport() {
    }

    static String write(ReportTable table) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (List<Object> line : table.about()) {
                csv.printRecord(line.stream().map(CsvReport::cell).toList());
            }
            csv.println();
            csv.printRecord(table.header().stream().map(CsvReport::cell).toList());
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(CsvReport::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = value.toString();
        return !text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
