package org.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatutoryTimescaleTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} {1}: {2} {3}")
    @CsvSource({
        "T1,  CONTACT_DECISION,                    1,  WORKING_DAYS",
        "T3,  ASSESSMENT,                          45, WORKING_DAYS",
        "T4,  INITIAL_CHILD_PROTECTION_CONFERENCE, 15, WORKING_DAYS",
        "T5,  FIRST_CORE_GROUP,                    10, WORKING_DAYS",
        "T7,  FIRST_REVIEW_CONFERENCE,             3,  CALENDAR_MONTHS",
        "T8,  LATER_REVIEW_CONFERENCE,             6,  CALENDAR_MONTHS",
        "T12, CLA_VISIT_AFTER_PLACEMENT,           1,  CALENDAR_WEEKS",
        "T13, CLA_VISIT_FIRST_YEAR,                6,  CALENDAR_WEEKS",
        "T17, FIRST_CLA_REVIEW,                    20, WORKING_DAYS",
        "T18, SECOND_CLA_REVIEW,                   3,  CALENDAR_MONTHS",
        "T19, LATER_CLA_REVIEW,                    6,  CALENDAR_MONTHS",
        "T20, EMERGENCY_PLACEMENT_PLAN,            5,  WORKING_DAYS"})
    void each_rule_has_its_documented_id_limit_and_unit(String id, StatutoryTimescale timescale, int limit,
            TimescaleUnit unit) {
        assertThat(timescale.id()).isEqualTo(id);
        assertThat(timescale.limit()).isEqualTo(limit);
        assertThat(timescale.unit()).isEqualTo(unit);
        assertThat(timescale.description()).isNotBlank();
        assertThat(StatutoryTimescale.byId(id)).isEqualTo(timescale);
    }

    @Test
    void ids_are_unique_and_unknown_ids_are_refused() {
        assertThat(Arrays.stream(StatutoryTimescale.values()).map(StatutoryTimescale::id)).doesNotHaveDuplicates();
        assertThatThrownBy(() -> StatutoryTimescale.byId("T99")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} from {1}: due {2}")
    @CsvSource({
        // working days: the clock start is day 0
        "CONTACT_DECISION,                    2025-12-19, 2025-12-22", // Fri -> Mon
        "ASSESSMENT,                          2025-03-03, 2025-05-08", // over Easter and early May
        "ASSESSMENT,                          2025-12-22, 2026-02-26", // over Christmas and New Year
        "INITIAL_CHILD_PROTECTION_CONFERENCE, 2025-12-18, 2026-01-13",
        "FIRST_CORE_GROUP,                    2026-01-13, 2026-01-27",
        "FIRST_CLA_REVIEW,                    2025-12-01, 2025-12-31", // 24 and 31 Dec count
        "EMERGENCY_PLACEMENT_PLAN,            2025-12-24, 2026-01-05",
        // calendar months, clamped to the month end
        "FIRST_REVIEW_CONFERENCE,             2025-11-30, 2026-02-28",
        "LATER_REVIEW_CONFERENCE,             2025-08-31, 2026-02-28",
        "SECOND_CLA_REVIEW,                   2025-05-31, 2025-08-31",
        "LATER_CLA_REVIEW,                    2024-02-29, 2024-08-29",
        // calendar weeks, no exclusions: a bank holiday can be the deadline
        "CLA_VISIT_AFTER_PLACEMENT,           2025-12-19, 2025-12-26",
        "CLA_VISIT_FIRST_YEAR,                2025-12-01, 2026-01-12"})
    void the_deadline_is_the_last_compliant_day(StatutoryTimescale timescale, LocalDate clockStart,
            LocalDate deadline) {
        assertThat(timescale.deadline(CALENDAR, clockStart)).isEqualTo(deadline);
    }

    @Test
    void an_assessment_is_at_risk_from_working_day_35_ten_working_days_before_the_deadline() {
        LocalDate referral = date("2025-03-03");
        LocalDate atRisk = StatutoryTimescale.ASSESSMENT.atRisk(CALENDAR, referral);

        assertThat(StatutoryTimescale.ASSESSMENT.atRiskAfter()).isEqualTo(35);
        assertThat(atRisk).isEqualTo(date("2025-04-23"));
        assertThat(CALENDAR.workingDaysBetween(atRisk, StatutoryTimescale.ASSESSMENT.deadline(CALENDAR, referral)))
                .isEqualTo(10);
    }

    @Test
    void a_contact_decision_is_at_risk_on_its_deadline_day() {
        LocalDate received = date("2025-12-19");

        assertThat(StatutoryTimescale.CONTACT_DECISION.atRisk(CALENDAR, received))
                .isEqualTo(StatutoryTimescale.CONTACT_DECISION.deadline(CALENDAR, received))
                .isEqualTo(date("2025-12-22"));
    }

    @ParameterizedTest
    @EnumSource(value = StatutoryTimescale.class, mode = EnumSource.Mode.EXCLUDE, names = "ASSESSMENT")
    void other_timescales_are_at_risk_on_the_deadline_day(StatutoryTimescale timescale) {
        LocalDate clockStart = date("2025-12-18");

        assertThat(timescale.atRisk(CALENDAR, clockStart)).isEqualTo(timescale.deadline(CALENDAR, clockStart));
    }

    @ParameterizedTest
    @EnumSource(StatutoryTimescale.class)
    void the_at_risk_point_is_never_after_the_deadline(StatutoryTimescale timescale) {
        assertThat(timescale.atRiskAfter()).isBetween(0, timescale.limit());
    }
}
