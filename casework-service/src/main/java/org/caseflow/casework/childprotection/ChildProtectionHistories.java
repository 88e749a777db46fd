package org.caseflow.casework.childprotection;

import org.caseflow.casework.childprotection.ChildProtectionHistory.InitialConference;
import org.caseflow.casework.childprotection.ChildProtectionHistory.Section47Enquiry;
import org.caseflow.casework.childprotection.ChildProtectionHistory.StrategyDiscussion;
import org.caseflow.casework.cpplan.CpPlans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads a child's child protection history from the enquiries' records and the plans'. */
@Repository
public class ChildProtectionHistories {

    private final JdbcClient jdbc;
    private final CpPlans plans;

    ChildProtectionHistories(JdbcClient jdbc, CpPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    public ChildProtectionHistory of(String laChildId) {
        return new ChildProtectionHistory(laChildId,
                jdbc.sql("""
                                select referral_id, held_on, due_on, police, health, education, others, concern, decision, rationale,
                                    team, recorded_by
                                from strategy_discussion where la_child_id = :child order by held_on, referral_id""")
                        .param("child", laChildId).query(StrategyDiscussion.class).list(),
                jdbc.sql("""
                                select referral_id, started_on, child_seen_on, further_strategy_on, outcome, category, decision,
                                    completed_on, icpc_due_on, team, completed_by, endorsed_on, endorsed_by
                                from section_47_enquiry where la_child_id = :child order by started_on, referral_id""")
                        .param("child", laChildId).query(Section47Enquiry.class).list(),
                jdbc.sql("""
                                select referral_id, s47_started_on, held_on, due_on, (due_on is null or held_on <= due_on) as in_time,
                                    chair, decision, category, lead_social_worker, late_reason
                                from initial_conference where la_child_id = :child order by held_on, referral_id""")
                        .param("child", laChildId).query(InitialConference.class).list(),
                plans.of(laChildId));
    }
}
