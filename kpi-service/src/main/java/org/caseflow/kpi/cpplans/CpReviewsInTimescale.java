package org.caseflow.kpi.cpplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.kpi.cpplans.rules.CpPlan;
import org.caseflow.kpi.cpplans.rules.CpReviewTimeliness;
import org.caseflow.kpi.measures.Measure;
import org.caseflow.kpi.measures.MeasureValue;
import org.caseflow.kpi.measures.ReportingPeriod;
import org.caseflow.kpi.measures.rules.ChildrenInTimescale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * KPI {@code cp-reviews-in-timescale}: of the children on a plan at the end of the reporting date for
 * 3 months or more, those whose review conferences have all been on time by {@link CpReviewTimeliness}
 * (rules T7 and T8). The statutory deadlines are worked out here from the dates held, as no council
 * may change them.
 */
@Component
class CpReviewsInTimescale implements Measure {

    private final JdbcClient jdbc;
    private final CpPlans plans;
    private final CpReviewTimeliness timeliness;

    CpReviewsInTimescale(JdbcClient jdbc, CpPlans plans, WorkingDayCalendar calendar) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.timeliness = new CpReviewTimeliness(calendar);
    }

    @Override
    public String measureId() {
        return "cp-reviews-in-timescale";
    }

    @Override
    public MeasureValue valueFor(ReportingPeriod period) {
        LocalDate on = period.reportingDate();
        Map<String, List<LocalDate>> heldByPlan = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.cp_plan_id, r.held_on from cp_review_fact r join cp_plan_fact p on p.cp_plan_id = r.cp_plan_id
                        where r.held_on <= :on and %s""".formatted(CpPlans.OPEN_OR_ENDING_ON))
                .param("on", on)
                .query(row -> {
                    heldByPlan.computeIfAbsent(row.getString("cp_plan_id"), plan -> new ArrayList<>())
                            .add(row.getObject("held_on", LocalDate.class));
                });
        List<CpReviewTimeliness.PlanReviews> reviews = plans.openOrEndingOn(on).stream()
                .map(plan -> new CpReviewTimeliness.PlanReviews(plan, heldByPlan.getOrDefault(plan.cpPlanId(), List.of())))
                .toList();
        ChildrenInTimescale count = timeliness.count(reviews, on);
        return MeasureValue.percentage(count.inTimescale(), count.children(), period.atReportingDate());
    }
}
