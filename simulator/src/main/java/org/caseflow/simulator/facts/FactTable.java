package org.caseflow.simulator.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One KPI fact table's rows waiting to be copied in, in PostgreSQL's COPY text format: a row a line, values
 * separated by tabs, {@code \N} for none.
 */
final class FactTable {

    private final String name;
    private final List<String> columns;
    private StringBuilder rows = new StringBuilder();
    private long written;

    FactTable(String name, String... columns) {
        this.name = name;
        this.columns = List.of(columns);
    }

    String name() {
        return name;
    }

    /** The statement that copies this table's rows in. */
    String copyStatement() {
        return "copy " + name + " (" + String.join(", ", columns) + ") from stdin";
    }

    void row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(name + " has " + columns.size() + " columns, not " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append('\t');
            }
            append(values[i]);
        }
        rows.append('\n');
        written++;
    }

    int bufferedChars() {
        return rows.length();
    }

    /** The rows buffered so far, which the table forgets. */
    String take() {
        String taken = rows.toString();
        rows = new StringBuilder(Math.max(1024, taken.length()));
        return taken;
    }

    long rowsWritten() {
        return written;
    }

    private void append(Object value) {
        if (value == null) {
            rows.append("\\N");
        } else if (value instanceof Boolean yes) {
            rows.append(yes ? 't' : 'f');
        } else if (value instanceof LocalDate || value instanceof UUID || value instanceof Number) {
            rows.append(value);
        } else {
            escape(value.toString());
        }
    }

    /** Backslash, tab and line ends would end a value or a row early: COPY's text format escapes them. */
    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> rows.append("\\\\");
                case '\t' -> rows.append("\\t");
                case '\n' -> rows.append("\\n");
                case '\r' -> rows.append("\\r");
                default -> rows.append(c);
            }
        }
    }
}
