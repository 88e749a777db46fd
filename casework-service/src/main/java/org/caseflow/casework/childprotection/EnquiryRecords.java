package org.caseflow.casework.childprotection;

import java.util.UUID;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Strategy discussions, the section 47 enquiries they start and the initial conferences that follow.
 * A discussion is keyed by its event; an enquiry by its referral and the day it started, which both
 * the discussion that starts it and its completion name; a conference by the enquiry it follows.
 * Each sits in a referral's episode, and one for a referral the record does not hold is refused.
 */
@Repository
class EnquiryRecords {

    private final JdbcClient jdbc;

    EnquiryRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The discussion, and the enquiry it starts that day if it decides on one. */
    void strategyDiscussionHeld(UUID eventId, String referralId, StrategyDiscussionHeld discussion) {
        jdbc.sql("""
                        insert into strategy_discussion (event_id, la_child_id, referral_id, held_on, due_on, police, health,
                            education, others, concern, decision, rationale, team, recorded_by)
                        values (:event, :child, :referral, :held, :due, :police, :health, :education, :others, :concern,
                            :decision, :rationale, :team, :by)
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("child", discussion.laChildId()).param("referral", referralId)
                .param("held", discussion.heldOn()).param("due", discussion.dueOn()).param("police", discussion.police())
                .param("health", discussion.health()).param("education", discussion.education())
                .param("others", discussion.others()).param("concern", discussion.concern().name())
                .param("decision", discussion.decision().name()).param("rationale", discussion.rationale())
                .param("team", discussion.team()).param("by", discussion.recordedBy())
                .update();
        if (discussion.decision().startsAnEnquiry()) {
            jdbc.sql("""
                            insert into section_47_enquiry (referral_id, started_on, la_child_id, team)
                            values (:referral, :started, :child, :team)
                            on conflict (referral_id, started_on) do nothing""")
                    .param("referral", referralId).param("started", discussion.heldOn()).param("child", discussion.laChildId())
                    .param("team", discussion.team())
                    .update();
        }
    }

    /**
     * Completes the enquiry started on the day it names, with the manager who endorsed its outcome,
     * or records it whole if its start was not recorded.
     */
    void section47Completed(String referralId, Section47Completed enquiry) {
        jdbc.sql("""
                        insert into section_47_enquiry (referral_id, started_on, la_child_id, child_seen_on, further_strategy_on,
                            outcome, category, decision, completed_on, icpc_due_on, team, completed_by, endorsed_on, endorsed_by)
                        values (:referral, :started, :child, :seen, :further, :outcome, :category, :decision, :completed,
                            :icpcDue, :team, :by, :endorsedOn, :endorsedBy)
                        on conflict (referral_id, started_on) do update set
                            child_seen_on = excluded.child_seen_on, further_strategy_on = excluded.further_strategy_on,
                            outcome = excluded.outcome, category = excluded.category, decision = excluded.decision,
                            completed_on = excluded.completed_on, icpc_due_on = excluded.icpc_due_on,
                            team = coalesce(excluded.team, section_47_enquiry.team), completed_by = excluded.completed_by,
                            endorsed_on = excluded.endorsed_on, endorsed_by = excluded.endorsed_by""")
                .param("referral", referralId).param("started", enquiry.startedOn()).param("child", enquiry.laChildId())
                .param("seen", enquiry.childSeenOn()).param("further", enquiry.furtherStrategyOn())
                .param("outcome", enquiry.outcome().name())
                .param("category", enquiry.category() == null ? null : enquiry.category().name())
                .param("decision", enquiry.decision().name()).param("completed", enquiry.completedOn())
                .param("icpcDue", enquiry.icpcDueOn()).param("team", enquiry.team()).param("by", enquiry.completedBy())
                .param("endorsedOn", enquiry.endorsedOn()).param("endorsedBy", enquiry.endorsedBy())
                .update();
    }

    void initialConferenceHeld(String referralId, IcpcHeld conference) {
        jdbc.sql("""
                        insert into initial_conference (referral_id, s47_started_on, la_child_id, held_on, due_on, chair, decision,
                            category, lead_social_worker, late_reason, team)
                        values (:referral, :started, :child, :held, :due, :chair, :decision, :category, :lead, :late, :team)
                        on conflict (referral_id, s47_started_on) do nothing""")
                .param("referral", referralId).param("started", conference.s47StartedOn())
                .param("child", conference.laChildId()).param("held", conference.heldOn()).param("due", conference.dueOn())
                .param("chair", conference.chair()).param("decision", conference.decision().name())
                .param("category", conference.category() == null ? null : conference.category().name())
                .param("lead", conference.leadSocialWorker()).param("late", conference.lateReason())
                .param("team", conference.team())
                .update();
    }
}
