package org.caseflow.casework.lookedafter;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.caseflow.casework.recurringwork.NextDueDates;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.Placement;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.lookedafter.PlacementPlanAgreed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Periods of care and their placements, placement plans, visits and reviews. A period is keyed by
 * its id, everything else by the event that recorded it, so applying an event again changes nothing.
 * Work on a period the record does not hold is refused (the foreign keys, {@link NextDueDates}, or
 * here), so the event is set aside rather than lost without trace.
 */
@Repository
class CarePeriodRecords {

    private static final NextDueDates.Work VISIT = new NextDueDates.Work("next_visit_due_on", "visit_due_counted_from");
    private static final NextDueDates.Work REVIEW = new NextDueDates.Work("next_review_due_on", "review_due_counted_from");

    private final JdbcClient jdbc;
    private final NextDueDates nextDue;

    CarePeriodRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nextDue = new NextDueDates(jdbc, "cla_period", "cla_period_id", "period of care");
    }

    /**
     * The period, in {@code episodeId}, with its first placement (keyed by the starting event) and its
     * first review due, counted from its start.
     *
     * @param position the event's feed position, which orders two placements from one day
     */
    void started(UUID eventId, long position, CareStarted care, String episodeId) {
        jdbc.sql("""
                        insert into cla_period (cla_period_id, la_child_id, episode_id, referral_id, started_on, entry_route,
                            legal_status, short_breaks_only, category_of_need, team, social_worker, next_review_due_on,
                            review_due_counted_from)
                        values (:id, :child, :episode, :referral, :started, :route, :legal, :shortBreaks, :need, :team, :worker,
                            :reviewDue, :started)
                        on conflict (cla_period_id) do nothing""")
                .param("id", care.claPeriodId()).param("child", care.laChildId()).param("episode", episodeId)
                .param("referral", care.referralId()).param("started", care.startedOn()).param("route", care.entryRoute().name())
                .param("legal", care.legalStatus().name()).param("shortBreaks", care.legalStatus().isShortBreaks())
                .param("need", care.categoryOfNeed().name()).param("team", care.team()).param("worker", care.socialWorker())
                .param("reviewDue", care.firstReviewDueOn())
                .update();
        placement(eventId, position, care.claPeriodId(), care.firstPlacement(), null);
    }

    /** A new placement, and the visit due within a week of its start (T12), counted from that start. */
    void placementChanged(UUID eventId, long position, PlacementChanged change) {
        placement(eventId, position, change.claPeriodId(), change.placement(), change.reason().name());
        if (change.visitDueOn() != null) {
            nextDue.record(VISIT, change.claPeriodId(), change.laChildId(), change.placement().startedOn(), change.visitDueOn());
        }
    }

    private void placement(UUID eventId, long position, String claPeriodId, Placement placement, String changeReason) {
        jdbc.sql("""
                        insert into cla_placement (event_id, position, cla_period_id, started_on, placement_type, provider,
                            postcode_district, until_eighteen, emergency, change_reason)
                        values (:event, :position, :period, :started, :type, :provider, :district, :untilEighteen, :emergency,
                            :reason)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("period", claPeriodId)
                .param("started", placement.startedOn()).param("type", placement.type().name())
                .param("provider", placement.provider().name()).param("district", placement.postcodeDistrict())
                .param("untilEighteen", placement.untilEighteen()).param("emergency", placement.emergency())
                .param("reason", changeReason)
                .update();
    }

    /**
     * The plan of the placement current on the day it was agreed (the latest of the period started by
     * then), decided the first time the event is applied and kept by its id.
     *
     * @return the placement the plan is for
     * @throws IllegalStateException when the record holds no such period, or no placement of it had started by then
     */
    PlacementRow planAgreed(UUID eventId, PlacementPlanAgreed plan) {
        jdbc.sql("""
                        insert into cla_placement_plan (event_id, placement_event_id, agreed_on, due_on)
                        select :event, event_id, :agreed, :due from cla_placement
                        where cla_period_id = :period and started_on <= :agreed
                        order by started_on desc, position desc limit 1
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("period", plan.claPeriodId()).param("agreed", plan.agreedOn())
                .param("due", plan.dueOn())
                .update();
        return jdbc.sql("""
                        select p.started_on, p.placement_type, p.emergency from cla_placement p
                        join cla_placement_plan l on l.placement_event_id = p.event_id where l.event_id = :event""")
                .param("event", eventId).query(PlacementRow.class).optional()
                .orElseThrow(() -> new IllegalStateException("No placement of period of care " + plan.claPeriodId()
                        + " had started by " + plan.agreedOn() + " for " + plan.laChildId()));
    }

    /** @param position the event's feed position, which orders two visits on one day */
    void visitMade(UUID eventId, long position, ClaVisitMade visit) {
        jdbc.sql("""
                        insert into cla_visit (event_id, position, cla_period_id, visited_on, due_on, child_seen, child_seen_alone,
                            visited_by)
                        values (:event, :position, :period, :visited, :due, :seen, :alone, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("period", visit.claPeriodId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn()).param("seen", visit.childSeen())
                .param("alone", visit.childSeenAlone()).param("by", visit.visitedBy())
                .update();
    }

    void reviewHeld(UUID eventId, ClaReviewHeld review) {
        jdbc.sql("""
                        insert into cla_review (event_id, cla_period_id, held_on, due_on, independent_reviewing_officer)
                        values (:event, :period, :held, :due, :officer)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("period", review.claPeriodId()).param("held", review.heldOn())
                .param("due", review.dueOn()).param("officer", review.independentReviewingOfficer())
                .update();
    }

    /**
     * The next visit or review is due; the count from the latest occurrence wins ({@link NextDueDates}).
     *
     * @throws IllegalStateException when the record holds no such period
     */
    void workDue(ClaWorkDue due) {
        NextDueDates.Work work = switch (due.work()) {
            case VISIT -> VISIT;
            case REVIEW -> REVIEW;
        };
        nextDue.record(work, due.claPeriodId(), due.laChildId(), due.countedFrom(), due.dueOn());
    }

    /**
     * Ends the period that day, for its reason; a period already ended keeps its end.
     *
     * @return the episode the period belongs to, and its referral (null for a direct entry)
     * @throws IllegalStateException when the record holds no such period
     */
    EpisodeOfCare ceased(CareCeased ceased) {
        jdbc.sql("update cla_period set ended_on = :ended, reason_ceased = :reason where cla_period_id = :id and ended_on is null")
                .param("id", ceased.claPeriodId()).param("ended", ceased.ceasedOn()).param("reason", ceased.reason().name())
                .update();
        return episodeOf(ceased.claPeriodId()).orElseThrow(() -> new IllegalStateException(
                "No period of care " + ceased.claPeriodId() + " is recorded for " + ceased.laChildId()));
    }

    private Optional<EpisodeOfCare> episodeOf(String claPeriodId) {
        return jdbc.sql("select episode_id, referral_id from cla_period where cla_period_id = :id")
                .param("id", claPeriodId).query(EpisodeOfCare.class).optional();
    }

    /** A placement, as the words for its plan need it. */
    record PlacementRow(LocalDate startedOn, String placementType, boolean emergency) {
    }

    /** @param referralId null for a direct entry, whose episode is the period's own */
    record EpisodeOfCare(String episodeId, String referralId) {
    }
}
