package org.caseflow.kpi.cpplans;

import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.kpi.allocations.CaseAllocations;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Child protection plans (keyed by the plan's id), their visits, the visit clocks the journey started
 * and their review conferences (keyed by event). A review conference deciding to end the plan ends it
 * that day: there is no other end of a plan. A plan's lead social worker holds the child's case from its start
 * ({@link CaseAllocations}).
 */
@Component
class CpPlanFacts implements FactRecorder {

    private final JdbcClient jdbc;
    private final CaseAllocations allocations;

    CpPlanFacts(JdbcClient jdbc, CaseAllocations allocations) {
        this.jdbc = jdbc;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CpPlanStarted.TYPE, CpVisitMade.TYPE, CpPlanWorkDue.VISIT_DUE, ReviewConferenceHeld.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case CpPlanStarted.TYPE -> started(event, CpPlanStarted.from(event));
            case CpVisitMade.TYPE -> visited(event.eventId(), CpVisitMade.from(event));
            case CpPlanWorkDue.VISIT_DUE -> visitDue(event.eventId(), CpPlanWorkDue.from(event));
            case ReviewConferenceHeld.TYPE -> reviewed(event.eventId(), ReviewConferenceHeld.from(event));
            default -> throw new IllegalArgumentException("Not a child protection plan event: " + event.type());
        }
    }

    private void started(JourneyEvent event, CpPlanStarted plan) {
        jdbc.sql("""
                        insert into cp_plan_fact (cp_plan_id, la_child_id, referral_id, started_on, category, first_visit_due_on)
                        values (:id, :child, :referral, :started, :category, :firstVisitDue)
                        on conflict (cp_plan_id) do nothing""")
                .param("id", plan.cpPlanId()).param("child", plan.laChildId()).param("referral", plan.referralId())
                .param("started", plan.startedOn()).param("category", plan.category().name())
                .param("firstVisitDue", plan.firstVisitDueOn())
                .update();
        allocations.record(event, plan.laChildId(), plan.leadSocialWorker(), plan.startedOn());
    }

    private void visited(UUID eventId, CpVisitMade visit) {
        jdbc.sql("""
                        insert into cp_visit_fact (event_id, cp_plan_id, la_child_id, visited_on, due_on, child_seen, child_seen_alone)
                        values (:id, :plan, :child, :visited, :due, :seen, :seenAlone)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("plan", visit.cpPlanId()).param("child", visit.laChildId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn())
                .param("seen", visit.childSeen()).param("seenAlone", visit.childSeenAlone())
                .update();
    }

    private void visitDue(UUID eventId, CpPlanWorkDue due) {
        jdbc.sql("""
                        insert into cp_visit_due_fact (event_id, cp_plan_id, counted_from, due_on) values (:id, :plan, :from, :due)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("plan", due.cpPlanId()).param("from", due.countedFrom()).param("due", due.dueOn())
                .update();
    }

    private void reviewed(UUID eventId, ReviewConferenceHeld review) {
        String endReason = review.endReason() == null ? null : review.endReason().name();
        jdbc.sql("""
                        insert into cp_review_fact (event_id, cp_plan_id, la_child_id, held_on, due_on, decision, end_reason)
                        values (:id, :plan, :child, :held, :due, :decision, :endReason)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("plan", review.cpPlanId()).param("child", review.laChildId())
                .param("held", review.heldOn()).param("due", review.dueOn()).param("decision", review.decision().name())
                .param("endReason", endReason)
                .update();
        if (review.endsThePlan()) {
            int ended = jdbc.sql("update cp_plan_fact set ended_on = :held, end_reason = :endReason where cp_plan_id = :plan")
                    .param("plan", review.cpPlanId()).param("held", review.heldOn()).param("endReason", endReason)
                    .update();
            // set aside rather than lose the end: once the plan's start is applied, the end can be re-applied
            if (ended == 0) {
                throw new IllegalStateException("A review conference ended plan " + review.cpPlanId()
                        + ", whose start this service has not recorded");
            }
        }
    }
}
