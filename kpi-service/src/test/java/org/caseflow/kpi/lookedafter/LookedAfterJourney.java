package org.caseflow.kpi.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_ENTRY_ROUTE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CATEGORY_OF_NEED;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.INDEPENDENT_REVIEWING_OFFICER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.LEGAL_STATUS;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_CHANGE_REASON;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.PLACEMENT_EMERGENCY;
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
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.ClaReviewHeld;
import org.caseflow.journey.events.lookedafter.ClaVisitMade;
import org.caseflow.journey.events.lookedafter.ClaWorkDue;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.PlacementChangeReason;
import org.caseflow.journey.events.lookedafter.PlacementChanged;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.lookedafter.ReasonCeased;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes one period of care's events to the stand-in feed, each shaped as its typed reader in
 * journey-events reads it: the business date as {@code occurredOn}, the due date as {@code dueOn}, the
 * facts under the stage's data keys.
 */
final class LookedAfterJourney {

    private static final String TEAM = "team-children-in-care";
    private static final String WORKER = "care.worker";

    private final FeedStub feed;
    private final String laChildId;
    private final String referralId;
    private final String claPeriodId;

    private LookedAfterJourney(FeedStub feed, String laChildId, String referralId, String claPeriodId) {
        this.feed = feed;
        this.laChildId = laChildId;
        this.referralId = referralId;
        this.claPeriodId = claPeriodId;
    }

    /** @param referralId the referral the period of care sits in; null for none */
    static LookedAfterJourney of(FeedStub feed, String laChildId, String referralId, String claPeriodId) {
        return new LookedAfterJourney(feed, laChildId, referralId, claPeriodId);
    }

    /** The child starts to be looked after, in a first placement from that day. */
    JourneyEvent started(LocalDate startedOn, LocalDate firstReviewDueOn, LegalStatus legalStatus, PlacementType type,
            PlacementProvider provider, boolean untilEighteen) {
        Map<String, Object> data = placement(startedOn, type, provider, untilEighteen);
        data.put(CARE_ENTRY_ROUTE, CareEntryRoute.ASSESSMENT.name());
        data.put(LEGAL_STATUS, legalStatus.name());
        data.put(CATEGORY_OF_NEED, CategoryOfNeed.N1.name());
        return publish(CareStarted.TYPE, startedOn, firstReviewDueOn, data);
    }

    JourneyEvent moved(LocalDate movedOn, PlacementType type, PlacementProvider provider, boolean untilEighteen, LocalDate visitDueOn) {
        Map<String, Object> data = placement(movedOn, type, provider, untilEighteen);
        data.put(PLACEMENT_CHANGE_REASON, PlacementChangeReason.CARPL.name());
        return publish(PlacementChanged.TYPE, movedOn, visitDueOn, data);
    }

    /** A visit, and (when {@code nextDueOn} is given) the journey starting the visit clock again from it. */
    JourneyEvent visit(LocalDate visitedOn, LocalDate dueOn, boolean childSeen, LocalDate nextDueOn) {
        JourneyEvent visit = publish(ClaVisitMade.TYPE, visitedOn, dueOn, Map.of(CLA_PERIOD_ID, claPeriodId, CLA_CHILD_SEEN, childSeen,
                CLA_CHILD_SEEN_ALONE, false));
        if (nextDueOn != null) {
            visitDue(visitedOn, nextDueOn);
        }
        return visit;
    }

    /** The journey starting the visit clock, counted from {@code countedFrom}. */
    JourneyEvent visitDue(LocalDate countedFrom, LocalDate dueOn) {
        return publish(ClaWorkDue.VISIT_DUE, countedFrom, dueOn, Map.of(CLA_PERIOD_ID, claPeriodId));
    }

    JourneyEvent review(LocalDate heldOn, LocalDate dueOn) {
        return publish(ClaReviewHeld.TYPE, heldOn, dueOn, Map.of(CLA_PERIOD_ID, claPeriodId, INDEPENDENT_REVIEWING_OFFICER, "iro.one"));
    }

    JourneyEvent ceased(LocalDate ceasedOn, ReasonCeased reason) {
        return publish(CareCeased.TYPE, ceasedOn, null, Map.of(CLA_PERIOD_ID, claPeriodId, REASON_CEASED, reason.name()));
    }

    private Map<String, Object> placement(LocalDate startedOn, PlacementType type, PlacementProvider provider, boolean untilEighteen) {
        Map<String, Object> data = new HashMap<>(Map.of(CLA_PERIOD_ID, claPeriodId, PLACEMENT_START_DATE, startedOn.toString(),
                PLACEMENT_TYPE, type.name(), PLACEMENT_PROVIDER, provider.name(), PLACEMENT_POSTCODE_DISTRICT, "SE9",
                PLACEMENT_UNTIL_EIGHTEEN, untilEighteen, PLACEMENT_EMERGENCY, false));
        return data;
    }

    private JourneyEvent publish(String type, LocalDate occurredOn, LocalDate dueOn, Map<String, Object> data) {
        return feed.publish(type, laChildId, null, referralId, occurredOn, dueOn, TEAM, WORKER, data);
    }
}
