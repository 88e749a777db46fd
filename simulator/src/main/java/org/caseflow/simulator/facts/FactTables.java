package org.caseflow.simulator.facts;

import java.util.List;

/**
 * The kpi-service fact tables the simulation's steps fill (its Flyway migrations V2-V10), with their columns, in an
 * order that copies each table after the ones it refers to. Foster carers' tables stay empty: the simulation has no
 * foster carers yet.
 */
final class FactTables {

    final FactTable contacts = new FactTable("contact_fact", "contact_id", "la_child_id", "received_on", "outcome", "decided_on",
            "source", "channel", "incident_date", "referrer_follow_up");
    final FactTable referrals = new FactTable("referral_fact", "referral_id", "la_child_id", "referral_date");
    final FactTable assessments = new FactTable("assessment_fact", "referral_id", "la_child_id", "started_on", "authorised_on", "outcome");
    final FactTable strategyDiscussions = new FactTable("strategy_discussion_fact", "event_id", "la_child_id", "referral_id", "held_on",
            "due_on", "decision");
    final FactTable enquiries = new FactTable("section47_fact", "referral_id", "started_on", "la_child_id", "completed_on", "outcome",
            "decision", "icpc_due_on");
    final FactTable initialConferences = new FactTable("icpc_fact", "event_id", "la_child_id", "referral_id", "s47_started_on", "held_on",
            "due_on", "decision");
    final FactTable cpPlans = new FactTable("cp_plan_fact", "cp_plan_id", "la_child_id", "referral_id", "started_on", "category",
            "first_visit_due_on", "ended_on", "end_reason");
    final FactTable cpVisits = new FactTable("cp_visit_fact", "event_id", "cp_plan_id", "la_child_id", "visited_on", "due_on",
            "child_seen", "child_seen_alone");
    final FactTable cpVisitsDue = new FactTable("cp_visit_due_fact", "event_id", "cp_plan_id", "counted_from", "due_on");
    final FactTable cpReviews = new FactTable("cp_review_fact", "event_id", "cp_plan_id", "la_child_id", "held_on", "due_on", "decision",
            "end_reason");
    final FactTable cinPlans = new FactTable("cin_plan_fact", "cin_plan_id", "la_child_id", "referral_id", "started_on", "origin",
            "first_visit_due_on", "ended_on", "end_reason");
    final FactTable cinVisits = new FactTable("cin_visit_fact", "event_id", "cin_plan_id", "la_child_id", "visited_on", "due_on",
            "child_seen", "child_seen_alone");
    final FactTable cinVisitsDue = new FactTable("cin_visit_due_fact", "event_id", "cin_plan_id", "counted_from", "due_on");
    final FactTable cinReviews = new FactTable("cin_review_fact", "event_id", "cin_plan_id", "la_child_id", "held_on", "due_on", "decision",
            "end_reason");
    final FactTable earlyHelpEpisodes = new FactTable("early_help_episode_fact", "eh_episode_id", "la_child_id", "contact_id",
            "stepped_down_from", "origin", "started_on", "closed_on", "closure");
    final FactTable stepUps = new FactTable("step_up_fact", "step_up_contact_id", "eh_episode_id", "la_child_id", "decided_on", "accepted");
    final FactTable carePeriods = new FactTable("cla_period_fact", "cla_period_id", "la_child_id", "referral_id", "started_on",
            "first_review_due_on", "entry_route", "legal_status", "category_of_need", "ceased_on", "reason_ceased");
    final FactTable placements = new FactTable("cla_placement_fact", "event_id", "position", "cla_period_id", "started_on",
            "placement_type", "provider", "until_eighteen", "emergency", "change_reason", "visit_due_on");
    final FactTable careVisits = new FactTable("cla_visit_fact", "event_id", "cla_period_id", "la_child_id", "visited_on", "due_on",
            "child_seen", "child_seen_alone");
    final FactTable careVisitsDue = new FactTable("cla_visit_due_fact", "event_id", "cla_period_id", "counted_from", "due_on");
    final FactTable careReviews = new FactTable("cla_review_fact", "event_id", "cla_period_id", "la_child_id", "held_on", "due_on");
    final FactTable allocations = new FactTable("allocation_fact", "event_id", "position", "la_child_id", "worker", "allocated_on",
            "allocated_by");
    final FactTable supervisionsDue = new FactTable("supervision_due_fact", "event_id", "worker", "counted_from", "due_on", "timescale");
    final FactTable supervisions = new FactTable("supervision_fact", "event_id", "worker", "supervisor", "held_on", "due_on");

    /** Parents before the tables that refer to them: a period of care before its placements, visits and reviews. */
    List<FactTable> inCopyOrder() {
        return List.of(contacts, referrals, assessments, strategyDiscussions, enquiries, initialConferences, cpPlans, cpVisits,
                cpVisitsDue, cpReviews, cinPlans, cinVisits, cinVisitsDue, cinReviews, earlyHelpEpisodes, stepUps, carePeriods,
                placements, careVisits, careVisitsDue, careReviews, allocations, supervisionsDue, supervisions);
    }
}
