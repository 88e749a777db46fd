package org.caseflow.kpi.childinneed;

import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.caseflow.kpi.allocations.CaseAllocations;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Child in need plans (keyed by the plan's id), their visits, the visit clocks the journey started and
 * their reviews (keyed by event). A review deciding to end the plan ends it that day: there is no other
 * end of a plan. An event for a plan whose start this service has not recorded is refused, so the feed
 * sets it aside to be applied again once the start is here, rather than losing it from the measures. A plan's
 * lead worker, when the journey knew one, holds the child's case from its start ({@link CaseAllocations}).
 */
@Component
class CinPlanFacts implements FactRecorder {

    private final JdbcClient jdbc;
    private final CaseAllocations allocations;

    CinPlanFacts(JdbcClient jdbc, CaseAllocations allocations) {
        this.jdbc = jdbc;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CinPlanStarted.TYPE, CinVisitMade.TYPE, CinPlanWorkDue.VISIT_DUE, CinReviewHeld.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case CinPlanStarted.TYPE -> started(event, CinPlanStarted.from(event));
            case CinVisitMade.TYPE -> visited(event.eventId(), CinVisitMade.from(event));
            case CinPlanWorkDue.VISIT_DUE -> visitDue(event.eventId(), CinPlanWorkDue.from(event));
            case CinReviewHeld.TYPE -> reviewed(event.eventId(), CinReviewHeld.from(event));
            default -> throw new IllegalArgumentException("Not a child in need plan event: " + event.type());
        }
    }

    private void started(JourneyEvent event, CinPlanStarted plan) {
        jdbc.sql("""
                        insert into cin_plan_fact (cin_plan_id, la_child_id, referral_id, started_on, origin, first_visit_due_on)
                        values (:id, :child, :referral, :started, :origin, :firstVisitDue)
                        on conflict (cin_plan_id) do nothing""")
                .param("id", plan.cinPlanId()).param("child", plan.laChildId()).param("referral", plan.referralId())
                .param("started", plan.startedOn()).param("origin", plan.origin().name())
                .param("firstVisitDue", plan.firstVisitDueOn())
                .update();
        allocations.record(event, plan.laChildId(), plan.leadWorker(), plan.startedOn());
    }

    private void visited(UUID eventId, CinVisitMade visit) {
        requireStarted(visit.cinPlanId(), "A visit");
        jdbc.sql("""
                        insert into cin_visit_fact (event_id, cin_plan_id, la_child_id, visited_on, due_on, child_seen, child_seen_alone)
                        values (:id, :plan, :child, :visited, :due, :seen, :seenAlone)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("plan", visit.cinPlanId()).param("child", visit.laChildId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn())
                .param("seen", visit.childSeen()).param("seenAlone", visit.childSeenAlone())
                .update();
    }

    private void visitDue(UUID eventId, CinPlanWorkDue due) {
        requireStarted(due.cinPlanId(), "A visit falling due");
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A " + CinPlanWorkDue.VISIT_DUE + " event must give the date counted from and the due date;"
                    + " plan " + due.cinPlanId() + "'s does not");
        }
        jdbc.sql("""
                        insert into cin_visit_due_fact (event_id, cin_plan_id, counted_from, due_on) values (:id, :plan, :from, :due)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("plan", due.cinPlanId()).param("from", due.countedFrom()).param("due", due.dueOn())
                .update();
    }

    private void reviewed(UUID eventId, CinReviewHeld review) {
        requireStarted(review.cinPlanId(), "A review");
        String endReason = review.endReason() == null ? null : review.endReason().name();
        jdbc.sql("""
                        insert into cin_review_fact (event_id, cin_plan_id, la_child_id, held_on, due_on, decision, end_reason)
                        values (:id, :plan, :child, :held, :due, :decision, :endReason)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("plan", review.cinPlanId()).param("child", review.laChildId())
                .param("held", review.heldOn()).param("due", review.dueOn()).param("decision", review.decision().name())
                .param("endReason", endReason)
                .update();
        if (review.endsThePlan()) {
            jdbc.sql("update cin_plan_fact set ended_on = :held, end_reason = :endReason where cin_plan_id = :plan")
                    .param("plan", review.cinPlanId()).param("held", review.heldOn()).param("endReason", endReason)
                    .update();
        }
    }

    /** Set aside rather than lose what happened on a plan: once the plan's start is applied, it can be applied again. */
    private void requireStarted(String cinPlanId, String what) {
        boolean started = jdbc.sql("select exists (select 1 from cin_plan_fact where cin_plan_id = :plan)")
                .param("plan", cinPlanId).query(Boolean.class).single();
        if (!started) {
            throw new IllegalStateException(what + " for child in need plan " + cinPlanId + ", whose start this service has not recorded");
        }
    }
}
