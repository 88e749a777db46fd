package org.caseflow.journey.events.lookedafter;

import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_ENTRY_ROUTE;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CARE_SOCIAL_WORKER;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CATEGORY_OF_NEED;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.CLA_PERIOD_ID;
import static org.caseflow.journey.events.lookedafter.LookedAfterData.LEGAL_STATUS;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child started to be looked after (task {@code RecordEntryToCare}): the start of a period of
 * care (SSDA903 DECOM), its legal status, category of need and first placement. Its first review
 * is due within 20 working days (rule T17, {@code dueOn}).
 */
public record CareStarted(String claPeriodId, String laChildId, String referralId, LocalDate startedOn, LocalDate firstReviewDueOn,
        CareEntryRoute entryRoute, LegalStatus legalStatus, CategoryOfNeed categoryOfNeed, Placement firstPlacement, String team,
        String socialWorker) {

    public static final String TYPE = "CareStarted";

    public static CareStarted from(JourneyEvent event) {
        return new CareStarted(event.require(CLA_PERIOD_ID), event.laChildId(), event.referralId(), event.occurredOn(), event.dueOn(),
                CareEntryRoute.valueOf(event.require(CARE_ENTRY_ROUTE)), LegalStatus.valueOf(event.require(LEGAL_STATUS)),
                CategoryOfNeed.valueOf(event.require(CATEGORY_OF_NEED)), Placement.from(event), event.team(),
                event.text(CARE_SOCIAL_WORKER).orElse(null));
    }
}
