package org.caseflow.kpi.childinneed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.kpi.childinneed.rules.ChildrenInNeed;
import org.caseflow.kpi.childinneed.rules.ReferralEpisode;
import org.caseflow.kpi.childinneed.rules.ReferralEpisode.Work;
import org.caseflow.kpi.cpplans.CpPlans;
import org.caseflow.kpi.lookedafter.CarePeriods;
import org.caseflow.kpi.measures.rules.Involvement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The children in need at the end of a day ({@link ChildrenInNeed}): the referrals' episodes of social care,
 * and the plans and periods of care themselves. Each referral's episode is judged from the facts of every stage
 * of its work (assessment, strategy discussion, section 47 enquiry, initial conference, child protection and
 * child in need plans, periods of care) whenever one of them is recorded, and kept with the day it closed in
 * {@code referral_episode}; a day's open episodes are then read in one query.
 *
 * <p>Judging the episode from all its work, not only the work started by the reporting day, gives the same
 * answer for that day: work started later cannot be in progress on an earlier day, so it can neither keep the
 * episode open nor stop it closing by then.
 */
@Repository
public class SocialCareEpisodes {

    private static final String WORK = """
            with episode as (select referral_id, la_child_id, referral_date from referral_fact where referral_id in (:referrals))
            select e.referral_id, e.la_child_id, e.referral_date, 'ASSESSMENT' as work, e.referral_date as started_on,
                   a.authorised_on as ended_on, a.outcome, null::date as conference_held_on
            from episode e left join assessment_fact a on a.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'STRATEGY_DISCUSSION', d.held_on, d.held_on, d.decision, null
            from episode e join strategy_discussion_fact d on d.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'SECTION_47', s.started_on, s.completed_on, s.decision,
                   (select min(i.held_on) from icpc_fact i where i.referral_id = s.referral_id and i.s47_started_on = s.started_on)
            from episode e join section47_fact s on s.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'INITIAL_CONFERENCE', i.held_on, i.held_on, i.decision, null
            from episode e join icpc_fact i on i.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'CP_PLAN', p.started_on, p.ended_on, p.end_reason, null
            from episode e join cp_plan_fact p on p.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'CIN_PLAN', p.started_on, p.ended_on, p.end_reason, null
            from episode e join cin_plan_fact p on p.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'CARE', c.started_on, c.ceased_on, c.reason_ceased, null
            from episode e join cla_period_fact c on c.referral_id = e.referral_id""";

    /** Referrals judged in one query: enough to make catching up on missing episodes quick, few enough for one statement. */
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final CinPlans cinPlans;
    private final CpPlans cpPlans;
    private final CarePeriods carePeriods;

    SocialCareEpisodes(JdbcClient jdbc, CinPlans cinPlans, CpPlans cpPlans, CarePeriods carePeriods) {
        this.jdbc = jdbc;
        this.cinPlans = cinPlans;
        this.cpPlans = cpPlans;
        this.carePeriods = carePeriods;
    }

    /** KPI {@code cin-count}: the children with an open episode of social care at the end of {@code date}. */
    public Set<String> childrenInNeedOn(LocalDate date) {
        return ChildrenInNeed.on(date, episodesOpenOn(date), cinPlans.openOrEndingOn(date), cpPlans.openOrEndingOn(date),
                carePeriods.openOrEndingOn(date));
    }

    /** An episode as last judged ({@link #judge}): whose it is, when it started and the day it closed (null: open). */
    record JudgedEpisode(String laChildId, LocalDate startedOn, LocalDate endedOn) implements Involvement {
    }

    /** The episodes open at the end of {@code date}, as last judged. */
    List<JudgedEpisode> episodesOpenOn(LocalDate date) {
        return jdbc.sql("""
                        select la_child_id, referral_date, closed_on from referral_episode
                        where referral_date <= :on and (closed_on is null or closed_on > :on)""")
                .param("on", date)
                .query((row, n) -> new JudgedEpisode(row.getString("la_child_id"), row.getObject("referral_date", LocalDate.class),
                        row.getObject("closed_on", LocalDate.class)))
                .list();
    }

