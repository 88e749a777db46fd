package org.caseflow.returns.annexa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.caseflow.returns.record.AbuseCategory;
import org.caseflow.returns.record.Assessment;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.CpPlan;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.Ethnicity;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.MissingEpisode;
import org.caseflow.returns.record.MissingKind;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.PrimaryNeed;
import org.caseflow.returns.record.ReasonForClosure;
import org.caseflow.returns.record.ReferralSource;
import org.caseflow.returns.record.ReviewParticipation;
import org.caseflow.returns.record.Sex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Annex A for a small known set of children, written to a workbook and read back cell by cell. */
class AnnexATest {

    private static final AnnexAPeriod PERIOD = new AnnexAPeriod(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 3, 31));

    /** Contacts, Early Help, a re-referral, an assessment, a section 47 enquiry and a child protection plan still open. */
    private static final ChildRecord RILEY = child("CF0300")
            .born(LocalDate.of(2015, 8, 20)).sex(Sex.F).ethnicity(Ethnicity.WBRI).disabilities(Disability.NONE)
            .contact(LocalDate.of(2025, 5, 31), ReferralSource.POLICE)
            .contact(LocalDate.of(2025, 6, 1), ReferralSource.POLICE)
            .contact(LocalDate.of(2026, 3, 31), ReferralSource.SCHOOLS)
            .contact(LocalDate.of(2026, 4, 1), ReferralSource.SCHOOLS)
            .earlyHelp(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 6, 5), "Family Hub North")
            .earlyHelp(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 5, 31), "Family Hub North")
            .earlyHelp(LocalDate.of(2026, 2, 1), null, "Family Hub North")
            .episode(referral(LocalDate.of(2025, 1, 15)).noFurtherAction().primaryNeed(null)
                    .closed(LocalDate.of(2025, 1, 16), ReasonForClosure.RC8))
            .episode(referral(LocalDate.of(2025, 6, 2)).source(ReferralSource.POLICE).primaryNeed(PrimaryNeed.N1)
                    .lastSeen(LocalDate.of(2026, 3, 20))
                    .assessment(new Assessment(LocalDate.of(2025, 6, 3), LocalDate.of(2025, 7, 1), List.of(), true, true))
                    .section47(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 7, 11), LocalDate.of(2025, 7, 8))
                    .cpPlan(new CpPlan(LocalDate.of(2025, 7, 8), null, AbuseCategory.NEGLECT, AbuseCategory.EMOTIONAL_ABUSE,
                            List.of(LocalDate.of(2025, 10, 7)), LocalDate.of(2026, 3, 25), true)))
            .build();

    /** In need since 2024, looked after from January 2026, moved in March, missing and away once each. */
    private static final ChildRecord JORDAN = child("CF0301")
            .born(LocalDate.of(2010, 1, 31)).sex(Sex.M).ethnicity(Ethnicity.BAFR).disabilities(Disability.HEAR)
            .episode(referral(LocalDate.of(2024, 12, 1)).primaryNeed(PrimaryNeed.N4).cinPlan(LocalDate.of(2025, 1, 10), null))
            .care(lookedAfterFrom(LocalDate.of(2026, 1, 5), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1)
                    .legalStatus(LocalDate.of(2026, 2, 1), LegalStatus.C1)
                    .moved(LocalDate.of(2026, 3, 1), PlacementType.K2, PlacementProvider.PR4, "ME1", "SC123456", PlacementChangeReason.CREQB)
                    .review(LocalDate.of(2026, 2, 2), ReviewParticipation.PN1)
                    .lastVisit(LocalDate.of(2026, 3, 10)))
            .missing(new MissingEpisode(MissingKind.MISSING, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6)))
            .missing(new MissingEpisode(MissingKind.AWAY, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15)))
            .build();

    /** Referred in September, assessed, closed in December with a referral to Early Help. */
    private static final ChildRecord CASEY = child("CF0302")
            .episode(referral(LocalDate.of(2025, 9, 1)).source(ReferralSource.SCHOOLS).primaryNeed(PrimaryNeed.N2)
                    .allocated("team-south", "south.worker")
                    .closed(LocalDate.of(2025, 12, 15), ReasonForClosure.RC9))
            .build();

    private static Workbook workbook;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        byte[] xlsx = new AnnexA(PERIOD).toXlsx(List.of(CASEY, JORDAN, RILEY));
        workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<Object> row(String sheet, int index) {
        Sheet list = workbook.getSheet(sheet);
        int width = list.getRow(0).getLastCellNum();
        Row row = list.getRow(index);
        List<Object> cells = new ArrayList<>();
        for (int column = 0; column < width; column++) {
            cells.add(value(row.getCell(column)));
        }
        return cells;
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : (int) cell.getNumericCellValue();
        }
        return cell.getStringCellValue();
    }

    private static List<Object> cells(Object... values) {
        return Arrays.asList(values);
    }

    private static int rows(String sheet) {
        return workbook.getSheet(sheet).getLastRowNum();
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    @Test
    void one_sheet_for_each_of_lists_1_to_8() {
        assertThat(workbook.getNumberOfSheets()).isEqualTo(8);
        for (int list = 1; list <= 8; list++) {
            assertThat(workbook.getSheetName(list - 1)).isEqualTo("List " + list);
        }
    }

    @Test
    void every_list_has_the_published_headings() {
        List<Object> child = List.of("Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age of Child (Years)");
        assertThat(row("List 1", 0)).containsExactlyElementsOf(concat(child, "Date of Contact", "Contact Source"));
        assertThat(row("List 2", 0)).containsExactlyElementsOf(concat(child, "Assessment start date", "Assessment completion date",
                "Organisation completing assessment"));
        assertThat(row("List 3", 0)).containsExactlyElementsOf(concat(child, "Date of referral", "Referral Source", "Referral NFA?",
                "Number of Referrals in Last 12 Months", "Allocated Team", "Allocated Worker"));
        assertThat(row("List 4", 0)).containsExactlyElementsOf(concat(child, "Does the Child have a Disability",
                "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
                "Continuous Assessment Date of Authorisation",
                "Was the child assessed as requiring LA children's social care support?", "Allocated Team", "Allocated Worker"));
        assertThat(row("List 5", 0)).containsExactlyElementsOf(concat(child, "Does the Child have a Disability",
                "Strategy discussion initiating Section 47 Enquiry Start Date",
                "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
                "Did the Initial Child Protection Conference Result in a Child Protection Plan",
                "Number of Section 47 Enquiries in the last 12 months", "Number of ICPCs in the last 12 months", "Allocated Team",
                "Allocated Worker"));
        assertThat(row("List 6", 0)).containsExactlyElementsOf(concat(child, "Does the Child have a Disability", "CIN Start Date",
                "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date", "Reason for Closure", "Case Status",
                "Allocated Team", "Allocated Worker"));
        assertThat(row("List 7", 0)).containsExactlyElementsOf(concat(child, "Does the Child have a Disability",
                "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
                "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference",
                "Child Protection Plan End Date",
                "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)",
                "Number of Previous Child Protection Plans", "Allocated Team", "Allocated Worker"));
        assertThat(row("List 8", 0)).containsExactlyElementsOf(concat(child,
                "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "Does the Child have a Disability",
                "Date Started to be Looked After", "Child's Category of Need",
                "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
                "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review",
                "Date of Last Social Work Visit", "What is the permanence plan for this child?",
                "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment", "Date of Last Dental Check",
                "Number of Placements in the Last 12 months", "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
                "Start Date of Most Recent Placement", "Placement Type", "Placement Provider", "Placement postcode",
                "URN of Placement", "Placement Location", "LA of Placement",
                "Number of Episodes the Child has been ‘Missing’ from their Placement in the last 12 months",
                "Number of Episodes the Child has been ‘Absent’ from their Placement in the last 12 months",
                "Was the child offered a Return Interview after their last missing episode (Y/N)?",
                "Did the child accept a Return Interview after their last missing episode (Y/N)?", "Allocated Team",
                "Allocated Worker"));
    }

    private static List<Object> concat(List<Object> first, Object... rest) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(Arrays.asList(rest));
        return all;
    }

    @Test
    void list_1_contacts_received_in_the_period_first_and_last_day_included() {
        assertThat(rows("List 1")).isEqualTo(2);
        assertThat(row("List 1", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, day(2025, 6, 1),
                "6: police"));
        assertThat(row("List 1", 2)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, day(2026, 3, 31),
                "2A: schools"));
    }

    @Test
    void list_2_early_help_assessments_open_in_the_period() {
        assertThat(rows("List 2")).isEqualTo(2);
        assertThat(row("List 2", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, day(2025, 4, 10),
                day(2025, 6, 5), "Family Hub North"));
        assertThat(row("List 2", 2)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, day(2026, 2, 1), null,
                "Family Hub North"));
    }

    @Test
    void list_3_referrals_in_the_period_counting_earlier_referrals_in_the_12_months_before() {
        assertThat(rows("List 3")).isEqualTo(2);
        assertThat(row("List 3", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, day(2025, 6, 2),
                "6: police", "b) No", 1, "team-north", "north.worker"));
        assertThat(row("List 3", 2)).isEqualTo(cells("CF0302", "a) Male", "a) WBRI", day(2015, 1, 1), 11, day(2025, 9, 1),
                "2A: schools", "b) No", 0, "team-south", "south.worker"));
    }

    @Test
    void list_4_assessments() {
        assertThat(rows("List 4")).isEqualTo(1);
        assertThat(row("List 4", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, "b) No", day(2025, 6, 3),
                "a) Yes", day(2025, 7, 1), "a) Yes", "team-north", "north.worker"));
    }

    @Test
    void list_5_section_47_enquiries_and_their_conferences() {
        assertThat(rows("List 5")).isEqualTo(1);
        assertThat(row("List 5", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, "b) No",
                day(2025, 6, 20), "b) No", day(2025, 7, 8), "a) Yes", 0, 0, "team-north", "north.worker"));
    }

    @Test
    void list_6_children_in_need_with_their_case_status_at_the_end_of_the_period() {
        assertThat(rows("List 6")).isEqualTo(3);
        assertThat(row("List 6", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, "b) No", day(2025, 6, 2),
                "N1: abuse or neglect", day(2026, 3, 20), null, null, "b) Child Protection plan", "team-north", "north.worker"));
        assertThat(row("List 6", 2)).isEqualTo(cells("CF0301", "a) Male", "o) BAFR", day(2010, 1, 31), 16, "a) Yes", day(2024, 12, 1),
                "N4: family in acute stress", null, null, null, "a) Looked after child", "team-north", "north.worker"));
        assertThat(row("List 6", 3)).isEqualTo(cells("CF0302", "a) Male", "a) WBRI", day(2015, 1, 1), 11, "b) No", day(2025, 9, 1),
                "N2: child's disability", null, day(2025, 12, 15), "RC9: case closed after assessment, referred to early help",
                "e) Closed episode", "team-south", "south.worker"));
    }

    @Test
    void list_7_child_protection_plans() {
        assertThat(rows("List 7")).isEqualTo(1);
        assertThat(row("List 7", 1)).isEqualTo(cells("CF0300", "b) Female", "a) WBRI", day(2015, 8, 20), 10, "b) No", day(2025, 7, 8),
                "NEG: neglect", "EMO: emotional abuse", day(2026, 3, 25), "a) Yes", day(2025, 10, 7), null, "b) No", 0, "team-north",
                "north.worker"));
    }

    @Test
    void list_8_children_in_care_with_what_the_case_record_holds_and_blanks_for_what_it_does_not() {
        assertThat(rows("List 8")).isEqualTo(1);
        assertThat(row("List 8", 1)).isEqualTo(cells("CF0301", "a) Male", "o) BAFR", day(2010, 1, 31), 16, "b) No", "a) Yes",
                day(2026, 1, 5), "N1: abuse or neglect", "b) No", day(2026, 2, 1), "C1: interim care order", day(2026, 2, 2),
                day(2026, 3, 10), null, null, null, null, 2, null, null, day(2026, 3, 1), "K2: children's home",
                "PR4: private provision", "ME1", "SC123456", null, null, 1, 1, null, null, "team-cic", "cic.worker"));
    }

    @Test
    void dates_are_date_cells_shown_day_month_year() {
        Cell dateOfContact = workbook.getSheet("List 1").getRow(1).getCell(5);

        assertThat(DateUtil.isCellDateFormatted(dateOfContact)).isTrue();
        assertThat(dateOfContact.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    }
}
