package org.caseflow.returns.ssda903;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One SSDA903 table: its name as the DfE's loader knows it, its columns in the DfE's order, and its
 * rows with every cell already written as the return wants it (an empty cell for a blank item).
 */
public record Ssda903Table(String name, List<String> columns, List<List<String>> rows) {

    public Ssda903Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(name + " has " + columns.size() + " columns but a row of " + row.size());
            }
        }
    }

    /** The file name the DfE's loader expects, e.g. {@code Episodes.csv}. */
    public String fileName() {
        return name + ".csv";
    }

    /** The table as CSV: a header row of column names, then the rows; CRLF line ends. */
    public String toCsv() {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(columns.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
