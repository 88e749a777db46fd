package org.caseflow.kpi.section47;

import java.util.Set;
import java.util.UUID;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.caseflow.kpi.facts.FactRecorder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Strategy discussions (keyed by event), the section 47 enquiries they start (keyed as the CIN census
 * keys them: referral and start date) and the initial conferences that follow (keyed by event).
 */
@Component
class Section47Facts implements FactRecorder {

    private final JdbcClient jdbc;

    Section47Facts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(StrategyDiscussionHeld.TYPE, Section47Completed.TYPE, IcpcHeld.TYPE);
    }

    @Override
    public void record(JourneyEvent event) {
        switch (event.type()) {
            case StrategyDiscussionHeld.TYPE -> strategyDiscussion(event.eventId(), StrategyDiscussionHeld.from(event));
            case Section47Completed.TYPE -> enquiryCompleted(Section47Completed.from(event));
            case IcpcHeld.TYPE -> initialConference(event.eventId(), IcpcHeld.from(event));
            default -> throw new IllegalArgumentException("Not a strategy discussion, enquiry or initial conference: " + event.type());
        }
    }

    private void strategyDiscussion(UUID eventId, StrategyDiscussionHeld discussion) {
        jdbc.sql("""
                        insert into strategy_discussion_fact (event_id, la_child_id, referral_id, held_on, due_on, decision)
                        values (:id, :child, :referral, :held, :due, :decision)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("child", discussion.laChildId()).param("referral", discussion.referralId())
                .param("held", discussion.heldOn()).param("due", discussion.dueOn())
                .param("decision", discussion.decision().name())
                .update();
        if (discussion.decision().startsAnEnquiry()) {
            jdbc.sql("""
                            insert into section47_fact (referral_id, started_on, la_child_id) values (:referral, :started, :child)
                            on conflict (referral_id, started_on) do nothing""")
                    .param("referral", referralOf(discussion.referralId())).param("started", discussion.heldOn())
                    .param("child", discussion.laChildId())
                    .update();
        }
    }

    /** Completes the enquiry its strategy discussion started, or records it whole if that discussion is not here. */
    private void enquiryCompleted(Section47Completed enquiry) {
        jdbc.sql("""
                        insert into section47_fact (referral_id, started_on, la_child_id, completed_on, outcome, decision, icpc_due_on)
                        values (:referral, :started, :child, :completed, :outcome, :decision, :icpcDue)
                        on conflict (referral_id, started_on) do update set completed_on = excluded.completed_on,
                            outcome = excluded.outcome, decision = excluded.decision, icpc_due_on = excluded.icpc_due_on""")
                .param("referral", referralOf(enquiry.referralId())).param("started", enquiry.startedOn())
                .param("child", enquiry.laChildId()).param("completed", enquiry.completedOn())
                .param("outcome", enquiry.outcome().name()).param("decision", enquiry.decision().name())
                .param("icpcDue", enquiry.icpcDueOn())
                .update();
    }

    private void initialConference(UUID eventId, IcpcHeld conference) {
        jdbc.sql("""
                        insert into icpc_fact (event_id, la_child_id, referral_id, s47_started_on, held_on, due_on, decision)
                        values (:id, :child, :referral, :s47Started, :held, :due, :decision)
                        on conflict (event_id) do nothing""")
                .param("id", eventId).param("child", conference.laChildId()).param("referral", conference.referralId())
                .param("s47Started", conference.s47StartedOn()).param("held", conference.heldOn())
                .param("due", conference.dueOn()).param("decision", conference.decision().name())
                .update();
    }

    /** Every section 47 enquiry sits in a referral: without one it cannot be told apart from another child's. */
    private static String referralOf(String referralId) {
        if (referralId == null) {
            throw new IllegalArgumentException("A section 47 enquiry must belong to a referral; this event names none");
        }
        return referralId;
    }
}
