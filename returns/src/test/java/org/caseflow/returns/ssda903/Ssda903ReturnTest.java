package org.caseflow.returns.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.returns.fixtures.CareBuilder.lookedAfterFrom;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.LegalStatus;
import org.caseflow.returns.record.MissingEpisode;
import org.caseflow.returns.record.MissingKind;
import org.caseflow.returns.record.PlacementChangeReason;
import org.caseflow.returns.record.PlacementProvider;
import org.caseflow.returns.record.PlacementType;
import org.caseflow.returns.record.ReasonCeased;
import org.caseflow.returns.record.ReviewParticipation;
import org.caseflow.returns.record.Sex;
import org.junit.jupiter.api.Test;

class Ssda903ReturnTest {

    /**
     * Looked after from 1 May 2025 under section 20 with a foster carer; an interim care order on
     * 15 June; a move to a children's home on 1 September; a full care order and a long-term foster
     * placement on the same day, 10 January 2026; home again on 20 April 2026, after the year.
     */
    private static final ChildRecord ALEX = child("CF0100")
            .upn("B123456789012")
            .born(LocalDate.of(2012, 3, 4))
            .sex(Sex.F)
            .care(lookedAfterFrom(LocalDate.of(2025, 5, 1), LegalStatus.V2, PlacementType.U6, PlacementProvider.PR1)
                    .home("SE6")
                    .legalStatus(LocalDate.of(2025, 6, 15), LegalStatus.C1)
                    .moved(LocalDate.of(2025, 9, 1), PlacementType.K2, PlacementProvider.PR4, "ME1", "SC123456",
                            PlacementChangeReason.CREQB)
                    .legalStatus(LocalDate.of(2026, 1, 10), LegalStatus.C2)
                    .moved(LocalDate.of(2026, 1, 10), PlacementType.U4, PlacementProvider.PR1, "SE9", null, PlacementChangeReason.CARPL)
                    .review(LocalDate.of(2025, 5, 29), ReviewParticipation.PN1)
                    .review(LocalDate.of(2025, 8, 20), ReviewParticipation.PN1)
                    .review(LocalDate.of(2026, 2, 10), ReviewParticipation.PN5)
                    .review(LocalDate.of(2026, 4, 15), ReviewParticipation.PN1)
                    .ceased(LocalDate.of(2026, 4, 20), ReasonCeased.E4A))
            .missing(new MissingEpisode(MissingKind.MISSING, LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 4)))
            .missing(new MissingEpisode(MissingKind.AWAY, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2)))
            .missing(new MissingEpisode(MissingKind.MISSING, LocalDate.of(2026, 4, 5), LocalDate.of(2026, 4, 6)))
            .build();

    /** An unaccompanied asylum-seeking boy, looked after all year. */
    private static final ChildRecord SAM = child("CF0101")
            .born(LocalDate.of(2009, 2, 1))
            .unaccompaniedAsylumSeeking(null)
            .care(lookedAfterFrom(LocalDate.of(2024, 11, 18), LegalStatus.V2, PlacementType.K3, PlacementProvider.PR4))
            .build();

    private static Ssda903Table table(FinancialYear year, String name, ChildRecord... children) {
        return new Ssda903Return(year).tables(List.of(children)).stream()
                .filter(table -> table.name().equals(name)).findFirst().orElseThrow();
    }

    /** The table as the DfE's loader reads it: the CSV parsed back, header row first. */
    private static List<List<String>> csv(Ssda903Table table) {
        try (CSVParser parser = CSVParser.parse(new StringReader(table.toCsv()), CSVFormat.DEFAULT)) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_tables_are_the_dfes_in_loading_order() {
        List<Ssda903Table> tables = new Ssda903Return(YEAR_2025_26).tables(List.of(ALEX));

        assertThat(tables).extracting(Ssda903Table::fileName)
                .containsExactly("Header.csv", "Episodes.csv", "Reviews.csv", "UASC.csv", "Missing.csv");
    }

    @Test
    void header_cell_by_cell() {
        assertThat(csv(table(YEAR_2025_26, "Header", SAM, ALEX))).containsExactly(
                List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"),
                List.of("CF0100", "F", "04/03/2012", "WBRI", "B123456789012", "0", ""),
                List.of("CF0101", "M", "01/02/2009", "WBRI", "UN1", "", ""));
    }

    @Test
    void a_young_mother_has_her_first_childs_date_of_birth() {
        ChildRecord mother = child("CF0102").born(LocalDate.of(2009, 6, 1)).sex(Sex.F).motherOfChildBornOn(LocalDate.of(2025, 12, 2))
                .care(lookedAfterFrom(LocalDate.of(2025, 11, 1), LegalStatus.V2, PlacementType.R3, PlacementProvider.PR4)).build();

        assertThat(csv(table(YEAR_2025_26, "Header", mother)).get(1)).containsExactly("CF0102", "F", "01/06/2009", "WBRI", "UN1", "1",
                "02/12/2025");
    }

    @Test
    void episodes_cell_by_cell_one_for_each_change_of_legal_status_or_placement() {
        assertThat(csv(table(YEAR_2025_26, "Episodes", ALEX))).containsExactly(
                List.of("CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC", "REASON_PLACE_CHANGE", "HOME_POST",
                        "PL_POST", "URN"),
                List.of("CF0100", "01/05/2025", "S", "V2", "N1", "U6", "PR1", "15/06/2025", "X1", "", "SE6", "SE9", ""),
                List.of("CF0100", "15/06/2025", "L", "C1", "N1", "U6", "PR1", "01/09/2025", "X1", "CREQB", "SE6", "SE9", ""),
                List.of("CF0100", "01/09/2025", "P", "C1", "N1", "K2", "PR4", "10/01/2026", "X1", "CARPL", "SE6", "ME1", "SC123456"),
                // open on 31 March: it ceases in the next year
                List.of("CF0100", "10/01/2026", "T", "C2", "N1", "U4", "PR1", "", "", "", "SE6", "SE9", ""));
    }

    @Test
    void the_episode_open_on_31_march_ceases_in_the_next_years_return() {
        assertThat(csv(table(new FinancialYear(2026), "Episodes", ALEX))).containsExactly(
                Ssda903Return.EPISODES,
                List.of("CF0100", "10/01/2026", "T", "C2", "N1", "U4", "PR1", "20/04/2026", "E4A", "", "SE6", "SE9", ""));
    }

    @Test
    void care_that_ended_on_31_march_is_left_out_and_care_that_ended_on_1_april_is_in() {
        ChildRecord endedBefore = child("CF0103").care(lookedAfterFrom(LocalDate.of(2025, 1, 6), LegalStatus.V2, PlacementType.U3,
                PlacementProvider.PR1).ceased(LocalDate.of(2025, 3, 31), ReasonCeased.E4A)).build();
        ChildRecord endedFirstDay = child("CF0104").care(lookedAfterFrom(LocalDate.of(2025, 1, 6), LegalStatus.V2, PlacementType.U3,
                PlacementProvider.PR1).ceased(LocalDate.of(2025, 4, 1), ReasonCeased.E13)).build();
        ChildRecord startedLastDay = child("CF0105").care(lookedAfterFrom(LocalDate.of(2026, 3, 31), LegalStatus.L2, PlacementType.U6,
                PlacementProvider.PR1)).build();

        List<List<String>> episodes = csv(table(YEAR_2025_26, "Episodes", endedBefore, endedFirstDay, startedLastDay));

        assertThat(episodes).extracting(row -> row.get(0)).containsExactly("CHILD", "CF0104", "CF0105");
        assertThat(episodes.get(1).subList(1, 9)).containsExactly("06/01/2025", "S", "V2", "N1", "U3", "PR1", "01/04/2025", "E13");
        assertThat(episodes.get(2).subList(1, 9)).containsExactly("31/03/2026", "S", "L2", "N1", "U6", "PR1", "", "");
        assertThat(csv(table(YEAR_2025_26, "Header", endedBefore, endedFirstDay, startedLastDay)))
                .extracting(row -> row.get(0)).containsExactly("CHILD", "CF0104", "CF0105");
    }

    @Test
    void reviews_held_in_the_year_cell_by_cell() {
        assertThat(csv(table(YEAR_2025_26, "Reviews", ALEX))).containsExactly(
                List.of("CHILD", "DOB", "REVIEW", "REVIEW_CODE"),
                List.of("CF0100", "04/03/2012", "29/05/2025", "PN1"),
                List.of("CF0100", "04/03/2012", "20/08/2025", "PN1"),
                List.of("CF0100", "04/03/2012", "10/02/2026", "PN5"));
    }

    @Test
    void missing_in_the_year_cell_by_cell_one_still_missing_on_31_march_returned_open() {
        assertThat(csv(table(YEAR_2025_26, "Missing", ALEX))).containsExactly(
                List.of("CHILD", "DOB", "MISSING", "MIS_START", "MIS_END"),
                List.of("CF0100", "04/03/2012", "M", "03/10/2025", "04/10/2025"),
                List.of("CF0100", "04/03/2012", "A", "30/03/2026", ""));
    }

    @Test
    void uasc_cell_by_cell_the_status_ending_at_18_when_no_earlier_end_is_recorded() {
        ChildRecord ceasedEarlier = child("CF0106").born(LocalDate.of(2008, 9, 9)).unaccompaniedAsylumSeeking(LocalDate.of(2025, 3, 1))
                .care(lookedAfterFrom(LocalDate.of(2024, 6, 3), LegalStatus.V2, PlacementType.K3, PlacementProvider.PR4)).build();

        assertThat(csv(table(YEAR_2025_26, "UASC", SAM, ALEX, ceasedEarlier))).containsExactly(
                List.of("CHILD", "SEX", "DOB", "DUC"),
                List.of("CF0101", "M", "01/02/2009", "01/02/2027"));
    }

    @Test
    void csv_has_a_header_row_and_crlf_line_ends_and_quotes_only_what_needs_it() {
        Ssda903Table table = new Ssda903Table("Reviews", Ssda903Return.REVIEWS,
                List.of(List.of("CF0100", "04/03/2012", "29/05/2025", "PN1"), Arrays.asList("CF,1", "", "01/06/2025", null)));

        assertThat(table.toCsv()).isEqualTo("CHILD,DOB,REVIEW,REVIEW_CODE\r\nCF0100,04/03/2012,29/05/2025,PN1\r\n\"CF,1\",,01/06/2025,\r\n");
    }
}
