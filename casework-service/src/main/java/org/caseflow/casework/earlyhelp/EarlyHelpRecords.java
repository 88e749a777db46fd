package org.caseflow.casework.earlyhelp;

import java.time.LocalDate;
import org.caseflow.casework.recurringwork.NextDueDates;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.earlyhelp.EarlyHelpAssessmentCompleted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeClosed;
import org.caseflow.journey.events.earlyhelp.EarlyHelpEpisodeStarted;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDue;
import org.caseflow.journey.events.earlyhelp.EarlyHelpTransferAccepted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What Early Help records of each episode, and its steps. An episode is keyed by its id and each
 * step by the event that recorded it, so applying an event again changes nothing. A step is written
 * before what it changes, so that a step of an episode the record does not hold is refused by the
 * foreign key and its event set aside, not lost.
 */
@Repository
class EarlyHelpRecords {

    private static final NextDueDates.Work REVIEW = new NextDueDates.Work("next_review_due_on", "review_due_counted_from");

    private final JdbcClient jdbc;
    private final NextDueDates nextDue;

    EarlyHelpRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.nextDue = new NextDueDates(jdbc, "early_help_episode", "eh_episode_id", "Early Help episode");
    }

    /** A step-down's due date is its transfer's (T26); any other start's is its assessment's (T24). */
    void started(EarlyHelpEpisodeStarted episode) {
        jdbc.sql("""
                        insert into early_help_episode (eh_episode_id, la_child_id, contact_id, origin, stepped_down_from,
                            requested_by, request_reason, started_on, transfer_due_on, assessment_due_on)
                        values (:id, :child, :contact, :origin, :from, :by, :reason, :started, :transferDue, :assessmentDue)
                        on conflict (eh_episode_id) do nothing""")
                .param("id", episode.ehEpisodeId()).param("child", episode.laChildId()).param("contact", episode.contactId())
                .param("origin", episode.origin().name()).param("from", episode.steppedDownFrom())
                .param("by", episode.requestedBy()).param("reason", episode.requestReason()).param("started", episode.startedOn())
                .param("transferDue", episode.isStepDown() ? episode.dueOn() : null)
                .param("assessmentDue", episode.isStepDown() ? null : episode.dueOn())
                .update();
    }

    /**
     * @param step    what happened, e.g. {@code REVIEW_HELD}
     * @param outcome what it decided, in the journey's code, e.g. {@code STEP_UP}; null when nothing was decided
     * @param detail  the step in words, as the chronology says it
     */
    void step(JourneyEvent event, String ehEpisodeId, LocalDate on, String step, LocalDate dueOn, String outcome, String detail) {
        jdbc.sql("""
                        insert into early_help_step (event_id, position, eh_episode_id, occurred_on, step, due_on, outcome, detail)
                        values (:event, :position, :episode, :on, :step, :due, :outcome, :detail)
                        on conflict (event_id) do nothing""")
                .param("event", event.eventId()).param("position", event.position()).param("episode", ehEpisodeId)
                .param("on", on).param("step", step).param("due", dueOn).param("outcome", outcome).param("detail", detail)
                .update();
    }

    void transferAccepted(EarlyHelpTransferAccepted transfer) {
        jdbc.sql("""
                        update early_help_episode set transfer_accepted_on = :on, transfer_due_on = coalesce(:due, transfer_due_on),
                            lead_practitioner = :lead
                        where eh_episode_id = :id""")
                .param("id", transfer.ehEpisodeId()).param("on", transfer.acceptedOn()).param("due", transfer.dueOn())
                .param("lead", transfer.leadPractitioner())
                .update();
    }

    void assessed(EarlyHelpAssessmentCompleted assessment) {
        jdbc.sql("""
                        update early_help_episode set assessment_completed_on = :on,
                            assessment_due_on = coalesce(:due, assessment_due_on),
                            lead_practitioner = coalesce(:lead, lead_practitioner)
                        where eh_episode_id = :id""")
                .param("id", assessment.ehEpisodeId()).param("on", assessment.completedOn()).param("due", assessment.dueOn())
                .param("lead", assessment.leadPractitioner())
                .update();
    }

    /**
     * The next review is due; the count from the latest occurrence wins ({@link NextDueDates}).
     *
     * @throws IllegalStateException when the record holds no such episode
     */
    void reviewDue(EarlyHelpReviewDue due) {
        nextDue.record(REVIEW, due.ehEpisodeId(), due.laChildId(), due.countedFrom(), due.dueOn());
    }

    void closed(EarlyHelpEpisodeClosed closed) {
        jdbc.sql("""
                        update early_help_episode set closed_on = :on, closure = :closure
                        where eh_episode_id = :id and closed_on is null""")
                .param("id", closed.ehEpisodeId()).param("on", closed.closedOn()).param("closure", closed.closure().name())
                .update();
    }
}
