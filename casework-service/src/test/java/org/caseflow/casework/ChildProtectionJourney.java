package org.caseflow.casework;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CONCERN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_CHAIR;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_START_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_BY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_ENDORSED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_ENDORSEMENT_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_EDUCATION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_HEALTH;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_POLICE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_RATIONALE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DUE_ON;
import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.CoreGroupHeld;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.Section47EndorsementDecided;
import org.caseflow.journey.events.childprotection.Section47Submitted;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one child's child protection events to a {@link FeedStub}, shaped as the event contract
 * reads them: the referral's episode on the envelope, the plan's id in the data, the business date
 * as {@code occurredOn} and the work's due date as {@code dueOn}. Due dates are the test's.
 */
public final class ChildProtectionJourney {

    private final FeedStub feed;
    private final String laChildId;
    private final String contactId;
    private final String referralId;
    private final String team = "team-north";

    private ChildProtectionJourney(FeedStub feed, String laChildId, String contactId, String referralId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.contactId = contactId;
        this.referralId = referralId;
    }

    /** The child's events in the episode of {@code referralId}. */
    public static ChildProtectionJourney of(FeedStub feed, String laChildId, String contactId, String referralId) {
        return new ChildProtectionJourney(feed, laChildId, contactId, referralId);
    }

    public JourneyEvent strategyDiscussion(LocalDate heldOn, LocalDate dueOn, String decision) {
        return publish(StrategyDiscussionHeld.TYPE, heldOn, dueOn, "north.worker", Map.of(STRATEGY_DATE, heldOn.toString(),
                STRATEGY_POLICE, true, STRATEGY_HEALTH, true, STRATEGY_EDUCATION, false, CONCERN_CATEGORY, "NEGLECT",
                STRATEGY_DECISION, decision, STRATEGY_RATIONALE, "Injuries unexplained; police to join the enquiry."));
    }

    public JourneyEvent section47Completed(LocalDate startedOn, LocalDate completedOn, LocalDate icpcDueOn, String decision) {
        return publish(Section47Completed.TYPE, completedOn, icpcDueOn, "north.worker", Map.of(S47_START_DATE, startedOn.toString(),
                CHILD_SEEN_DATE, startedOn.plusDays(1).toString(), S47_OUTCOME, "CONCERNS_SUBSTANTIATED",
                S47_CATEGORY, "NEGLECT", S47_DECISION, decision, S47_COMPLETED_DATE, completedOn.toString()));
    }

    /** The social worker completes the enquiry and puts its outcome to the team's managers. */
    public JourneyEvent section47Submitted(LocalDate startedOn, LocalDate completedOn, LocalDate icpcDueOn, String decision) {
        return publish(Section47Submitted.TYPE, completedOn, icpcDueOn, "north.worker", Map.of(S47_START_DATE, startedOn.toString(),
                S47_OUTCOME, "CONCERNS_SUBSTANTIATED", S47_DECISION, decision, S47_COMPLETED_DATE, completedOn.toString()));
    }

    /** A team manager endorses the outcome ({@code ENDORSE}) or sends it back ({@code SEND_BACK}), with their direction. */
    public JourneyEvent section47EndorsementDecided(String endorsement, String decision, LocalDate decidedOn, LocalDate icpcDueOn,
            String direction) {
        return publish(Section47EndorsementDecided.TYPE, decidedOn, icpcDueOn, "north.manager", Map.of(
                S47_ENDORSEMENT_DECISION, endorsement, S47_DECISION, decision, "oversightDate", decidedOn.toString(),
                "managerDirection", direction, "oversight", "SECTION_47_OUTCOME", "oversightDirection", direction));
    }

    /** The endorsed outcome takes effect: published as the manager endorses it, dated that day. */
    public JourneyEvent section47Endorsed(LocalDate startedOn, LocalDate completedOn, LocalDate endorsedOn, LocalDate icpcDueOn,
            String decision) {
        return publish(Section47Completed.TYPE, endorsedOn, icpcDueOn, "north.manager", Map.of(S47_START_DATE, startedOn.toString(),
                CHILD_SEEN_DATE, startedOn.plusDays(1).toString(), S47_OUTCOME, "CONCERNS_SUBSTANTIATED",
                S47_CATEGORY, "NEGLECT", S47_DECISION, decision, S47_COMPLETED_DATE, completedOn.toString(),
                S47_COMPLETED_BY, "north.worker", S47_ENDORSED_DATE, endorsedOn.toString()));
    }

