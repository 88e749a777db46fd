package org.caseflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each council's own timescales (the [L] rules of docs/statutory-rules.md): England's common ones unless it says otherwise. */
class LocalTimescalesTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void withoutAChoiceTheCommonIntervalsApply() {
        Timescales timescales = new Timescales(LocalTimescales.englandCommon());

        assertThat(timescales.byId(LocalTimescales.CP_VISIT).limitInWords()).isEqualTo("10 working days");
        assertThat(timescales.byId(LocalTimescales.CIN_VISIT).limitInWords()).isEqualTo("20 working days");
        assertThat(timescales.byId(LocalTimescales.LATER_CORE_GROUP).limitInWords()).isEqualTo("4 weeks");
        assertThat(timescales.byId(LocalTimescales.STRATEGY_DISCUSSION).limitInWords()).isEqualTo("1 working day");
        assertThat(timescales.byId("T3")).isSameAs(StatutoryTimescale.ASSESSMENT);
        assertThat(timescales.byId("T1").limitInWords()).isEqualTo("1 working day");
    }

    @Test
    void aCouncilsChoiceReplacesTheCommonIntervalAndCountsFromTheLastVisit() {
        Timescales fourWeekly = new Timescales(LocalTimescales.englandCommon()
                .withIntervals(Map.of(LocalTimescales.CP_VISIT, new LocalTimescales.Interval(4, TimescaleUnit.CALENDAR_WEEKS, 3))));
        Timescale visits = fourWeekly.byId(LocalTimescales.CP_VISIT);

        // a visit on Friday 19 December 2025: the next within 4 weeks, at risk after 3
        assertThat(visits.deadline(calendar, LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 16));
        assertThat(visits.atRisk(calendar, LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(visits.description()).contains("child protection plan");
    }

    @Test
    void theCommonTenWorkingDaysSkipChristmasAndTheNewYear() {
        Timescale visits = LocalTimescales.englandCommon().byId(LocalTimescales.CP_VISIT).orElseThrow();

        // from Friday 19 December 2025: 22-24, 29-31 Dec, 2, 5, 6, 7 Jan (25, 26 Dec and 1 Jan are bank holidays)
        assertThat(visits.deadline(calendar, LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void theChildInNeedAndEarlyHelpIntervalsHaveTheirCommonDefaults() {
        Timescales timescales = new Timescales(LocalTimescales.englandCommon());

        assertThat(timescales.byId(LocalTimescales.CIN_REVIEW).limitInWords()).isEqualTo("3 months");
        assertThat(timescales.byId(LocalTimescales.EARLY_HELP_ASSESSMENT).limitInWords()).isEqualTo("30 working days");
        assertThat(timescales.byId(LocalTimescales.EARLY_HELP_REVIEW).limitInWords()).isEqualTo("6 weeks");
        assertThat(timescales.byId(LocalTimescales.STEP_DOWN_ACCEPTANCE).limitInWords()).isEqualTo("5 working days");
        // a child in need plan started on 30 November 2023 is reviewed by 29 February 2024 (a leap year)
        assertThat(timescales.byId(LocalTimescales.CIN_REVIEW).deadline(calendar, LocalDate.of(2023, 11, 30)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        // an Early Help episode started on Monday 15 December 2025: 30 working days, Christmas and New Year skipped
        assertThat(timescales.byId(LocalTimescales.EARLY_HELP_ASSESSMENT).deadline(calendar, LocalDate.of(2025, 12, 15)))
                .isEqualTo(LocalDate.of(2026, 1, 29));
    }

    @Test
    void aFosterCarersDbsCheckIsRenewedEveryThreeCalendarYearsByDefault() {
        Timescale renewal = LocalTimescales.englandCommon().byId(LocalTimescales.FOSTER_CARER_DBS_RENEWAL).orElseThrow();

        assertThat(renewal.limitInWords()).isEqualTo("3 years");
        assertThat(renewal.description()).contains("DBS check");
        // a check on 29 February 2024 is renewed by 28 February 2027, a year with no 29 February
        assertThat(renewal.deadline(calendar, LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        // and one on 29 February 2028 by 28 February 2031, past the bank holiday table: years need no bank holidays
        assertThat(renewal.deadline(calendar, LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2031, 2, 28));
        // a check on 28 February 2025 is renewed by 28 February 2028, not 29 February
        assertThat(renewal.deadline(calendar, LocalDate.of(2025, 2, 28))).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(renewal.deadline(calendar, LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(renewal.atRisk(calendar, LocalDate.of(2025, 12, 31))).as("at risk on the due day unless a council says earlier")
                .isEqualTo(LocalDate.of(2028, 12, 31));
    }

    @Test
    void aFosterCarerIsVisitedForSupervisionEverySixWeeksByDefault() {
        Timescale visits = LocalTimescales.englandCommon().byId(LocalTimescales.FOSTER_CARER_SUPERVISION_VISIT).orElseThrow();

        assertThat(visits.limitInWords()).isEqualTo("6 weeks");
        // 42 calendar days, weekends and bank holidays included: from Friday 19 December 2025 to Friday 30 January 2026
        assertThat(visits.deadline(calendar, LocalDate.of(2025, 12, 19))).isEqualTo(LocalDate.of(2026, 1, 30));
        // across the end of February in a leap year
        assertThat(visits.deadline(calendar, LocalDate.of(2024, 1, 31))).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(visits.deadline(calendar, LocalDate.of(2025, 1, 31))).isEqualTo(LocalDate.of(2025, 3, 14));
    }

    @Test
    void aCouncilMayRenewDbsChecksSoonerOrCountThemInMonthsButNotLeaveThemLongerThanThreeYears() {
        LocalTimescales common = LocalTimescales.englandCommon();
        Timescales monthly = new Timescales(common.withIntervals(Map.of(LocalTimescales.FOSTER_CARER_DBS_RENEWAL,
                new LocalTimescales.Interval(36, TimescaleUnit.CALENDAR_MONTHS, 33))));
        Timescale renewal = monthly.byId(LocalTimescales.FOSTER_CARER_DBS_RENEWAL);

        assertThat(renewal.deadline(calendar, LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(renewal.atRisk(calendar, LocalDate.of(2024, 2, 29))).as("3 months before").isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(new Timescales(common.withIntervals(Map.of("T27", new LocalTimescales.Interval(1, TimescaleUnit.CALENDAR_YEARS, null))))
                .byId("T27").limitInWords()).isEqualTo("1 year");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T27", new LocalTimescales.Interval(4, TimescaleUnit.CALENDAR_YEARS, null))))
                .hasMessageContaining("between 1 day and 3 years");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T28", new LocalTimescales.Interval(2, TimescaleUnit.CALENDAR_YEARS, null))))
                .as("visits are at most a year apart, whatever the DBS rule allows").hasMessageContaining("between 1 day and a year");
    }

    @Test
    void aYearOfMonthsIsAYear() {
        LocalTimescales common = LocalTimescales.englandCommon();

        assertThat(new Timescales(common.withIntervals(Map.of("T23", new LocalTimescales.Interval(12, TimescaleUnit.CALENDAR_MONTHS, null))))
                .byId("T23").limitInWords()).isEqualTo("12 months");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T23", new LocalTimescales.Interval(13, TimescaleUnit.CALENDAR_MONTHS, null))))
                .hasMessageContaining("between 1 day and a year");
    }

    @Test
    void aSettingThatMakesNoSenseStopsTheServiceRatherThanTimeWorkWrongly() {
        LocalTimescales common = LocalTimescales.englandCommon();

        assertThatThrownBy(() -> common.withIntervals(Map.of("T10", new LocalTimescales.Interval(0, TimescaleUnit.WORKING_DAYS, null))))
                .hasMessageContaining("between 1 day and a year");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T10", new LocalTimescales.Interval(13, TimescaleUnit.CALENDAR_MONTHS, null))))
                .hasMessageContaining("between 1 day and a year");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T10", new LocalTimescales.Interval(10, TimescaleUnit.WORKING_DAYS, 11))))
                .hasMessageContaining("at risk");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T3", new LocalTimescales.Interval(50, TimescaleUnit.WORKING_DAYS, null))))
                .as("a statutory timescale is not a council's to change").hasMessageContaining("no local timescale T3");
        assertThatThrownBy(() -> common.withIntervals(Map.of("T10", new LocalTimescales.Interval(10, null, null))))
                .hasMessageContaining("unit");
    }
}
