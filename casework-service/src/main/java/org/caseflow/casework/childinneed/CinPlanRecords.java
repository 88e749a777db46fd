package org.caseflow.casework.childinneed;

import java.util.Optional;
import java.util.UUID;
import org.caseflow.casework.recurringwork.NextDueDates;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Child in need plans and their visits and reviews. A plan is keyed by its id, each visit and
 * review by the event that recorded it, so applying an event again changes nothing. Work on a plan
 * the record does not hold is refused (the foreign keys, or {@link NextDueDates}), and so is a plan in a
 * referral it does not hold, so the event is set aside rather than lost without trace.
 */
@Repository
class CinPlanRecords {

    private static final NextDueDates.Work VISIT = new NextDueDates.Work("next_visit_due_on", "visit_due_counted_from");
    private static final NextDueDates.Work REVIEW = new NextDueDates.Work("next_review_due_on", "review_due_counted_from");

    private final JdbcClient jdbc;
    private final NextDueDates nextDue;

    CinPlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nextDue = new NextDueDates(jdbc, "cin_plan", "cin_plan_id", "child in need plan");
    }

    /** The plan, with its first visit and review due, each counted from the plan's start. */
    void started(CinPlanStarted plan) {
        jdbc.sql("""
                        insert into cin_plan (cin_plan_id, la_child_id, referral_id, started_on, origin, team, lead_worker,
                            next_visit_due_on, visit_due_counted_from, next_review_due_on, review_due_counted_from)
                        values (:id, :child, :referral, :started, :origin, :team, :lead, :visitDue, :started, :reviewDue, :started)
                        on conflict (cin_plan_id) do nothing""")
                .param("id", plan.cinPlanId()).param("child", plan.laChildId()).param("referral", plan.referralId())
                .param("started", plan.startedOn()).param("origin", plan.origin().name()).param("team", plan.team())
                .param("lead", plan.leadWorker()).param("visitDue", plan.firstVisitDueOn())
                .param("reviewDue", plan.firstReviewDueOn())
                .update();
    }

    /** @param position the event's feed position, which orders two visits on one day */
    void visitMade(UUID eventId, long position, CinVisitMade visit) {
        jdbc.sql("""
                        insert into cin_visit (event_id, position, cin_plan_id, visited_on, due_on, child_seen, child_seen_alone,
                            visited_by)
                        values (:event, :position, :plan, :visited, :due, :seen, :alone, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("plan", visit.cinPlanId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn()).param("seen", visit.childSeen())
                .param("alone", visit.childSeenAlone()).param("by", visit.visitedBy())
                .update();
    }

    /** A review; one that decides to end the plan ends it that day. */
    void reviewHeld(UUID eventId, CinReviewHeld review) {
        String endReason = review.endReason() == null ? null : review.endReason().name();
        jdbc.sql("""
                        insert into cin_review (event_id, cin_plan_id, held_on, due_on, decision, end_reason)
                        values (:event, :plan, :held, :due, :decision, :reason)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("plan", review.cinPlanId()).param("held", review.heldOn())
                .param("due", review.dueOn()).param("decision", review.decision().name()).param("reason", endReason)
                .update();
        if (review.endsThePlan()) {
            jdbc.sql("update cin_plan set ended_on = :ended, end_reason = :reason where cin_plan_id = :plan and ended_on is null")
                    .param("plan", review.cinPlanId()).param("ended", review.heldOn()).param("reason", endReason)
                    .update();
        }
    }

    /**
     * The next visit or review is due; the count from the latest occurrence wins ({@link NextDueDates}).
     *
     * @throws IllegalStateException when the record holds no such plan
     */
    void workDue(CinPlanWorkDue due) {
        NextDueDates.Work work = switch (due.work()) {
            case VISIT -> VISIT;
            case REVIEW -> REVIEW;
        };
        nextDue.record(work, due.cinPlanId(), due.laChildId(), due.countedFrom(), due.dueOn());
    }

    /** The referral whose episode the plan sits in; empty when the record holds no such plan. */
    Optional<String> referralOf(String cinPlanId) {
        return jdbc.sql("select referral_id from cin_plan where cin_plan_id = :plan")
                .param("plan", cinPlanId).query(String.class).optional();
    }

    /**
     * The child protection plan a plan stepped down from: the latest in the same referral that ended
     * stepping down to child in need on or before the day this plan started.
     */
    Optional<String> childProtectionPlanSteppedDownFrom(CinPlanStarted plan) {
        return jdbc.sql("""
                        select cp_plan_id from cp_plan
                        where referral_id = :referral and end_reason = 'STEP_DOWN_TO_CHILD_IN_NEED' and ended_on <= :started
                        order by ended_on desc, cp_plan_id desc limit 1""")
                .param("referral", plan.referralId()).param("started", plan.startedOn()).query(String.class).optional();
    }
}
