package org.caseflow.kpi.measures;

import java.time.LocalDate;
import java.util.List;
import org.caseflow.calendar.StatutoryTimescale;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Assessments authorised in the financial year to date within 45 working days of the referral
 * (rule T3: on or before working day 45, the referral date being day 0), over assessments
 * authorised in the year to date. Timeliness is judged here, from the dates, with the current
 * bank holiday table, so a past month can always be computed again.
 */
@Component
class AssessmentsInTimescale implements MeasureRule {

    private final JdbcClient jdbc;
    private final WorkingDayCalendar calendar;

    AssessmentsInTimescale(JdbcClient jdbc, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
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
        record Authorised(LocalDate referralDate, LocalDate authorisedOn) {
        }
        List<Authorised> assessments = jdbc.sql("""
                        select r.referral_date, a.authorised_on
                        from assessment_fact a join referral_fact r on r.referral_id = a.referral_id
                        where a.authorised_on between :from and :to""")
                .param("from", from).param("to", to).query(Authorised.class).list();
        long inTime = assessments.stream()
                .filter(a -> !a.authorisedOn().isAfter(StatutoryTimescale.ASSESSMENT.deadline(calendar, a.referralDate())))
                .count();
        return MeasureValue.percentage(inTime, assessments.size(), reported);
    }
}
