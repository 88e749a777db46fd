package org.caseflow.kpi.assessments;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.assessments.rules.AssessmentTimeliness;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code assessments-in-timescale}: assessments authorised in the financial year to date that
 * were in timescale by {@link AssessmentTimeliness} (rule T3), over assessments authorised in the
 * year to date; and the same for the month alone. Timeliness is judged here, from the dates, with
 * the current bank holiday table, so a past month can always be computed again.
 */
@Component
class AssessmentsInTimescale implements Measure {

    private final JdbcClient jdbc;
    private final AssessmentTimeliness timeliness;

    AssessmentsInTimescale(JdbcClient jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.timeliness = new AssessmentTimeliness(calendar);
    }

    @Override
    public String measureId() {
        return "assessments-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        return timeliness(period.yearToDateStart(), period.reportingDate(), period.yearToDate());
    }

    @Override
    public MeasureValue inMonth(ReportingPeriod period) {
        return timeliness(period.monthStart(), period.reportingDate(), period.inMonth());
    }

    private MeasureValue timeliness(LocalDate from, LocalDate to, MeasureValue.Period reported) {
        // the referral date is the clock start (WT23); it is a fact of the referrals feature
        List<AssessmentTimeliness.Authorised> authorised = jdbc.sql("""
                        select r.referral_date, a.authorised_on
                        from assessment_fact a join referral_fact r on r.referral_id = a.referral_id
                        where a.authorised_on between :from and :to""")
                .param("from", from).param("to", to).query(AssessmentTimeliness.Authorised.class).list();
        AssessmentTimeliness.Count count = timeliness.count(authorised);
        return MeasureValue.percentage(count.inTimescale(), count.authorised(), reported);
    }
}
