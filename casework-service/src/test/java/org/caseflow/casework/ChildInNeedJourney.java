package org.caseflow.casework;

import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_LEAD_WORKER;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_END_REASON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ORIGIN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_START_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DECISION;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DUE_ON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DUE_ON;
import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one child's child in need plan events to a {@link FeedStub}, shaped as the event
 * contract reads them: the referral's episode on the envelope, the plan's id in the data, the
 * business date as {@code occurredOn} and the work's due date as {@code dueOn}. Due dates are the test's.
 */
public final class ChildInNeedJourney {

    private final FeedStub feed;
    private final String laChildId;
    private final String contactId;
    private final String referralId;
    private final String team = "team-north";

    private ChildInNeedJourney(FeedStub feed, String laChildId, String contactId, String referralId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.contactId = contactId;
        this.referralId = referralId;
    }

    /** The child's events in the episode of {@code referralId}. */
    public static ChildInNeedJourney of(FeedStub feed, String laChildId, String contactId, String referralId) {
        return new ChildInNeedJourney(feed, laChildId, contactId, referralId);
    }

    public JourneyEvent planStarted(String cinPlanId, LocalDate startedOn, String origin, LocalDate visitDue, LocalDate reviewDue) {
        return publish(CinPlanStarted.TYPE, startedOn, visitDue, null, Map.of(CIN_PLAN_ID, cinPlanId,
                CIN_PLAN_START_DATE, startedOn.toString(), CIN_PLAN_ORIGIN, origin, CIN_LEAD_WORKER, "north.worker",
                CIN_VISIT_DUE_ON, visitDue.toString(), CIN_REVIEW_DUE_ON, reviewDue.toString()));
    }

    public JourneyEvent visit(String cinPlanId, LocalDate visitedOn, LocalDate dueOn, boolean seen, boolean seenAlone) {
        return publish(CinVisitMade.TYPE, visitedOn, dueOn, "north.worker", Map.of(CIN_PLAN_ID, cinPlanId,
                CIN_VISIT_DATE, visitedOn.toString(), CIN_CHILD_SEEN, seen, CIN_CHILD_SEEN_ALONE, seenAlone));
    }

    /** The next visit or review fell due ({@code CinVisitDue}, {@code CinReviewDue}), counted from {@code countedFrom}. */
    public JourneyEvent workDue(String type, String cinPlanId, LocalDate countedFrom, LocalDate dueOn) {
        if (!type.equals(CinPlanWorkDue.VISIT_DUE) && !type.equals(CinPlanWorkDue.REVIEW_DUE)) {
            throw new IllegalArgumentException(type);
        }
        return publish(type, countedFrom, dueOn, null, Map.of(CIN_PLAN_ID, cinPlanId));
    }

    public JourneyEvent review(String cinPlanId, LocalDate heldOn, LocalDate dueOn, String decision, String endReason) {
        Map<String, Object> data = new HashMap<>(Map.of(CIN_PLAN_ID, cinPlanId, CIN_REVIEW_DATE, heldOn.toString(),
                CIN_REVIEW_DECISION, decision));
        if (endReason != null) {
            data.put(CIN_PLAN_END_REASON, endReason);
        }
        return publish(CinReviewHeld.TYPE, heldOn, dueOn, "north.manager", data);
    }

    /** An event of the plan that is part of an escalation, of whatever type, as workflow-service publishes every one. */
    public JourneyEvent planEscalation(String type, String cinPlanId, LocalDate occurredOn, LocalDate dueOn, String kind,
            String timescale, String worker, String managerAction) {
        Map<String, Object> data = new HashMap<>(Map.of(CIN_PLAN_ID, cinPlanId, ESCALATION, kind, TIMESCALE, timescale));
        if (managerAction != null) {
            data.put(MANAGER_ACTION, managerAction);
        }
        return publish(type, occurredOn, dueOn, worker, data);
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, String worker, Map<String, Object> data) {
        return feed.publish(type, laChildId, contactId, referralId, occurredOn, dueOn, team, worker, data);
    }
}
