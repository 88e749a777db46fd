package org.caseflow.kpi.assessments;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.YearToDateMeasure;
import org.caseflow.kpi.measures.rules.DeadlineTimeliness;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code assessments-in-timescale}: assessments authorised in the financial year to date that
 * were in timescale by rule T3 ({@link StatutoryTimescale#ASSESSMENT}, judged by
 * {@link DeadlineTimeliness}), over assessments authorised in the year to date; and the same for the
 * month alone. An assessment is in timescale when authorised on or before working day 45 counted
 * from the referral (WT23), the referral date being day 0. Timeliness is judged here, from the
 * dates, with the current bank holiday table, so a past month can always be computed again.
 */
@Component
class AssessmentsInTimescale implements YearToDateMeasure {

    private final JdbcClient jdbc;
    private final DeadlineTimeliness timeliness;

    AssessmentsInTimescale(JdbcClient jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.timeliness = new DeadlineTimeliness(StatutoryTimescale.ASSESSMENT, calendar);
    }

    @Override
    public String measureId() {
        return "assessments-in-timescale";
    }

    @Override
    public MeasureValue valueBetween(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        // the referral date is the clock start (WT23); it is a fact of the referrals feature
        List<DeadlineTimeliness.Done> authorised = jdbc.sql("""
                        select r.referral_date as clock_started_on, a.authorised_on as done_on
                        from assessment_fact a join referral_fact r on r.referral_id = a.referral_id
                        where a.authorised_on between :from and :to""")
                .param("from", from).param("to", to).query(DeadlineTimeliness.Done.class).list();
        DeadlineTimeliness.Count count = timeliness.count(authorised);
        return MeasureValue.percentage(count.inTimescale(), count.done(), reported);
    }
}
