package org.caseflow.casework.child;

import java.util.List;
import org.caseflow.casework.child.ChildSummary.OpenEpisode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A child's open episodes and the stage each is at. Work in one referral runs side by side (an
 * assessment goes on through a section 47 enquiry, and may be authorised while the child is on a
 * plan), so an episode's stage is the most involved work open in it, not whatever was recorded last:
 * <ol>
 *   <li>{@code LOOKED_AFTER}: a period of care in the episode is open (a referral's, or a direct
 *       entry's own episode);</li>
 *   <li>{@code CHILD_PROTECTION_PLAN}: a plan is open, or a conference decided on one not yet started;</li>
 *   <li>{@code INITIAL_CONFERENCE}: an enquiry decided on a conference that has not been held;</li>
 *   <li>{@code SECTION_47}: an enquiry is open (a strategy discussion decided on it; not completed);</li>
 *   <li>{@code STRATEGY_DISCUSSION}: the front door or the assessment decided on one, or a child in
 *       need plan ended stepping up to child protection, and none has been held since;</li>
 *   <li>{@code CHILD_IN_NEED}: a child in need plan is open (a plan is more involved work than the
 *       assessment, which may still be open beside it);</li>
 *   <li>{@code ASSESSMENT}: the child and family assessment is open;</li>
 *   <li>{@code CHILD_IN_NEED}: none of these: a child in need episode with its assessment done.</li>
 * </ol>
 * An Early Help episode's stage is {@code EARLY_HELP}.
 */
@Repository
class OpenEpisodes {

    private final JdbcClient jdbc;

    OpenEpisodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Oldest first. */
    List<OpenEpisode> of(String laChildId) {
        return jdbc.sql("""
                        select e.episode_id, e.kind, e.started_on, e.team,
                            case
                                when e.kind = 'EARLY_HELP' then 'EARLY_HELP'
                                when exists (select 1 from cla_period c where c.episode_id = e.episode_id and c.ended_on is null)
                                    then 'LOOKED_AFTER'
                                when exists (select 1 from cp_plan p where p.referral_id = e.episode_id and p.ended_on is null)
                                    or exists (select 1 from initial_conference c
                                        where c.referral_id = e.episode_id and c.decision = 'CHILD_PROTECTION_PLAN'
                                        and not exists (select 1 from cp_plan p
                                            where p.referral_id = e.episode_id and p.started_on >= c.held_on))
                                    then 'CHILD_PROTECTION_PLAN'
                                when exists (select 1 from section_47_enquiry s
                                        where s.referral_id = e.episode_id and s.decision = 'INITIAL_CONFERENCE'
                                        and not exists (select 1 from initial_conference c
                                            where c.referral_id = s.referral_id and c.s47_started_on = s.started_on))
                                    then 'INITIAL_CONFERENCE'
                                when exists (select 1 from section_47_enquiry s
                                        where s.referral_id = e.episode_id and s.completed_on is null)
                                    then 'SECTION_47'
                                when exists (select 1 from contact k
                                        where k.contact_id = e.contact_id and k.outcome = 'STRATEGY_DISCUSSION'
                                        and not exists (select 1 from strategy_discussion d
                                            where d.referral_id = e.episode_id and d.held_on >= k.decided_on))
                                    or exists (select 1 from assessment a
                                        where a.referral_id = e.episode_id and a.outcome = 'STRATEGY_DISCUSSION'
                                        and not exists (select 1 from strategy_discussion d
                                            where d.referral_id = e.episode_id and d.held_on >= a.authorised_on))
                                    or exists (select 1 from cin_plan n
                                        where n.referral_id = e.episode_id and n.end_reason = 'STEP_UP_TO_CHILD_PROTECTION'
                                        and not exists (select 1 from strategy_discussion d
                                            where d.referral_id = e.episode_id and d.held_on >= n.ended_on))
                                    then 'STRATEGY_DISCUSSION'
                                when exists (select 1 from cin_plan n where n.referral_id = e.episode_id and n.ended_on is null)
                                    then 'CHILD_IN_NEED'
                                when exists (select 1 from assessment a where a.referral_id = e.episode_id and a.authorised_on is null)
                                    then 'ASSESSMENT'
                                else 'CHILD_IN_NEED'
                            end as stage
                        from episode e
                        where e.la_child_id = :id and e.ended_on is null
                        order by e.started_on, e.episode_id""")
                .param("id", laChildId).query(OpenEpisode.class).list();
    }
}
