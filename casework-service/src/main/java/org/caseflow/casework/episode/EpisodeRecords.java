package org.caseflow.casework.episode;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Episodes of help (child in need, Early Help), their assessments and who is allocated to them. */
@Repository
public class EpisodeRecords {

    public static final String CHILD_IN_NEED = "CHILD_IN_NEED";
    public static final String EARLY_HELP = "EARLY_HELP";

    private final JdbcClient jdbc;

    EpisodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void opened(String episodeId, String laChildId, String kind, LocalDate startedOn, String team, String contactId) {
        jdbc.sql("""
                        insert into episode (episode_id, la_child_id, kind, started_on, team, contact_id)
                        values (:id, :child, :kind, :started, :team, :contact)
                        on conflict (episode_id) do nothing""")
                .param("id", episodeId).param("child", laChildId).param("kind", kind).param("started", startedOn)
                .param("team", team).param("contact", contactId)
                .update();
    }

    /** Closes the episode and ends its allocation. */
    public void closed(String episodeId, LocalDate endedOn, String reason) {
        jdbc.sql("update episode set ended_on = :ended, end_reason = :reason where episode_id = :id and ended_on is null")
                .param("id", episodeId).param("ended", endedOn).param("reason", reason).update();
        jdbc.sql("update allocation set ended_on = :ended where episode_id = :id and ended_on is null")
                .param("id", episodeId).param("ended", endedOn).update();
    }

    public void assessmentDue(String referralId, String laChildId, LocalDate dueOn) {
        jdbc.sql("""
                        insert into assessment (referral_id, la_child_id, due_on) values (:id, :child, :due)
                        on conflict (referral_id) do nothing""")
                .param("id", referralId).param("child", laChildId).param("due", dueOn).update();
    }

    public void assessmentAuthorised(String referralId, LocalDate startedOn, LocalDate authorisedOn, String outcome,
            String summary, String lateReason, String completedBy) {
        jdbc.sql("""
                        update assessment set started_on = :started, authorised_on = :authorised, outcome = :outcome,
                            summary = :summary, late_reason = :late, completed_by = :by
                        where referral_id = :id""")
                .param("id", referralId).param("started", startedOn).param("authorised", authorisedOn)
                .param("outcome", outcome).param("summary", summary).param("late", lateReason).param("by", completedBy)
                .update();
    }

    /** A new allocation ends the episode's previous one. Keyed by the event, so a replay adds nothing. */
    public void allocated(UUID eventId, String laChildId, String episodeId, String worker, String team, LocalDate allocatedOn) {
        jdbc.sql("""
                        update allocation set ended_on = :on
                        where episode_id = :episode and ended_on is null and allocation_event_id <> :event""")
                .param("episode", episodeId).param("on", allocatedOn).param("event", eventId).update();
        jdbc.sql("""
                        insert into allocation (allocation_event_id, la_child_id, episode_id, worker, team, allocated_on)
                        values (:event, :child, :episode, :worker, :team, :on)
                        on conflict (allocation_event_id) do nothing""")
                .param("event", eventId).param("child", laChildId).param("episode", episodeId).param("worker", worker)
                .param("team", team).param("on", allocatedOn)
                .update();
    }
}
