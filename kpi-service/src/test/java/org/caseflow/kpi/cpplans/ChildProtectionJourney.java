package org.caseflow.kpi.cpplans;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CONCERN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DUE_ON;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47Outcome;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one child's child protection events to the stand-in feed, each shaped as its typed
 * reader in journey-events reads it: the business date as {@code occurredOn}, the due date as
 * {@code dueOn}, the facts under the stage's data keys.
 */
public final class ChildProtectionJourney {

    private static final String TEAM = "team-north";
    private static final String WORKER = "north.worker";

    private final FeedStub feed;
    private final String laChildId;
    private final String contactId;
    private final String referralId;

    private ChildProtectionJourney(FeedStub feed, String laChildId, String contactId, String referralId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.contactId = contactId;
        this.referralId = referralId;
    }

    public static ChildProtectionJourney of(FeedStub feed, String laChildId, String contactId, String referralId) {
        return new ChildProtectionJourney(feed, laChildId, contactId, referralId);
    }

    public JourneyEvent strategyDiscussion(LocalDate heldOn, StrategyDecision decision) {
        return publish(StrategyDiscussionHeld.TYPE, heldOn, heldOn, Map.of(CONCERN_CATEGORY, AbuseCategory.NEGLECT.name(),
                STRATEGY_DECISION, decision.name()));
    }

    public JourneyEvent section47Completed(LocalDate startedOn, LocalDate completedOn, LocalDate icpcDueOn) {
        return publish(Section47Completed.TYPE, completedOn, icpcDueOn, Map.of(S47_START_DATE, startedOn.toString(),
                S47_OUTCOME, Section47Outcome.CONCERNS_SUBSTANTIATED.name(), S47_DECISION, Section47Decision.INITIAL_CONFERENCE.name()));
    }

    public JourneyEvent initialConference(LocalDate s47StartedOn, LocalDate heldOn, LocalDate dueOn, IcpcDecision decision) {
        Map<String, Object> data = new HashMap<>(Map.of(S47_START_DATE, s47StartedOn.toString(), ICPC_DECISION, decision.name()));
        if (decision == IcpcDecision.CHILD_PROTECTION_PLAN) {
            data.put(PLAN_CATEGORY, AbuseCategory.NEGLECT.name());
        }
        return publish(IcpcHeld.TYPE, heldOn, dueOn, data);
    }

    public JourneyEvent planStarted(String cpPlanId, LocalDate startedOn, LocalDate firstVisitDueOn) {
        return publish(CpPlanStarted.TYPE, startedOn, null, Map.of(CP_PLAN_ID, cpPlanId, PLAN_CATEGORY, AbuseCategory.NEGLECT.name(),
                VISIT_DUE_ON, firstVisitDueOn.toString()));
    }

    /** A visit, and the journey starting the visit clock again from it. */
    public void visit(String cpPlanId, LocalDate visitedOn, LocalDate dueOn, boolean childSeen, LocalDate nextDueOn) {
        publish(CpVisitMade.TYPE, visitedOn, dueOn, Map.of(CP_PLAN_ID, cpPlanId, CHILD_SEEN, childSeen, CHILD_SEEN_ALONE, childSeen));
        publish(CpPlanWorkDue.VISIT_DUE, visitedOn, nextDueOn, Map.of(CP_PLAN_ID, cpPlanId));
    }

    public JourneyEvent review(String cpPlanId, LocalDate heldOn, LocalDate dueOn) {
        return publish(ReviewConferenceHeld.TYPE, heldOn, dueOn, Map.of(CP_PLAN_ID, cpPlanId, REVIEW_DECISION, ReviewDecision.CONTINUE_PLAN.name()));
    }

    public JourneyEvent planEnded(String cpPlanId, LocalDate heldOn, LocalDate dueOn, PlanEndReason reason) {
        return publish(ReviewConferenceHeld.TYPE, heldOn, dueOn, Map.of(CP_PLAN_ID, cpPlanId, REVIEW_DECISION, ReviewDecision.END_PLAN.name(),
                PLAN_END_REASON, reason.name()));
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, Map<String, Object> data) {
        return feed.publish(type, laChildId, contactId, referralId, occurredOn, dueOn, TEAM, WORKER, data);
    }
}
