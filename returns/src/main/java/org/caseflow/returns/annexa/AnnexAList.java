package org.caseflow.returns.annexa;

import java.util.List;

/**
 * One Annex A list: its sheet name ({@code List 1}), its column headings as Ofsted publishes them, and
 * its rows. A cell is a {@link String}, a {@link java.time.LocalDate}, an {@link Integer}, or null for
 * a blank.
 */
public record AnnexAList(String sheetName, List<String> headings, List<List<Object>> rows) {

    public AnnexAList {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != headings.size()) {
                throw new IllegalArgumentException(sheetName + " has " + headings.size() + " headings but a row of " + row.size());
            }
        }
    }
}
