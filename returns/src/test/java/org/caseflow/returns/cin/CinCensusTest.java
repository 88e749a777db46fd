package org.caseflow.returns.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseflow.returns.fixtures.ChildBuilder.child;
import static org.caseflow.returns.fixtures.EpisodeBuilder.referral;
import static org.caseflow.returns.fixtures.Journeys.YEAR_2025_26;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import org.caseflow.calendar.FinancialYear;
import org.caseflow.returns.fixtures.Journeys;
import org.caseflow.returns.record.AbuseCategory;
import org.caseflow.returns.record.AssessmentFactor;
import org.caseflow.returns.record.ChildRecord;
import org.caseflow.returns.record.Disability;
import org.caseflow.returns.record.ReasonForClosure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class CinCensusTest {

    private static final CensusSource SOURCE = new CensusSource("209", "Caseflow", "0.1.0", "001",
            LocalDateTime.of(2026, 4, 14, 9, 30, 15, 123_000_000));

    private static CensusXml census(FinancialYear year, ChildRecord... children) {
        return CensusXml.validated(new CinCensus(year, SOURCE).toXml(List.of(children)));
    }

    private static CensusXml census(ChildRecord... children) {
        return census(YEAR_2025_26, children);
    }

    @Test
    void the_header_names_the_collection_its_year_and_the_council() {
        CensusXml xml = census(Journeys.fullJourney());

        assertThat(xml.text("/Message/Header/CollectionDetails/Collection")).isEqualTo("CIN");
        assertThat(xml.text("/Message/Header/CollectionDetails/Year")).isEqualTo("2026");
        assertThat(xml.text("/Message/Header/CollectionDetails/ReferenceDate")).isEqualTo("2026-03-31");
        assertThat(xml.text("/Message/Header/Source/SourceLevel")).isEqualTo("L");
        assertThat(xml.text("/Message/Header/Source/LEA")).isEqualTo("209");
        assertThat(xml.text("/Message/Header/Source/SoftwareCode")).isEqualTo("Caseflow");
        assertThat(xml.text("/Message/Header/Source/Release")).isEqualTo("0.1.0");
        assertThat(xml.text("/Message/Header/Source/SerialNo")).isEqualTo("001");
        assertThat(xml.text("/Message/Header/Source/DateTime")).isEqualTo("2026-04-14T09:30:15");
    }

    @Test
    void a_full_journey_is_in_the_census_as_the_record_holds_it() {
        CensusXml xml = census(Journeys.fullJourney());
        String child = "/Message/Children/Child[ChildIdentifiers/LAchildID='CF0001']";
        String details = child + "/CINdetails";

        assertThat(xml.count("/Message/Children/Child")).isEqualTo(1);
        assertThat(xml.text(child + "/ChildIdentifiers/UPN")).isEqualTo("D208123425001");
        assertThat(xml.text(child + "/ChildIdentifiers/PersonBirthDate")).isEqualTo("2018-05-14");
        assertThat(xml.text(child + "/ChildIdentifiers/Sex")).isEqualTo("F");
        xml.hasNo(child + "/ChildIdentifiers/UPNunknown");
        assertThat(xml.text(child + "/ChildCharacteristics/Ethnicity")).isEqualTo("MWBC");
        assertThat(xml.texts(child + "/ChildCharacteristics/Disabilities/Disability")).containsExactly("AUT");

        assertThat(xml.count(details)).isEqualTo(1);
        assertThat(xml.text(details + "/CINreferralDate")).isEqualTo("2025-06-02");
        assertThat(xml.text(details + "/ReferralSource")).isEqualTo("2A");
        assertThat(xml.text(details + "/PrimaryNeedCode")).isEqualTo("N1");
        assertThat(xml.text(details + "/CINclosureDate")).isEqualTo("2026-03-30");
        assertThat(xml.text(details + "/ReasonForClosure")).isEqualTo("RC7");
        assertThat(xml.text(details + "/ReferralNFA")).isEqualTo("false");
        xml.hasNo(details + "/DateOfInitialCPC");

        assertThat(xml.text(details + "/Assessments/AssessmentActualStartDate")).isEqualTo("2025-06-03");
        assertThat(xml.text(details + "/Assessments/AssessmentAuthorisationDate")).isEqualTo("2025-07-01");
        assertThat(xml.texts(details + "/Assessments/FactorsIdentifiedAtAssessment/AssessmentFactors")).containsExactly("3B", "4B");

        assertThat(xml.text(details + "/Section47/S47ActualStartDate")).isEqualTo("2025-06-20");
        assertThat(xml.text(details + "/Section47/InitialCPCtarget")).isEqualTo("2025-07-11");
        assertThat(xml.text(details + "/Section47/DateOfInitialCPC")).isEqualTo("2025-07-08");
        assertThat(xml.text(details + "/Section47/ICPCnotRequired")).isEqualTo("false");

        assertThat(xml.text(details + "/ChildProtectionPlans/CPPstartDate")).isEqualTo("2025-07-08");
        assertThat(xml.text(details + "/ChildProtectionPlans/CPPendDate")).isEqualTo("2026-03-24");
        assertThat(xml.text(details + "/ChildProtectionPlans/InitialCategoryOfAbuse")).isEqualTo("NEG");
        assertThat(xml.text(details + "/ChildProtectionPlans/LatestCategoryOfAbuse")).isEqualTo("EMO");
        assertThat(xml.text(details + "/ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("0");
        assertThat(xml.texts(details + "/ChildProtectionPlans/Reviews/CPPreviewDate")).containsExactly("2025-10-07", "2026-03-24");

        assertThat(xml.text(details + "/CINPlanDates/CINPlanStartDate")).isEqualTo("2026-03-24");
        assertThat(xml.text(details + "/CINPlanDates/CINPlanEndDate")).isEqualTo("2026-03-30");
    }

    @Test
    void the_items_of_an_episode_are_in_the_specifications_order() {
        CensusXml xml = census(Journeys.fullJourney());

        assertThat(xml.childNames("/Message/Children/Child/CINdetails")).containsExactly("CINreferralDate", "ReferralSource",
                "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "Assessments", "CINPlanDates", "Section47", "ReferralNFA",
                "ChildProtectionPlans");
        assertThat(xml.childNames("/Message/Children/Child/ChildIdentifiers")).containsExactly("LAchildID", "UPN", "PersonBirthDate",
                "Sex");
    }

    @Test
    void children_are_in_la_child_id_order_and_one_with_no_episode_in_the_year_is_left_out() {
        ChildRecord lastYearOnly = child("CF0002").episode(referral(LocalDate.of(2024, 9, 1))
                .closed(LocalDate.of(2025, 3, 31), ReasonForClosure.RC8)).build();
        ChildRecord second = child("CF0003").episode(referral(LocalDate.of(2025, 9, 1))).build();
        ChildRecord first = Journeys.fullJourney();

        CensusXml xml = census(second, lastYearOnly, first);

        assertThat(xml.texts("/Message/Children/Child/ChildIdentifiers/LAchildID")).containsExactly("CF0001", "CF0003");
    }

    @Test
    void an_unborn_child_has_an_expected_date_of_birth_and_sex_u() {
        ChildRecord unborn = child("CF0004").unbornExpected(LocalDate.of(2026, 5, 20))
                .episode(referral(LocalDate.of(2026, 1, 12))).build();

        CensusXml xml = census(unborn);

        assertThat(xml.text("//ChildIdentifiers/ExpectedPersonBirthDate")).isEqualTo("2026-05-20");
        assertThat(xml.text("//ChildIdentifiers/Sex")).isEqualTo("U");
        assertThat(xml.text("//ChildIdentifiers/UPNunknown")).isEqualTo("UN1");
        xml.hasNo("//ChildIdentifiers/PersonBirthDate");
    }

    @Test
    void a_referral_closed_with_no_further_action_has_no_primary_need_and_says_so() {
        ChildRecord child = child("CF0005").episode(referral(LocalDate.of(2025, 5, 6)).primaryNeed(null).noFurtherAction()
                .closed(LocalDate.of(2025, 5, 7), ReasonForClosure.RC8)).build();

        CensusXml xml = census(child);

        assertThat(xml.text("//CINdetails/ReferralNFA")).isEqualTo("true");
        xml.hasNo("//CINdetails/PrimaryNeedCode");
    }

    @Test
    void the_number_of_previous_plans_counts_every_earlier_plan_in_the_record() {
        ChildRecord child = child("CF0006")
                .episode(referral(LocalDate.of(2023, 2, 1))
                        .section47(LocalDate.of(2023, 2, 3), LocalDate.of(2023, 2, 24), LocalDate.of(2023, 2, 20))
                        .cpPlan(LocalDate.of(2023, 2, 20), LocalDate.of(2023, 11, 1), AbuseCategory.NEGLECT, AbuseCategory.NEGLECT)
                        .closed(LocalDate.of(2023, 12, 1), ReasonForClosure.RC7))
                .episode(referral(LocalDate.of(2025, 8, 4))
                        .section47(LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 26), LocalDate.of(2025, 8, 21))
                        .cpPlan(LocalDate.of(2025, 8, 21), null, AbuseCategory.PHYSICAL_ABUSE, AbuseCategory.PHYSICAL_ABUSE))
                .build();

        CensusXml xml = census(child);

        assertThat(xml.count("//CINdetails")).isEqualTo(1);
        assertThat(xml.text("//ChildProtectionPlans/NumberOfPreviousCPP")).isEqualTo("1");
        xml.hasNo("//ChildProtectionPlans/CPPendDate");
    }

    @Test
    void the_schema_refuses_what_the_2025_26_specification_does_not_allow() {
        String oldGender = new String(new CinCensus(YEAR_2025_26, SOURCE).toXml(List.of(Journeys.fullJourney())), StandardCharsets.UTF_8)
                .replace("<Sex>F</Sex>", "<GenderCurrent>2</GenderCurrent>");
        String retiredFactor = new String(new CinCensus(YEAR_2025_26, SOURCE).toXml(List.of(Journeys.fullJourney())),
                StandardCharsets.UTF_8).replace("<AssessmentFactors>3B</AssessmentFactors>", "<AssessmentFactors>18A</AssessmentFactors>");

        assertThatThrownBy(() -> validate(oldGender)).isInstanceOf(SAXException.class).hasMessageContaining("GenderCurrent");
        assertThatThrownBy(() -> validate(retiredFactor)).isInstanceOf(SAXException.class).hasMessageContaining("18A");
    }

    private static void validate(String xml) throws Exception {
        CensusXml.schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
    }

    @Nested
    class YearBoundaries {

        private final ChildRecord openAcrossYearEnd = child("CF0010")
                .episode(referral(LocalDate.of(2025, 2, 10))
                        .assessment(LocalDate.of(2025, 2, 11), LocalDate.of(2025, 3, 20), AssessmentFactor.NEGLECT)
                        .cinPlan(LocalDate.of(2025, 3, 20), LocalDate.of(2026, 4, 15))
                        .closed(LocalDate.of(2026, 5, 5), ReasonForClosure.RC7))
                .build();

        @Test
        void an_episode_open_across_31_march_is_in_both_years_and_open_at_the_end_of_each() {
            CensusXml earlier = census(new FinancialYear(2024), openAcrossYearEnd);
            CensusXml year = census(YEAR_2025_26, openAcrossYearEnd);
            CensusXml later = census(new FinancialYear(2026), openAcrossYearEnd);

            assertThat(earlier.text("//CINdetails/CINreferralDate")).isEqualTo("2025-02-10");
            earlier.hasNo("//CINdetails/CINclosureDate");
            assertThat(earlier.text("//Assessments/AssessmentAuthorisationDate")).isEqualTo("2025-03-20");

            assertThat(year.text("//CINdetails/CINreferralDate")).isEqualTo("2025-02-10");
            year.hasNo("//CINdetails/CINclosureDate");
            year.hasNo("//CINdetails/ReasonForClosure");
            year.hasNo("//CINPlanDates/CINPlanEndDate");
            // authorised in the year before: not open in this one
            year.hasNo("//Assessments");

            assertThat(later.text("//CINdetails/CINclosureDate")).isEqualTo("2026-05-05");
            assertThat(later.text("//CINdetails/ReasonForClosure")).isEqualTo("RC7");
            assertThat(later.text("//CINPlanDates/CINPlanEndDate")).isEqualTo("2026-04-15");
        }

        @Test
        void a_referral_on_1_april_belongs_to_the_year_it_starts() {
            ChildRecord referredFirstDay = child("CF0011").episode(referral(LocalDate.of(2026, 4, 1))).build();
            ChildRecord referredLastDay = child("CF0012").episode(referral(LocalDate.of(2026, 3, 31))).build();

            CensusXml year = census(YEAR_2025_26, Journeys.fullJourney(), referredFirstDay, referredLastDay);
            CensusXml next = census(new FinancialYear(2026), referredFirstDay, referredLastDay);

            assertThat(year.texts("//LAchildID")).containsExactly("CF0001", "CF0012");
            assertThat(next.texts("//LAchildID")).containsExactly("CF0011", "CF0012");
            assertThat(next.text("//Child[ChildIdentifiers/LAchildID='CF0011']/CINdetails/CINreferralDate")).isEqualTo("2026-04-01");
        }

        @Test
        void an_episode_closed_on_1_april_is_in_that_year_and_one_closed_on_31_march_is_not() {
            ChildRecord closedFirstDay = child("CF0013").episode(referral(LocalDate.of(2025, 1, 6))
                    .closed(LocalDate.of(2025, 4, 1), ReasonForClosure.RC9)).build();
            ChildRecord closedDayBefore = child("CF0014").episode(referral(LocalDate.of(2025, 1, 6))
                    .closed(LocalDate.of(2025, 3, 31), ReasonForClosure.RC9)).build();

            CensusXml year = census(closedFirstDay, closedDayBefore);

            assertThat(year.texts("//LAchildID")).containsExactly("CF0013");
            assertThat(year.text("//CINdetails/CINclosureDate")).isEqualTo("2025-04-01");
            assertThat(year.text("//CINdetails/ReasonForClosure")).isEqualTo("RC9");
        }

        @Test
        void what_happened_after_31_march_is_not_yet_in_the_census() {
            ChildRecord child = child("CF0015").episode(referral(LocalDate.of(2026, 3, 2))
                    .assessment(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 4, 2), AssessmentFactor.NEGLECT)
                    .section47(LocalDate.of(2026, 3, 25), LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 10))
                    .cpPlan(LocalDate.of(2026, 4, 10), null, AbuseCategory.NEGLECT, AbuseCategory.NEGLECT))
                    .build();

            CensusXml xml = census(child);

            assertThat(xml.text("//Assessments/AssessmentActualStartDate")).isEqualTo("2026-03-03");
            xml.hasNo("//Assessments/AssessmentAuthorisationDate");
            xml.hasNo("//Assessments/FactorsIdentifiedAtAssessment");
            assertThat(xml.text("//Section47/S47ActualStartDate")).isEqualTo("2026-03-25");
            assertThat(xml.text("//Section47/InitialCPCtarget")).isEqualTo("2026-04-16");
            xml.hasNo("//Section47/DateOfInitialCPC");
            assertThat(xml.text("//Section47/ICPCnotRequired")).isEqualTo("false");
            xml.hasNo("//ChildProtectionPlans");
        }

        @Test
        void a_plan_open_across_the_year_keeps_only_the_reviews_held_in_it() {
            ChildRecord child = child("CF0016").episode(referral(LocalDate.of(2024, 11, 4))
                    .section47(LocalDate.of(2024, 11, 5), LocalDate.of(2024, 11, 26), LocalDate.of(2024, 11, 25))
                    .cpPlan(LocalDate.of(2024, 11, 25), LocalDate.of(2026, 4, 21), AbuseCategory.SEXUAL_ABUSE, AbuseCategory.MULTIPLE,
                            LocalDate.of(2025, 2, 24), LocalDate.of(2025, 8, 18), LocalDate.of(2026, 2, 9), LocalDate.of(2026, 4, 21)))
                    .build();

            CensusXml xml = census(child);

            assertThat(xml.texts("//CPPreviewDate")).containsExactly("2025-08-18", "2026-02-09");
            xml.hasNo("//ChildProtectionPlans/CPPendDate");
            // the enquiry and its conference were in the year before
            xml.hasNo("//Section47");
            assertThat(xml.text("//ChildProtectionPlans/LatestCategoryOfAbuse")).isEqualTo("MUL");
        }

        @Test
        void a_section_47_that_needed_no_conference_counts_once_completed_within_the_year() {
            ChildRecord child = child("CF0017").episode(referral(LocalDate.of(2026, 3, 9))
                    .section47NoConference(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 27))
                    .section47NoConference(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 8))).build();

            CensusXml xml = census(child);

            assertThat(xml.texts("//Section47/ICPCnotRequired")).containsExactly("true", "false");
        }
    }

    @Test
    void the_header_refuses_an_la_number_or_serial_number_the_schema_would_refuse() {
        LocalDateTime now = LocalDateTime.of(2026, 4, 14, 9, 30);

        assertThatThrownBy(() -> new CensusSource("2090", "Caseflow", "0.1.0", "001", now)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2090");
        assertThatThrownBy(() -> new CensusSource("209", "Caseflow", "0.1.0", "1", now)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serial");
    }

    @Test
    void a_death_is_in_the_census_of_the_year_it_happened_in() {
        ChildRecord child = child("CF0019").died(LocalDate.of(2026, 4, 3)).episode(referral(LocalDate.of(2026, 3, 2))).build();

        census(YEAR_2025_26, child).hasNo("//PersonDeathDate");
        assertThat(census(new FinancialYear(2026), child).text("//PersonDeathDate")).isEqualTo("2026-04-03");
    }

    @Test
    void disabilities_are_listed_as_recorded() {
        ChildRecord child = child("CF0018").disabilities(Disability.HEAR, Disability.LD).episode(referral(LocalDate.of(2025, 7, 1))).build();

        assertThat(census(child).texts("//Disabilities/Disability")).containsExactly("HEAR", "LD");
    }
}
