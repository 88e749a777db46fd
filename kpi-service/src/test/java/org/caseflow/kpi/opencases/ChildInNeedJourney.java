package org.caseflow.kpi.opencases;

import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_END_REASON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ORIGIN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_START_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DECISION;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DUE_ON;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childinneed.CinPlanWorkDue;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.journey.events.childinneed.CinReviewHeld;
import org.caseflow.journey.events.childinneed.CinVisitMade;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one child's child in need plan events to the stand-in feed, each shaped as its typed reader in
 * journey-events reads it: the business date as {@code occurredOn}, the due date as {@code dueOn}, the
 * facts under the stage's data keys.
 */
final class ChildInNeedJourney {

    private static final String TEAM = "team-north";
    private static final String WORKER = "north.worker";

    private final FeedStub feed;
    private final String laChildId;
    private final String referralId;

    private ChildInNeedJourney(FeedStub feed, String laChildId, String referralId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.referralId = referralId;
    }

    static ChildInNeedJourney of(FeedStub feed, String laChildId, String referralId) {
        return new ChildInNeedJourney(feed, laChildId, referralId);
    }

    /** @param firstVisitDueOn null when the journey set no due date */
    JourneyEvent planStarted(String cinPlanId, LocalDate startedOn, CinPlanOrigin origin, LocalDate firstVisitDueOn) {
        Map<String, Object> data = new HashMap<>(Map.of(CIN_PLAN_ID, cinPlanId, CIN_PLAN_ORIGIN, origin.name(),
                CIN_PLAN_START_DATE, startedOn.toString()));
        if (firstVisitDueOn != null) {
            data.put(CIN_VISIT_DUE_ON, firstVisitDueOn.toString());
        }
        return publish(CinPlanStarted.TYPE, startedOn, null, data);
    }

    /** A visit, and (when {@code nextDueOn} is given) the journey starting the visit clock again from it. */
    JourneyEvent visit(String cinPlanId, LocalDate visitedOn, LocalDate dueOn, boolean childSeen, LocalDate nextDueOn) {
        JourneyEvent visit = publish(CinVisitMade.TYPE, visitedOn, dueOn, Map.of(CIN_PLAN_ID, cinPlanId, CIN_CHILD_SEEN, childSeen,
                CIN_CHILD_SEEN_ALONE, false));
        if (nextDueOn != null) {
            publish(CinPlanWorkDue.VISIT_DUE, visitedOn, nextDueOn, Map.of(CIN_PLAN_ID, cinPlanId));
        }
        return visit;
    }

    JourneyEvent planEnded(String cinPlanId, LocalDate heldOn, LocalDate dueOn, CinPlanEndReason reason) {
        return publish(CinReviewHeld.TYPE, heldOn, dueOn, Map.of(CIN_PLAN_ID, cinPlanId, CIN_REVIEW_DECISION,
                CinReviewDecision.END_PLAN.name(), CIN_PLAN_END_REASON, reason.name()));
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, Map<String, Object> data) {
        return feed.publish(type, laChildId, null, referralId, occurredOn, dueOn, TEAM, WORKER, data);
    }
}
