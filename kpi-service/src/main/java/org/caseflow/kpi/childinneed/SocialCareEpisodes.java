package org.caseflow.kpi.childinneed;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The children in need at the end of a day ({@link ChildrenInNeed}): the referrals' episodes of social care,
 * read from the facts of every stage of a referral's work (assessment, strategy discussion, section 47
 * enquiry, initial conference, child protection and child in need plans, periods of care), and the plans and
 * periods of care themselves. Work started after the day cannot keep an episode open on it, nor close it by
 * then, so only what had started is read.
 */
@Repository
public class SocialCareEpisodes {

    private static final String WORK = """
            with episode as (select referral_id, la_child_id, referral_date from referral_fact where referral_date <= :on)
            select e.referral_id, e.la_child_id, e.referral_date, 'ASSESSMENT' as work, e.referral_date as started_on,
                   a.authorised_on as ended_on, a.outcome, null::date as conference_held_on
            from episode e left join assessment_fact a on a.referral_id = e.referral_id
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'STRATEGY_DISCUSSION', d.held_on, d.held_on, d.decision, null
            from episode e join strategy_discussion_fact d on d.referral_id = e.referral_id where d.held_on <= :on
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'SECTION_47', s.started_on, s.completed_on, s.decision,
                   (select min(i.held_on) from icpc_fact i where i.referral_id = s.referral_id and i.s47_started_on = s.started_on)
            from episode e join section47_fact s on s.referral_id = e.referral_id where s.started_on <= :on
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'INITIAL_CONFERENCE', i.held_on, i.held_on, i.decision, null
            from episode e join icpc_fact i on i.referral_id = e.referral_id where i.held_on <= :on
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'CP_PLAN', p.started_on, p.ended_on, p.end_reason, null
            from episode e join cp_plan_fact p on p.referral_id = e.referral_id where p.started_on <= :on
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'CIN_PLAN', p.started_on, p.ended_on, p.end_reason, null
            from episode e join cin_plan_fact p on p.referral_id = e.referral_id where p.started_on <= :on
            union all
            select e.referral_id, e.la_child_id, e.referral_date, 'CARE', c.started_on, c.ceased_on, c.reason_ceased, null
            from episode e join cla_period_fact c on c.referral_id = e.referral_id where c.started_on <= :on""";

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
        return ChildrenInNeed.on(date, episodesStartedBy(date), cinPlans.openOrEndingOn(date), cpPlans.openOrEndingOn(date),
                carePeriods.openOrEndingOn(date));
    }

    /** The episodes of the referrals dated on or before {@code date}, each with its work started by then. */
    List<ReferralEpisode> episodesStartedBy(LocalDate date) {
        Map<String, ReferralEpisode> episodes = new LinkedHashMap<>();
        Map<String, List<Work>> workByReferral = new LinkedHashMap<>();
        jdbc.sql(WORK).param("on", date).query(row -> {
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
