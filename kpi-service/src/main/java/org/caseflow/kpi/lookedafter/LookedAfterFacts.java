package org.caseflow.kpi.lookedafter;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.Placement;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.kpi.allocations.CaseAllocations;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Periods of care (keyed by the period's id), their placements, visits, visit clocks and reviews (keyed by
 * event). The period's start brings its first placement; care ceasing ends the period that day. An event
 * for a period whose start this service has not recorded is refused, so the feed sets it aside to be
 * applied again once the start is here, rather than losing it from the measures. The period's social worker, when
 * the journey named one, holds the child's case from its start ({@link CaseAllocations}).
 */
@Component
class LookedAfterFacts implements FactRecorder {

    private final JdbcClient jdbc;
    private final CaseAllocations allocations;

    LookedAfterFacts(JdbcClient jdbc, CaseAllocations allocations) {
        this.jdbc = jdbc;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(CareStarted.TYPE, PlacementChanged.TYPE, ClaVisitMade.TYPE, ClaWorkDue.VISIT_DUE, ClaReviewHeld.TYPE, CareCeased.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case CareStarted.TYPE -> started(event, CareStarted.from(event));
            case PlacementChanged.TYPE -> placementChanged(event, PlacementChanged.from(event));
            case ClaVisitMade.TYPE -> visited(event.eventId(), ClaVisitMade.from(event));
            case ClaWorkDue.VISIT_DUE -> visitDue(event.eventId(), ClaWorkDue.from(event));
            case ClaReviewHeld.TYPE -> reviewed(event.eventId(), ClaReviewHeld.from(event));
            case CareCeased.TYPE -> ceased(CareCeased.from(event));
            default -> throw new IllegalArgumentException("Not a looked-after event: " + event.type());
        }
    }

    private void started(JourneyEvent event, CareStarted care) {
        jdbc.sql("""
                        insert into cla_period_fact (cla_period_id, la_child_id, referral_id, started_on, first_review_due_on, entry_route,
                                                     legal_status, category_of_need)
                        values (:id, :child, :referral, :started, :firstReviewDue, :route, :legalStatus, :categoryOfNeed)
                        on conflict (cla_period_id) do nothing""")
                .param("id", care.claPeriodId()).param("child", care.laChildId()).param("referral", care.referralId())
                .param("started", care.startedOn()).param("firstReviewDue", care.firstReviewDueOn())
                .param("route", care.entryRoute().name()).param("legalStatus", care.legalStatus().name())
                .param("categoryOfNeed", care.categoryOfNeed().name())
                .update();
        placed(event, care.claPeriodId(), care.firstPlacement(), null, null);
        allocations.record(event, care.laChildId(), care.socialWorker(), care.startedOn());
    }

    private void placementChanged(JourneyEvent event, PlacementChanged change) {
        requireStarted(change.claPeriodId(), "A change of placement");
        placed(event, change.claPeriodId(), change.placement(), change.reason(), change.visitDueOn());
    }

    private void placed(JourneyEvent event, String claPeriodId, Placement placement, PlacementChangeReason reason,
            LocalDate visitDueOn) {
        jdbc.sql("""
                        insert into cla_placement_fact (event_id, position, cla_period_id, started_on, placement_type, provider,
                                                        until_eighteen, emergency, change_reason, visit_due_on)
                        values (:id, :position, :period, :started, :type, :provider, :untilEighteen, :emergency, :reason, :visitDue)
                        on conflict (event_id) do nothing""")
                .param("id", event.eventId()).param("position", event.position()).param("period", claPeriodId)
                .param("started", placement.startedOn()).param("type", placement.type().name())
                .param("provider", placement.provider().name()).param("untilEighteen", placement.untilEighteen())
                .param("emergency", placement.emergency()).param("reason", reason == null ? null : reason.name())
                .param("visitDue", visitDueOn)
                .update();
    }

    private void visited(UUID eventId, ClaVisitMade visit) {
        requireStarted(visit.claPeriodId(), "A visit");
        jdbc.sql("""
                        insert into cla_visit_fact (event_id, cla_period_id, la_child_id, visited_on, due_on, child_seen, child_seen_alone)
                        values (:id, :period, :child, :visited, :due, :seen, :seenAlone)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("period", visit.claPeriodId()).param("child", visit.laChildId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn())
                .param("seen", visit.childSeen()).param("seenAlone", visit.childSeenAlone())
                .update();
    }

    private void visitDue(UUID eventId, ClaWorkDue due) {
        requireStarted(due.claPeriodId(), "A visit falling due");
        if (due.dueOn() == null || due.countedFrom() == null) {
            throw new IllegalArgumentException("A " + ClaWorkDue.VISIT_DUE + " event must give the date counted from and the due date;"
                    + " period " + due.claPeriodId() + "'s does not");
        }
        jdbc.sql("""
                        insert into cla_visit_due_fact (event_id, cla_period_id, counted_from, due_on) values (:id, :period, :from, :due)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("period", due.claPeriodId()).param("from", due.countedFrom()).param("due", due.dueOn())
                .update();
    }

    private void reviewed(UUID eventId, ClaReviewHeld review) {
        requireStarted(review.claPeriodId(), "A review");
        jdbc.sql("""
                        insert into cla_review_fact (event_id, cla_period_id, la_child_id, held_on, due_on)
                        values (:id, :period, :child, :held, :due)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("period", review.claPeriodId()).param("child", review.laChildId())
                .param("held", review.heldOn()).param("due", review.dueOn())
                .update();
    }

    private void ceased(CareCeased ceased) {
        requireStarted(ceased.claPeriodId(), "Care ceasing");
        jdbc.sql("update cla_period_fact set ceased_on = :ceased, reason_ceased = :reason where cla_period_id = :period")
                .param("period", ceased.claPeriodId()).param("ceased", ceased.ceasedOn()).param("reason", ceased.reason().name())
                .update();
    }

    /** Set aside rather than lose what happened in a period of care: once the period's start is applied, it can be applied again. */
    private void requireStarted(String claPeriodId, String what) {
        boolean started = jdbc.sql("select exists (select 1 from cla_period_fact where cla_period_id = :period)")
                .param("period", claPeriodId).query(Boolean.class).single();
        if (!started) {
            throw new IllegalStateException(what + " for period of care " + claPeriodId + ", whose start this service has not recorded");
        }
    }
}