    /**
     * Judges the episodes of these referrals again from their work as it now stands, and keeps the day each
     * closed. Called in the transaction that recorded new facts about them, so the two never disagree.
     */
    public void judge(Collection<String> referralIds) {
        List<String> all = List.copyOf(referralIds);
        for (int from = 0; from < all.size(); from += BATCH) {
            List<ReferralEpisode> episodes = episodesOf(all.subList(from, Math.min(all.size(), from + BATCH)));
            jdbc.sql("""
                            insert into referral_episode (referral_id, la_child_id, referral_date, closed_on)
                            select * from unnest(:referrals::varchar[], :children::varchar[], :dates::date[], :closed::date[])
                            on conflict (referral_id) do update
                            set la_child_id = excluded.la_child_id, referral_date = excluded.referral_date, closed_on = excluded.closed_on""")
                    .param("referrals", episodes.stream().map(ReferralEpisode::referralId).toArray(String[]::new))
                    .param("children", episodes.stream().map(ReferralEpisode::laChildId).toArray(String[]::new))
                    .param("dates", episodes.stream().map(episode -> episode.startedOn().toString()).toArray(String[]::new))
                    .param("closed", episodes.stream().map(ReferralEpisode::endedOn).map(day -> day == null ? null : day.toString())
                            .toArray(String[]::new))
                    .update();
        }
    }

    /**
     * Judges the episodes of referrals recorded before episodes were kept, or copied in without them (a bulk
     * load): run as the service starts. Returns how many it judged.
     */
    public int recordMissingEpisodes() {
        int judged = 0;
        String after = "";
        while (true) {
            // in referral id order from where the last batch ended: each batch reads only its own stretch of the table
            List<String> missing = jdbc.sql("""
                            select r.referral_id from referral_fact r
                            where r.referral_id > :after
                            and not exists (select 1 from referral_episode e where e.referral_id = r.referral_id)
                            order by r.referral_id limit :batch""")
                    .param("after", after).param("batch", BATCH).query(String.class).list();
            if (missing.isEmpty()) {
                return judged;
            }
            judge(missing);
            judged += missing.size();
            after = missing.get(missing.size() - 1);
        }
    }

    /** The episodes of these referrals, each with all its work. */
    private List<ReferralEpisode> episodesOf(List<String> referralIds) {
        if (referralIds.isEmpty()) {
            return List.of();
        }
        Map<String, ReferralEpisode> episodes = new LinkedHashMap<>();
        Map<String, List<Work>> workByReferral = new LinkedHashMap<>();
        jdbc.sql(WORK).param("referrals", referralIds).query(row -> {
            String referralId = row.getString("referral_id");
            ReferralEpisode episode = new ReferralEpisode(referralId, row.getString("la_child_id"),
                    row.getObject("referral_date", LocalDate.class), List.of());
            episodes.putIfAbsent(referralId, episode);
            workByReferral.computeIfAbsent(referralId, id -> new ArrayList<>()).add(workOf(row));
        });
        return episodes.values().stream().map(episode -> new ReferralEpisode(episode.referralId(), episode.laChildId(),
                episode.startedOn(), workByReferral.get(episode.referralId()))).toList();
    }

    private static Work workOf(ResultSet row) throws SQLException {
        LocalDate started = row.getObject("started_on", LocalDate.class);
        LocalDate ended = row.getObject("ended_on", LocalDate.class);
        String outcome = row.getString("outcome");
        return switch (row.getString("work")) {
            case "ASSESSMENT" -> Work.assessment(started, ended, outcome(AssessmentOutcome.class, outcome));
            case "STRATEGY_DISCUSSION" -> Work.strategyDiscussion(started, outcome(StrategyDecision.class, outcome));
            case "SECTION_47" -> Work.enquiry(started, ended, outcome(Section47Decision.class, outcome),
                    row.getObject("conference_held_on", LocalDate.class));
            case "INITIAL_CONFERENCE" -> Work.initialConference(started, outcome(IcpcDecision.class, outcome));
            case "CP_PLAN" -> Work.cpPlan(started, ended, outcome(PlanEndReason.class, outcome));
            case "CIN_PLAN" -> Work.cinPlan(started, ended, outcome(CinPlanEndReason.class, outcome));
            case "CARE" -> Work.periodOfCare(started, ended, outcome(ReasonCeased.class, outcome));
            default -> throw new IllegalStateException("Unknown work of a referral: " + row.getString("work"));
        };
    }

    private static <E extends Enum<E>> E outcome(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
