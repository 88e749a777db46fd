package org.caseflow.casework.cpplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseflow.casework.cpplan.rules.PlanSequence;
import org.caseflow.casework.cpplan.rules.PlanSequence.Place;
import org.caseflow.casework.cpplan.rules.PlanSequence.Plan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a child's child protection plans, each with its place among them (a first plan or a repeat). */
@Repository
public class CpPlans {

    private final JdbcClient jdbc;

    CpPlans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every plan of the child, oldest first, with its core groups, visits and review conferences. */
    public List<PlanHistory> of(String laChildId) {
        List<Row> rows = rows(laChildId);
        Map<String, Place> places = placesOf(rows);
        return rows.stream().map(row -> {
            Place place = places.get(row.cpPlanId());
            return new PlanHistory(row.cpPlanId(), row.referralId(), place.number(), place.repeat(),
                    place.previousPlanEndedOn(), place.withinTwoYearsOfPreviousPlan(), row.startedOn(), row.category(), row.team(),
                    row.leadSocialWorker(), row.endedOn(), row.endReason(), coreGroups(row.cpPlanId()), visits(row.cpPlanId()),
                    reviews(row.cpPlanId()));
        }).toList();
    }

    /** Where the plan falls among the child's plans. */
    Place placeOf(String laChildId, String cpPlanId) {
        return placesOf(rows(laChildId)).get(cpPlanId);
    }

    /** The child's plans as the record holds them, oldest first. */
    List<Row> rows(String laChildId) {
        return jdbc.sql("""
                        select cp_plan_id, referral_id, started_on, category, team, lead_social_worker, ended_on, end_reason,
                            next_core_group_due_on, next_visit_due_on, next_review_conference_due_on
                        from cp_plan where la_child_id = :child order by started_on, cp_plan_id""")
                .param("child", laChildId).query(Row.class).list();
    }

    static Map<String, Place> placesOf(List<Row> rows) {
        return PlanSequence.of(rows.stream().map(row -> new Plan(row.cpPlanId(), row.startedOn(), row.endedOn())).toList());
    }

    private List<PlanHistory.CoreGroup> coreGroups(String cpPlanId) {
        return jdbc.sql("""
                        select held_on, due_on, (due_on is null or held_on <= due_on) as in_time
                        from core_group where cp_plan_id = :plan order by held_on""")
                .param("plan", cpPlanId).query(PlanHistory.CoreGroup.class).list();
    }

    private List<PlanHistory.Visit> visits(String cpPlanId) {
        return jdbc.sql("""
                        select visited_on, due_on, child_seen, child_seen_alone, visited_by,
                            (child_seen and (due_on is null or visited_on <= due_on)) as in_time
                        from cp_visit where cp_plan_id = :plan order by visited_on, position""")
                .param("plan", cpPlanId).query(PlanHistory.Visit.class).list();
    }

    private List<PlanHistory.ReviewConference> reviews(String cpPlanId) {
        return jdbc.sql("""
                        select held_on, due_on, (due_on is null or held_on <= due_on) as in_time, decision, end_reason
                        from review_conference where cp_plan_id = :plan order by held_on""")
                .param("plan", cpPlanId).query(PlanHistory.ReviewConference.class).list();
    }

    /** A plan as its own table holds it. */
    record Row(String cpPlanId, String referralId, LocalDate startedOn, String category, String team, String leadSocialWorker,
            LocalDate endedOn, String endReason, LocalDate nextCoreGroupDueOn, LocalDate nextVisitDueOn,
            LocalDate nextReviewConferenceDueOn) {
    }
}