    public JourneyEvent initialConference(LocalDate s47StartedOn, LocalDate heldOn, LocalDate dueOn, String decision) {
        return publish(IcpcHeld.TYPE, heldOn, dueOn, "north.manager", Map.of(S47_START_DATE, s47StartedOn.toString(),
                ICPC_DATE, heldOn.toString(), ICPC_CHAIR, "Pat Independent", ICPC_DECISION, decision,
                PLAN_CATEGORY, "NEGLECT", LEAD_SOCIAL_WORKER, "north.worker"));
    }

    public JourneyEvent planStarted(String cpPlanId, LocalDate startedOn, LocalDate coreGroupDue, LocalDate visitDue,
            LocalDate reviewDue) {
        return publish(CpPlanStarted.TYPE, startedOn, visitDue, null, Map.of(CP_PLAN_ID, cpPlanId,
                PLAN_START_DATE, startedOn.toString(), PLAN_CATEGORY, "NEGLECT", LEAD_SOCIAL_WORKER, "north.worker",
                CORE_GROUP_DUE_ON, coreGroupDue.toString(), VISIT_DUE_ON, visitDue.toString(),
                REVIEW_CONFERENCE_DUE_ON, reviewDue.toString()));
    }

    public JourneyEvent coreGroup(String cpPlanId, LocalDate heldOn, LocalDate dueOn) {
        return publish(CoreGroupHeld.TYPE, heldOn, dueOn, "north.worker", Map.of(CP_PLAN_ID, cpPlanId,
                CORE_GROUP_DATE, heldOn.toString()));
    }

    public JourneyEvent visit(String cpPlanId, LocalDate visitedOn, LocalDate dueOn, boolean seen, boolean seenAlone) {
        return publish(CpVisitMade.TYPE, visitedOn, dueOn, "north.worker", Map.of(CP_PLAN_ID, cpPlanId,
                VISIT_DATE, visitedOn.toString(), CHILD_SEEN, seen, CHILD_SEEN_ALONE, seenAlone));
    }

    /** The next visit, core group or review conference fell due ({@code CpVisitDue} ...), counted from {@code countedFrom}. */
    public JourneyEvent workDue(String type, String cpPlanId, LocalDate countedFrom, LocalDate dueOn) {
        if (!type.equals(CpPlanWorkDue.VISIT_DUE) && !type.equals(CpPlanWorkDue.CORE_GROUP_DUE)
                && !type.equals(CpPlanWorkDue.REVIEW_CONFERENCE_DUE)) {
            throw new IllegalArgumentException(type);
        }
        return publish(type, countedFrom, dueOn, null, Map.of(CP_PLAN_ID, cpPlanId));
    }

    public JourneyEvent review(String cpPlanId, LocalDate heldOn, LocalDate dueOn, String decision, String endReason) {
        Map<String, Object> data = new HashMap<>(Map.of(CP_PLAN_ID, cpPlanId, REVIEW_CONFERENCE_DATE, heldOn.toString(),
                REVIEW_DECISION, decision));
        if (endReason != null) {
            data.put(PLAN_END_REASON, endReason);
        }
        return publish(ReviewConferenceHeld.TYPE, heldOn, dueOn, "north.manager", data);
    }

    /** An event of the plan that is part of an escalation, of whatever type, as workflow-service publishes every one. */
    public JourneyEvent planEscalation(String type, String cpPlanId, LocalDate occurredOn, LocalDate dueOn, String kind,
            String timescale, String worker, String managerAction) {
        Map<String, Object> data = new HashMap<>(Map.of(CP_PLAN_ID, cpPlanId, ESCALATION, kind, TIMESCALE, timescale));
        if (managerAction != null) {
            data.put(MANAGER_ACTION, managerAction);
        }
        return publish(type, occurredOn, dueOn, worker, data);
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, String worker, Map<String, Object> data) {
        return feed.publish(type, laChildId, contactId, referralId, occurredOn, dueOn, team, worker, data);
    }
}
