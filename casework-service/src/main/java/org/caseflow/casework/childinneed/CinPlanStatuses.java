package org.caseflow.casework.childinneed;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseflow.casework.child.ChildInNeedStatus;
import org.caseflow.casework.child.ChildInNeedStatus.CurrentPlan;
import org.caseflow.casework.child.ChildInNeedStatus.LastVisit;
import org.caseflow.casework.child.ChildInNeedStatuses;
import org.caseflow.casework.recurringwork.LastVisits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a child stands with child in need plans, for the child's summary: the plan they are on, if
 * any (the latest started that has not ended), its last visit and review, and what is due next.
 */
@Component
class CinPlanStatuses implements ChildInNeedStatuses {

    private final JdbcClient jdbc;
    private final LastVisits lastVisits;

    CinPlanStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.lastVisits = new LastVisits(jdbc, "cin_visit", "cin_plan_id");
    }

    @Override
    public ChildInNeedStatus of(String laChildId) {
        List<Row> rows = jdbc.sql("""
                        select cin_plan_id, referral_id, started_on, origin, team, lead_worker, next_visit_due_on,
                            next_review_due_on, ended_on
                        from cin_plan where la_child_id = :child order by started_on, cin_plan_id""")
                .param("child", laChildId).query(Row.class).list();
        if (rows.isEmpty()) {
            return ChildInNeedStatus.NEVER_ON_A_PLAN;
        }
        List<Row> ended = rows.stream().filter(row -> row.endedOn() != null).toList();
        LocalDate lastEndedOn = ended.stream().map(Row::endedOn).max(LocalDate::compareTo).orElse(null);
        Optional<CurrentPlan> current = rows.stream().filter(row -> row.endedOn() == null).reduce((earlier, later) -> later)
                .map(this::currentPlan);
        return new ChildInNeedStatus(current.isPresent(), current.orElse(null), ended.size(), lastEndedOn);
    }

    private CurrentPlan currentPlan(Row plan) {
        LastVisit lastVisit = lastVisits.of(plan.cinPlanId(), LastVisit.class).orElse(null);
        LocalDate lastReviewOn = jdbc.sql("select held_on from cin_review where cin_plan_id = :plan order by held_on desc limit 1")
                .param("plan", plan.cinPlanId()).query(LocalDate.class).optional().orElse(null);
        return new CurrentPlan(plan.cinPlanId(), plan.referralId(), plan.startedOn(), plan.origin(), plan.team(), plan.leadWorker(),
                lastVisit, plan.nextVisitDueOn(), lastReviewOn, plan.nextReviewDueOn());
    }

    /** A plan as its own table holds it. */
    record Row(String cinPlanId, String referralId, LocalDate startedOn, String origin, String team, String leadWorker,
            LocalDate nextVisitDueOn, LocalDate nextReviewDueOn, LocalDate endedOn) {
    }
}
