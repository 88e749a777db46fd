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
 * Early Help journey's own events; a child who starts to be looked after with no referral (a direct
 * entry) has a child in need episode of the period of care's own.
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

    /**
     * A period of care with no referral (police protection, remand, ...) is a child in need episode
     * of its own, keyed by the period's id, as every child looked after is a child in need; the
     * period's team holds it.
     */
    public void openForDirectEntryToCare(String claPeriodId, String laChildId, LocalDate startedOn, String team) {
        open(claPeriodId, laChildId, CHILD_IN_NEED, startedOn, team, null);
    }

    /** Closes the episode of a direct entry to care as the period of care ends. */
    public void closeForEndOfCare(String claPeriodId, LocalDate endedOn, String reason) {
        closed(claPeriodId, endedOn, reason);
    }

    /**
     * A period of care in a referral's episode ended: the episode closes with it, unless other work
     * is still open in it (its assessment, a child protection or child in need plan, another period
     * of care), which then decides, as it would have without the period. Decided the first time the
     * event is applied and kept by its id, as {@link #closeUnlessStillAssessing} is.
     *
     * @param eventId the journey event that ended the period, after the period's own end is recorded
     * @return whether the episode was closed
     */
    public boolean closeAtEndOfCare(UUID eventId, String referralId, LocalDate on, String reason) {
        jdbc.sql("""
                        insert into episode_closing (event_id, episode_id, closed)
                        values (:event, :episode, not exists (
                                select 1 from assessment where referral_id = :episode and authorised_on is null)
                            and not exists (select 1 from cp_plan where referral_id = :episode and ended_on is null)
                            and not exists (select 1 from cin_plan where referral_id = :episode and ended_on is null)
                            and not exists (select 1 from cla_period where episode_id = :episode and ended_on is null))
                        on conflict (event_id) do nothing""")
                .param("event", eventId).param("episode", referralId).update();
        return closeAsDecided(eventId, referralId, on, reason);
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
        if (referral.primaryNeed() != null) {
            jdbc.sql("update episode set primary_need = :need where episode_id = :id")
                    .param("need", referral.primaryNeed().name()).param("id", referral.referralId()).update();
        }
    }

    void assessed(AssessmentCompleted assessment) {
        jdbc.sql("""
                        update assessment set started_on = :started, authorised_on = :authorised, outcome = :outcome,
                            summary = :summary, late_reason = :late, completed_by = :by, primary_need = :need
                        where referral_id = :id""")
                .param("id", assessment.referralId()).param("started", assessment.startedOn())
                .param("authorised", assessment.authorisedOn()).param("outcome", assessment.outcome().name())
                .param("summary", assessment.summary()).param("late", assessment.lateReason())
                .param("by", assessment.completedBy())
                .param("need", assessment.primaryNeed() == null ? null : assessment.primaryNeed().name())
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
        return closeAsDecided(eventId, referralId, on, reason);
    }

    private boolean closeAsDecided(UUID eventId, String episodeId, LocalDate on, String reason) {
        boolean closes = jdbc.sql("select closed from episode_closing where event_id = :event")
                .param("event", eventId).query(Boolean.class).single();
        if (closes) {
            closed(episodeId, on, reason);
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

    /**
     * A new allocation ends the episode's previous ones: those the feed brought before it, so that
     * reading an earlier allocation again does not end a later one. Keyed by the allocation's id, so
     * a replay adds nothing.
     *
     * @param position the event's feed position
     */
    void allocated(SocialWorkerAllocated allocation, long position) {
        jdbc.sql("""
                        update allocation set ended_on = :on
                        where episode_id = :episode and ended_on is null and coalesce(position, 0) < :position""")
                .param("episode", allocation.referralId()).param("on", allocation.allocatedOn()).param("position", position)
                .update();
        jdbc.sql("""
                        insert into allocation (allocation_event_id, la_child_id, episode_id, worker, team, allocated_on, position)
                        values (:allocation, :child, :episode, :worker, :team, :on, :position)
                        on conflict (allocation_event_id) do nothing""")
                .param("allocation", allocation.allocationId()).param("child", allocation.laChildId())
                .param("episode", allocation.referralId()).param("worker", allocation.worker())
                .param("team", allocation.team()).param("on", allocation.allocatedOn()).param("position", position)
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
