package org.caseflow.returns.annexa;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseflow.returns.record.ChildRecord;

/**
 * Ofsted's Annex A lists 1 to 8 for an inspection of local authority children's services (ILACS):
 * contacts, Early Help assessments, referrals, assessments, section 47 enquiries and initial
 * conferences, children in need, child protection, children in care; one sheet each, with the
 * published column headings, one row per contact, assessment, enquiry, episode or plan. Lists 9 to 11
 * (care leavers, adoption) need facts the case record does not hold yet.
 */
public final class AnnexA {

    private static final int COLUMN_WIDTH = 20 * 256;

    private final AnnexAPeriod period;

    public AnnexA(AnnexAPeriod period) {
        this.period = period;
    }

    /** The lists, 1 to 8. */
    public List<AnnexAList> lists(Collection<ChildRecord> children) {
        List<ChildRecord> byId = children.stream().sorted(Comparator.comparing(ChildRecord::laChildId)).toList();
        return List.of(
                ContactsList.build(byId, period),
                EarlyHelpList.build(byId, period),
                ReferralsList.build(byId, period),
                AssessmentsList.build(byId, period),
                Section47List.build(byId, period),
                ChildrenInNeedList.build(byId, period),
                ChildProtectionList.build(byId, period),
                ChildrenInCareList.build(byId, period));
    }

    /** The lists as a workbook: headings in bold and frozen, dates as dates (dd/mm/yyyy), counts as numbers. */
    public byte[] toXlsx(Collection<ChildRecord> children) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (AnnexAList list : lists(children)) {
                Sheet sheet = workbook.createSheet(list.sheetName());
                Row headings = sheet.createRow(0);
                for (int column = 0; column < list.headings().size(); column++) {
                    Cell cell = headings.createCell(column);
                    cell.setCellValue(list.headings().get(column));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(column, COLUMN_WIDTH);
                }
                sheet.createFreezePane(0, 1);
                int rowNumber = 1;
                for (List<Object> values : list.rows()) {
                    write(sheet.createRow(rowNumber++), values, date);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, List<Object> values, CellStyle dateStyle) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
