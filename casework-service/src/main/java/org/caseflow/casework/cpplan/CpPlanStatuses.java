package org.caseflow.casework.cpplan;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseflow.casework.child.ChildProtectionStatus;
import org.caseflow.casework.child.ChildProtectionStatus.CurrentPlan;
import org.caseflow.casework.child.ChildProtectionStatus.LastVisit;
import org.caseflow.casework.child.ChildProtectionStatuses;
import org.caseflow.casework.cpplan.CpPlans.Row;
import org.caseflow.casework.cpplan.rules.PlanSequence.Place;
import org.caseflow.casework.recurringwork.LastVisits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a child stands with child protection, for the child's summary: the plan they are on, if
 * any (the latest started that has not ended), what is due on it next and the last visit.
 */
@Component
class CpPlanStatuses implements ChildProtectionStatuses {

    private final CpPlans plans;
    private final LastVisits lastVisits;

    CpPlanStatuses(CpPlans plans, JdbcClient jdbc) {
        this.plans = plans;
        this.lastVisits = new LastVisits(jdbc, "cp_visit", "cp_plan_id");
    }

    @Override
    public ChildProtectionStatus of(String laChildId) {
        List<Row> rows = plans.rows(laChildId);
        if (rows.isEmpty()) {
            return ChildProtectionStatus.NEVER_ON_A_PLAN;
        }
        List<Row> ended = rows.stream().filter(row -> row.endedOn() != null).toList();
        LocalDate lastEndedOn = ended.stream().map(Row::endedOn).max(Comparator.naturalOrder()).orElse(null);
        Optional<Row> current = rows.stream().filter(row -> row.endedOn() == null).reduce((earlier, later) -> later);
        if (current.isEmpty()) {
            return new ChildProtectionStatus(false, null, ended.size(), lastEndedOn);
        }
        Map<String, Place> places = CpPlans.placesOf(rows);
        return new ChildProtectionStatus(true, currentPlan(current.get(), places.get(current.get().cpPlanId())), ended.size(),
                lastEndedOn);
    }

    private CurrentPlan currentPlan(Row plan, Place place) {
        return new CurrentPlan(plan.cpPlanId(), plan.startedOn(), plan.category(), plan.team(), plan.leadSocialWorker(),
                place.number(), place.repeat(), place.previousPlanEndedOn(), place.withinTwoYearsOfPreviousPlan(),
                plan.nextReviewConferenceDueOn(), lastVisits.of(plan.cpPlanId(), LastVisit.class).orElse(null), plan.nextVisitDueOn(),
                plan.nextCoreGroupDueOn());
    }
}
