package org.caseflow.journey.events.childinneed;

import static org.caseflow.journey.events.childinneed.CinData.CIN_LEAD_WORKER;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ID;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ORIGIN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DUE_ON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DUE_ON;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child in need plan started (process {@code cin-plan} started), on the date of the decision that
 * made it, with its first visit (local rule T11) and review (local rule T23) due.
 *
 * @param leadWorker the social worker leading it; null when none was known as it started
 */
public record CinPlanStarted(String cinPlanId, String laChildId, String referralId, LocalDate startedOn, CinPlanOrigin origin,
        String team, String leadWorker, LocalDate firstVisitDueOn, LocalDate firstReviewDueOn) {

    public static final String TYPE = "CinPlanStarted";

    public static CinPlanStarted from(JourneyEvent event) {
        return new CinPlanStarted(event.require(CIN_PLAN_ID), event.laChildId(), event.referralId(), event.occurredOn(),
                CinPlanOrigin.valueOf(event.require(CIN_PLAN_ORIGIN)), event.team(), event.text(CIN_LEAD_WORKER).orElse(null),
                event.date(CIN_VISIT_DUE_ON).orElse(null), event.date(CIN_REVIEW_DUE_ON).orElse(null));
    }
}
