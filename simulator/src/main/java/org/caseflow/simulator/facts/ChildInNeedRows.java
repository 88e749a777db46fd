package org.caseflow.simulator.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;

/**
 * Child in need plans (written once ended) with their visits, visit clocks and reviews: kpi-service's childinneed
 * feature. A plan's lead worker, when it had one, holds the child's case from its start.
 */
final class ChildInNeedRows implements FactRows {

    private final FactTables tables;
    private final Allocations allocations;
    private final Map<String, CinPlanStarted> openPlans = new LinkedHashMap<>();

    ChildInNeedRows(FactTables tables, Allocations allocations) {
        this.tables = tables;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CinPlanStarted.TYPE, CinVisitMade.TYPE, CinPlanWorkDue.VISIT_DUE, CinReviewHeld.TYPE);
    }

    @Override
    public void write(JourneyEvent event) {
        switch (event.type()) {
            case CinPlanStarted.TYPE -> {
                CinPlanStarted plan = CinPlanStarted.from(event);
                openPlans.putIfAbsent(plan.cinPlanId(), plan);
                allocations.record(event, plan.laChildId(), plan.leadWorker(), plan.startedOn());
            }
            case CinVisitMade.TYPE -> {
                CinVisitMade visit = CinVisitMade.from(event);
                tables.cinVisits.row(event.eventId(), visit.cinPlanId(), visit.laChildId(), visit.visitedOn(), visit.dueOn(),
                        visit.childSeen(), visit.childSeenAlone());
            }
            case CinPlanWorkDue.VISIT_DUE -> {
                CinPlanWorkDue due = CinPlanWorkDue.from(event);
                tables.cinVisitsDue.row(event.eventId(), due.cinPlanId(), due.countedFrom(), due.dueOn());
            }
            case CinReviewHeld.TYPE -> reviewed(event, CinReviewHeld.from(event));
            default -> throw new IllegalArgumentException("Not a child in need plan event: " + event.type());
        }
    }

    private void reviewed(JourneyEvent event, CinReviewHeld review) {
        String endReason = review.endReason() == null ? null : review.endReason().name();
        tables.cinReviews.row(event.eventId(), review.cinPlanId(), review.laChildId(), review.heldOn(), review.dueOn(),
                review.decision().name(), endReason);
        if (review.endsThePlan()) {
            CinPlanStarted plan = openPlans.remove(review.cinPlanId());
            if (plan == null) {
                throw new IllegalStateException("A review ended child in need plan " + review.cinPlanId() + ", which never started");
            }
            planRow(plan, review.heldOn(), endReason);
        }
    }

    @Override
    public void finish() {
        openPlans.values().forEach(plan -> planRow(plan, null, null));
        openPlans.clear();
    }

    private void planRow(CinPlanStarted plan, LocalDate endedOn, String endReason) {
        tables.cinPlans.row(plan.cinPlanId(), plan.laChildId(), plan.referralId(), plan.startedOn(), plan.origin().name(),
                plan.firstVisitDueOn(), endedOn, endReason);
    }
}
