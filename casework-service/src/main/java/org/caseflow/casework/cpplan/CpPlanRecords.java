package org.caseflow.casework.cpplan;

import java.util.Optional;
import java.util.UUID;
import org.caseflow.casework.recurringwork.NextDueDates;
import org.caseflow.journey.events.childprotection.CoreGroupHeld;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Child protection plans and their core groups, visits and review conferences. A plan is keyed by
 * its id, each meeting and visit by the event that recorded it, so applying an event again changes
 * nothing. Work on a plan the record does not hold is refused (the database's foreign keys, or
 * {@link NextDueDates}), so the event is set aside rather than lost without trace.
 */
@Repository
class CpPlanRecords {

    private static final NextDueDates.Work VISIT = new NextDueDates.Work("next_visit_due_on", "visit_due_counted_from");
    private static final NextDueDates.Work CORE_GROUP = new NextDueDates.Work("next_core_group_due_on", "core_group_due_counted_from");
    private static final NextDueDates.Work REVIEW_CONFERENCE =
            new NextDueDates.Work("next_review_conference_due_on", "review_conference_due_counted_from");

    private final JdbcClient jdbc;
    private final NextDueDates nextDue;

    CpPlanRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nextDue = new NextDueDates(jdbc, "cp_plan", "cp_plan_id", "child protection plan");
    }

    /** The plan, with the first of its recurring work due, each counted from the plan's start. */
    void started(CpPlanStarted plan) {
        jdbc.sql("""
                        insert into cp_plan (cp_plan_id, la_child_id, referral_id, started_on, category, team, lead_social_worker,
                            next_core_group_due_on, core_group_due_counted_from, next_visit_due_on, visit_due_counted_from,
                            next_review_conference_due_on, review_conference_due_counted_from)
                        values (:id, :child, :referral, :started, :category, :team, :lead,
                            :coreGroupDue, :started, :visitDue, :started, :reviewDue, :started)
                        on conflict (cp_plan_id) do nothing""")
                .param("id", plan.cpPlanId()).param("child", plan.laChildId()).param("referral", plan.referralId())
                .param("started", plan.startedOn()).param("category", plan.category().name()).param("team", plan.team())
                .param("lead", plan.leadSocialWorker()).param("coreGroupDue", plan.firstCoreGroupDueOn())
                .param("visitDue", plan.firstVisitDueOn()).param("reviewDue", plan.firstReviewConferenceDueOn())
                .update();
    }

    void coreGroupHeld(UUID eventId, CoreGroupHeld coreGroup) {
        jdbc.sql("""
                        insert into core_group (event_id, cp_plan_id, held_on, due_on) values (:event, :plan, :held, :due)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("plan", coreGroup.cpPlanId()).param("held", coreGroup.heldOn())
                .param("due", coreGroup.dueOn())
                .update();
    }

    /** @param position the event's feed position, which orders two visits on one day */
    void visitMade(UUID eventId, long position, CpVisitMade visit) {
        jdbc.sql("""
                        insert into cp_visit (event_id, position, cp_plan_id, visited_on, due_on, child_seen, child_seen_alone, visited_by)
                        values (:event, :position, :plan, :visited, :due, :seen, :alone, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("position", position).param("plan", visit.cpPlanId())
                .param("visited", visit.visitedOn()).param("due", visit.dueOn()).param("seen", visit.childSeen())
                .param("alone", visit.childSeenAlone()).param("by", visit.visitedBy())
                .update();
    }

    /** A review conference; one that decides to end the plan ends it that day. */
    void reviewHeld(UUID eventId, ReviewConferenceHeld review) {
        jdbc.sql("""
                        insert into review_conference (event_id, cp_plan_id, held_on, due_on, decision, end_reason)
                        values (:event, :plan, :held, :due, :decision, :reason)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("plan", review.cpPlanId()).param("held", review.heldOn())
                .param("due", review.dueOn()).param("decision", review.decision().name())
                .param("reason", review.endReason() == null ? null : review.endReason().name())
                .update();
        if (review.endsThePlan()) {
            jdbc.sql("update cp_plan set ended_on = :ended, end_reason = :reason where cp_plan_id = :plan and ended_on is null")
                    .param("plan", review.cpPlanId()).param("ended", review.heldOn())
                    .param("reason", review.endReason() == null ? null : review.endReason().name())
                    .update();
        }
    }

    /**
     * The next piece of recurring work is due; the count from the latest occurrence wins ({@link NextDueDates}).
     *
     * @throws IllegalStateException when the record holds no such plan
     */
    void workDue(CpPlanWorkDue due) {
        NextDueDates.Work work = switch (due.work()) {
            case VISIT -> VISIT;
            case CORE_GROUP -> CORE_GROUP;
            case REVIEW_CONFERENCE -> REVIEW_CONFERENCE;
        };
        nextDue.record(work, due.cpPlanId(), due.laChildId(), due.countedFrom(), due.dueOn());
    }

    /** The referral whose episode the plan sits in, if it names one. */
    Optional<String> referralOf(String cpPlanId) {
        return jdbc.sql("select referral_id from cp_plan where cp_plan_id = :plan and referral_id is not null")
                .param("plan", cpPlanId).query(String.class).optional();
    }
}
