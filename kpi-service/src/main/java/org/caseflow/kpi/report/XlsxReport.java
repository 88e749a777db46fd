package org.caseflow.kpi.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report table as an Excel workbook: one sheet, the lines describing the report, an empty row, then the table with
 * its header in bold and frozen. Numbers are numeric cells, so that the council's own workbooks can use them.
 */
final class XlsxReport {

    static final String SHEET = "Report";

    private XlsxReport() {
    }

    static byte[] write(ReportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            int rowNumber = 0;
            for (List<Object> line : table.about()) {
                Row row = sheet.createRow(rowNumber++);
                write(row, line);
                row.getCell(0).setCellStyle(bold);
            }
            rowNumber++;
            Row header = sheet.createRow(rowNumber++);
            write(header, List.copyOf(table.header()));
            header.forEach(cell -> cell.setCellStyle(bold));
            sheet.createFreezePane(3, rowNumber);
            for (List<Object> cells : table.rows()) {
                write(sheet.createRow(rowNumber++), cells);
            }
            for (int column = 0; column < 3; column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<?> values) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
