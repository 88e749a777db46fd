package org.caseflow.casework.episode;

import java.time.LocalDate;
import java.util.UUID;
import org.caseflow.journey.events.assessment.AssessmentCompleted;
import org.caseflow.journey.events.assessment.ReferralReceived;
import org.caseflow.journey.events.assessment.SocialWorkerAllocated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Episodes of help (child in need, Early Help), their assessments and who is allocated to them. A
 * referral opens a child in need episode; an Early Help episode is opened and closed only by the
 * Early Help journey's own events.
 */
@Repository
public class EpisodeRecords {

    private static final String CHILD_IN_NEED = "CHILD_IN_NEED";
    private static final String EARLY_HELP = "EARLY_HELP";

    private final JdbcClient jdbc;

    EpisodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An Early Help episode, opened by its own journey's start (a front-door decision, a step-down
     * from social care or a partner's request each start one); this service never makes one up.
     */
    public void openEarlyHelp(String episodeId, String laChildId, LocalDate startedOn, String team, String contactId) {
        open(episodeId, laChildId, EARLY_HELP, startedOn, team, contactId);
    }

    /** Closes an Early Help episode, as its journey says. */
    public void closeEarlyHelp(String episodeId, LocalDate closedOn, String closure) {
        closed(episodeId, closedOn, closure);
    }

    /** A referral opens a child in need episode, and its assessment is due. */
    void referred(ReferralReceived referral) {
        open(referral.referralId(), referral.laChildId(), CHILD_IN_NEED, referral.referralDate(), referral.team(),
                referral.contactId());
        jdbc.sql("""
                        insert into assessment (referral_id, la_child_id, due_on) values (:id, :child, :due)
                        on conflict (referral_id) do nothing""")
                .param("id", referral.referralId()).param("child", referral.laChildId())
                .param("due", referral.assessmentDueOn()).update();
    }

    void assessed(AssessmentCompleted assessment) {
        jdbc.sql("""
                        update assessment set started_on = :started, authorised_on = :authorised, outcome = :outcome,
                            summary = :summary, late_reason = :late, completed_by = :by
                        where referral_id = :id""")
                .param("id", assessment.referralId()).param("started", assessment.startedOn())
                .param("authorised", assessment.authorisedOn()).param("outcome", assessment.outcome().name())
                .param("summary", assessment.summary()).param("late", assessment.lateReason())
                .param("by", assessment.completedBy())
                .update();
    }

    /**
     * Child protection or child in need work that ended in no further action, a move away or a step
     * down to Early Help closes the child in need episode it sat in, unless the episode's child and
     * family assessment is still open: the assessment then decides, as it does for any referral.
     * Whether the assessment was open is decided the first time the event is applied and kept by
     * its id, so applying it again does the same whatever has been recorded since. A step down
     * opens no Early Help episode here: the Early Help journey it starts says so with its own event.
     *
     * @param eventId the journey event that ended the work
     * @return whether the episode was closed
     */
    public boolean closeUnlessStillAssessing(UUID eventId, String referralId, LocalDate on, String reason) {
        jdbc.sql("""
                        insert into episode_closing (event_id, episode_id, closed)
                        values (:event, :episode, not exists (
                            select 1 from assessment where referral_id = :episode and authorised_on is null))
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("episode", referralId).update();
        boolean closes = jdbc.sql("select closed from episode_closing where event_id = :event")
                .param("event", eventId).query(Boolean.class).single();
        if (closes) {
            closed(referralId, on, reason);
        }
        return closes;
    }

    /** Closes the episode and ends its allocation. */
    void closed(String episodeId, LocalDate endedOn, String reason) {
        jdbc.sql("update episode set ended_on = :ended, end_reason = :reason where episode_id = :id and ended_on is null")
                .param("id", episodeId).param("ended", endedOn).param("reason", reason).update();
        jdbc.sql("update allocation set ended_on = :ended where episode_id = :id and ended_on is null")
                .param("id", episodeId).param("ended", endedOn).update();
    }

    /** A new allocation ends the episode's previous one. Keyed by the allocation's id, so a replay adds nothing. */
    void allocated(SocialWorkerAllocated allocation) {
        jdbc.sql("""
                        update allocation set ended_on = :on
                        where episode_id = :episode and ended_on is null and allocation_event_id <> :allocation""")
                .param("episode", allocation.referralId()).param("on", allocation.allocatedOn())
                .param("allocation", allocation.allocationId()).update();
        jdbc.sql("""
                        insert into allocation (allocation_event_id, la_child_id, episode_id, worker, team, allocated_on)
                        values (:allocation, :child, :episode, :worker, :team, :on)
                        on conflict (allocation_event_id) do nothing""")
                .param("allocation", allocation.allocationId()).param("child", allocation.laChildId())
                .param("episode", allocation.referralId()).param("worker", allocation.worker())
                .param("team", allocation.team()).param("on", allocation.allocatedOn())
                .update();
    }

    private void open(String episodeId, String laChildId, String kind, LocalDate startedOn, String team, String contactId) {
        jdbc.sql("""
                        insert into episode (episode_id, la_child_id, kind, started_on, team, contact_id)
                        values (:id, :child, :kind, :started, :team, :contact)
                        on conflict (episode_id) do nothing""")
                .param("id", episodeId).param("child", laChildId).param("kind", kind).param("started", startedOn)
                .param("team", team).param("contact", contactId)
                .update();
    }
}
