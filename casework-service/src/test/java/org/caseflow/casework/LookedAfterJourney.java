package org.caseflow.casework;

import static org.caseflow.journey.events.escalation.EscalationData.ESCALATION;
import static org.caseflow.journey.events.escalation.EscalationData.MANAGER_ACTION;
import static org.caseflow.journey.events.escalation.EscalationData.TIMESCALE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_CEASED_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_ENTRY_ROUTE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_SOCIAL_WORKER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_TEAM;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CATEGORY_OF_NEED;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_REVIEW_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_VISIT_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.INDEPENDENT_REVIEWING_OFFICER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.LEGAL_STATUS;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_CHANGE_REASON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_EMERGENCY;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PLAN_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_POSTCODE_DISTRICT;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_PROVIDER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_START_DATE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_TYPE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_UNTIL_EIGHTEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.REASON_CEASED;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.lookedafter.CareCeased;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.lookedafter.PlacementPlanAgreed;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one period of care's events to a {@link FeedStub}, shaped as the event contract reads
 * them: the referral on the envelope (none for a direct entry), the children in care team as the
 * event's team, the period's id in the data, the business date as {@code occurredOn} and the work's
 * due date as {@code dueOn}. Due dates are the test's.
 */
public final class LookedAfterJourney {

    /** The children in care team of the demo directory. */
    public static final String CARE_TEAM_ID = "team-cic";
    private static final String WORKER = "cic.worker";

    private final FeedStub feed;
    private final String laChildId;
    private final String contactId;
    private final String referralId;
    private final String claPeriodId;

    private LookedAfterJourney(FeedStub feed, String laChildId, String contactId, String referralId, String claPeriodId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.contactId = contactId;
        this.referralId = referralId;
        this.claPeriodId = claPeriodId;
    }

    /** A period of care in the episode of {@code referralId}. */
    public static LookedAfterJourney inReferral(FeedStub feed, String laChildId, String contactId, String referralId,
            String claPeriodId) {
        return new LookedAfterJourney(feed, laChildId, contactId, referralId, claPeriodId);
    }

    /** A period of care with no referral: police protection, remand, a child accommodated at the family's request. */
    public static LookedAfterJourney directEntry(FeedStub feed, String laChildId, String claPeriodId) {
        return new LookedAfterJourney(feed, laChildId, null, null, claPeriodId);
    }

    /** Where a child is placed: SSDA903 PLACE and PLACE_PROVIDER codes. */
    public record Where(String type, String provider, String postcodeDistrict, boolean untilEighteen, boolean emergency) {
    }

    public JourneyEvent started(LocalDate startedOn, LocalDate firstReviewDue, String route, String legalStatus, String categoryOfNeed,
            Where placement) {
        Map<String, Object> data = placement(placement, startedOn);
        data.putAll(Map.of(CLA_PERIOD_ID, claPeriodId, CARE_START_DATE, startedOn.toString(), CARE_ENTRY_ROUTE, route,
                LEGAL_STATUS, legalStatus, CATEGORY_OF_NEED, categoryOfNeed, CARE_TEAM, CARE_TEAM_ID, CARE_SOCIAL_WORKER, WORKER));
        return publish(CareStarted.TYPE, startedOn, firstReviewDue, "cic.manager", data);
    }

    public JourneyEvent placementChanged(LocalDate startedOn, LocalDate visitDue, Where placement, String reason) {
        Map<String, Object> data = placement(placement, startedOn);
        data.putAll(Map.of(CLA_PERIOD_ID, claPeriodId, PLACEMENT_CHANGE_REASON, reason));
        return publish(PlacementChanged.TYPE, startedOn, visitDue, WORKER, data);
    }

    public JourneyEvent placementPlanAgreed(LocalDate agreedOn, LocalDate dueOn) {
        return publish(PlacementPlanAgreed.TYPE, agreedOn, dueOn, WORKER, Map.of(CLA_PERIOD_ID, claPeriodId,
                PLACEMENT_PLAN_DATE, agreedOn.toString()));
    }

    public JourneyEvent visit(LocalDate visitedOn, LocalDate dueOn, boolean seen, boolean seenAlone) {
        return publish(ClaVisitMade.TYPE, visitedOn, dueOn, WORKER, Map.of(CLA_PERIOD_ID, claPeriodId,
                CLA_VISIT_DATE, visitedOn.toString(), CLA_CHILD_SEEN, seen, CLA_CHILD_SEEN_ALONE, seenAlone));
    }

    public JourneyEvent review(LocalDate heldOn, LocalDate dueOn, String independentReviewingOfficer) {
        return publish(ClaReviewHeld.TYPE, heldOn, dueOn, "cic.manager", Map.of(CLA_PERIOD_ID, claPeriodId,
                CLA_REVIEW_DATE, heldOn.toString(), INDEPENDENT_REVIEWING_OFFICER, independentReviewingOfficer));
    }

    /** The next visit or review fell due ({@code ClaVisitDue}, {@code ClaReviewDue}), counted from {@code countedFrom}. */
    public JourneyEvent workDue(String type, LocalDate countedFrom, LocalDate dueOn) {
        if (!type.equals(ClaWorkDue.VISIT_DUE) && !type.equals(ClaWorkDue.REVIEW_DUE)) {
            throw new IllegalArgumentException(type);
        }
        return publish(type, countedFrom, dueOn, null, Map.of(CLA_PERIOD_ID, claPeriodId));
    }

    public JourneyEvent ceased(LocalDate ceasedOn, String reason) {
        return publish(CareCeased.TYPE, ceasedOn, null, "cic.manager", Map.of(CLA_PERIOD_ID, claPeriodId,
                CARE_CEASED_DATE, ceasedOn.toString(), REASON_CEASED, reason));
    }

    /** An event of the period that is part of an escalation, of whatever type, as workflow-service publishes every one. */
    public JourneyEvent escalation(String type, LocalDate occurredOn, LocalDate dueOn, String kind, String timescale, String worker,
            String managerAction) {
        Map<String, Object> data = new HashMap<>(Map.of(CLA_PERIOD_ID, claPeriodId, ESCALATION, kind, TIMESCALE, timescale));
        if (managerAction != null) {
            data.put(MANAGER_ACTION, managerAction);
        }
        return publish(type, occurredOn, dueOn, worker, data);
    }

    private static Map<String, Object> placement(Where placement, LocalDate startedOn) {
        Map<String, Object> data = new HashMap<>(Map.of(PLACEMENT_START_DATE, startedOn.toString(), PLACEMENT_TYPE, placement.type(),
                PLACEMENT_PROVIDER, placement.provider(), PLACEMENT_UNTIL_EIGHTEEN, placement.untilEighteen(),
                PLACEMENT_EMERGENCY, placement.emergency()));
        if (placement.postcodeDistrict() != null) {
            data.put(PLACEMENT_POSTCODE_DISTRICT, placement.postcodeDistrict());
        }
        return data;
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, String worker, Map<String, Object> data) {
        return feed.publish(type, laChildId, contactId, referralId, occurredOn, dueOn, CARE_TEAM_ID, worker, data);
    }
}
