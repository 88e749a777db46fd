package org.caseflow.casework.earlyhelp;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.caseflow.casework.earlyhelp.EarlyHelpRecord.Episode;
import org.caseflow.casework.earlyhelp.EarlyHelpRecord.Step;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads a child's Early Help record. Episodes come from the case record's episodes (every Early
 * Help episode, open or closed), with what Early Help recorded of each beside them.
 */
@Repository
public class EarlyHelpHistories {

    private final JdbcClient jdbc;
    private final EarlyHelpChronology chronology;

    EarlyHelpHistories(JdbcClient jdbc, EarlyHelpChronology chronology) {
        this.jdbc = jdbc;
        this.chronology = chronology;
    }

    /** Whether the child has ever had an Early Help episode. */
    boolean knownToEarlyHelp(String laChildId) {
        return jdbc.sql("select count(*) from episode where la_child_id = :child and kind = 'EARLY_HELP'")
                .param("child", laChildId).query(Long.class).single() > 0;
    }

    public Optional<EarlyHelpRecord> of(String laChildId) {
        record Child(String laChildId, String givenName, String familyName, LocalDate dateOfBirth, LocalDate expectedDateOfBirth) {
        }
        return jdbc.sql("""
                        select la_child_id, given_name, family_name, date_of_birth, expected_date_of_birth
                        from child where la_child_id = :child""")
                .param("child", laChildId).query(Child.class).optional()
                .map(child -> new EarlyHelpRecord(child.laChildId(), child.givenName(), child.familyName(), child.dateOfBirth(),
                        child.expectedDateOfBirth(), episodes(laChildId), chronology.of(laChildId)));
    }

    private List<Episode> episodes(String laChildId) {
        record Row(String ehEpisodeId, boolean open, LocalDate startedOn, String origin, String steppedDownFrom, String requestedBy,
                String requestReason, String team, String leadPractitioner, LocalDate transferDueOn, LocalDate transferAcceptedOn,
                LocalDate assessmentDueOn, LocalDate assessmentCompletedOn, LocalDate nextReviewDueOn,
                boolean awaitingStepUpDecision, LocalDate closedOn, String closure) {
        }
        return jdbc.sql("""
                        select e.episode_id as eh_episode_id, e.ended_on is null as open, e.started_on, h.origin,
                            h.stepped_down_from, h.requested_by, h.request_reason, e.team, h.lead_practitioner, h.transfer_due_on,
                            h.transfer_accepted_on, h.assessment_due_on, h.assessment_completed_on, h.next_review_due_on,
                            (e.ended_on is null and exists (select 1 from early_help_step asked
                                where asked.eh_episode_id = e.episode_id and asked.step = 'REVIEW_HELD' and asked.outcome = 'STEP_UP'
                                and not exists (select 1 from early_help_step decided
                                    where decided.eh_episode_id = e.episode_id and decided.step = 'STEP_UP_DECIDED'
                                    and (decided.occurred_on, decided.position) > (asked.occurred_on, asked.position))))
                                as awaiting_step_up_decision,
                            e.ended_on as closed_on, coalesce(h.closure, e.end_reason) as closure
                        from episode e left join early_help_episode h on h.eh_episode_id = e.episode_id
                        where e.la_child_id = :child and e.kind = 'EARLY_HELP'
                        order by e.started_on, e.episode_id""")
                .param("child", laChildId).query(Row.class).list().stream()
                .map(row -> new Episode(row.ehEpisodeId(), row.open(), row.startedOn(), row.origin(), row.steppedDownFrom(),
                        row.requestedBy(), row.requestReason(), row.team(), row.leadPractitioner(), row.transferDueOn(),
                        row.transferAcceptedOn(), row.assessmentDueOn(), row.assessmentCompletedOn(), row.nextReviewDueOn(),
                        row.awaitingStepUpDecision(), row.closedOn(), row.closure(), steps(row.ehEpisodeId())))
                .toList();
    }

    private List<Step> steps(String ehEpisodeId) {
        return jdbc.sql("""
                        select occurred_on, step, due_on, case when due_on is null then null else occurred_on <= due_on end as in_time,
                            outcome, detail
                        from early_help_step where eh_episode_id = :episode order by occurred_on, position""")
                .param("episode", ehEpisodeId).query(Step.class).list();
    }
}
