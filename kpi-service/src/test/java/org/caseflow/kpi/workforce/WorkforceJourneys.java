package org.caseflow.kpi.workforce;

import java.time.LocalDate;
import java.util.Map;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childinneed.CinData;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childinneed.CinPlanStarted;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.lookedafter.CareEntryRoute;
import org.caseflow.journey.events.lookedafter.CareStarted;
import org.caseflow.journey.events.lookedafter.CategoryOfNeed;
import org.caseflow.journey.events.lookedafter.LegalStatus;
import org.caseflow.journey.events.lookedafter.LookedAfterData;
import org.caseflow.journey.events.lookedafter.PlacementProvider;
import org.caseflow.journey.events.lookedafter.PlacementType;
import org.caseflow.journey.events.workforce.CaseReallocated;
import org.caseflow.journey.events.workforce.SupervisionDue;
import org.caseflow.journey.events.workforce.SupervisionHeld;
import org.caseflow.journey.events.workforce.WorkforceData;
import org.caseflow.testsupport.FeedStub;

/**
 * Publishes the journey steps that give a child's case to a worker, and a worker's supervision, to the stand-in feed,
 * each shaped as its typed reader in journey-events reads it: the business date as {@code occurredOn}, the due date as
 * {@code dueOn}, the facts under the stage's data keys. (A referral and its assessment's allocation are published with
 * {@code Journeys}.)
 */
final class WorkforceJourneys {

    private final FeedStub feed;

    WorkforceJourneys(FeedStub feed) {
        this.feed = feed;
    }

    JourneyEvent cinPlanStarted(String laChildId, String referralId, String cinPlanId, LocalDate startedOn, String leadWorker) {
        return feed.publish(CinPlanStarted.TYPE, laChildId, null, referralId, startedOn, null, "team-north", "north.manager",
                Map.of(CinData.CIN_PLAN_ID, cinPlanId, CinData.CIN_PLAN_ORIGIN, CinPlanOrigin.ASSESSMENT.name(),
                        CinData.CIN_PLAN_START_DATE, startedOn.toString(), CinData.CIN_LEAD_WORKER, leadWorker));
    }

    JourneyEvent cpPlanStarted(String laChildId, String referralId, String cpPlanId, LocalDate startedOn, String leadWorker) {
        return feed.publish(CpPlanStarted.TYPE, laChildId, null, referralId, startedOn, null, "team-north", "north.manager",
                Map.of(ChildProtectionData.CP_PLAN_ID, cpPlanId, ChildProtectionData.PLAN_CATEGORY, AbuseCategory.NEGLECT.name(),
                        ChildProtectionData.PLAN_START_DATE, startedOn.toString(), ChildProtectionData.LEAD_SOCIAL_WORKER, leadWorker));
    }

    /** The child comes into care by police protection (no referral), placed in foster care that day. */
    JourneyEvent careStarted(String laChildId, String claPeriodId, LocalDate startedOn, String socialWorker) {
        return feed.publish(CareStarted.TYPE, laChildId, null, null, startedOn, startedOn.plusDays(28), "team-cic", "cic.manager",
                Map.of(LookedAfterData.CLA_PERIOD_ID, claPeriodId, LookedAfterData.CARE_ENTRY_ROUTE, CareEntryRoute.POLICE_PROTECTION.name(),
                        LookedAfterData.LEGAL_STATUS, LegalStatus.L1.name(), LookedAfterData.CATEGORY_OF_NEED, CategoryOfNeed.N1.name(),
                        LookedAfterData.PLACEMENT_START_DATE, startedOn.toString(), LookedAfterData.PLACEMENT_TYPE, PlacementType.U6.name(),
                        LookedAfterData.PLACEMENT_PROVIDER, PlacementProvider.PR1.name(), LookedAfterData.CARE_SOCIAL_WORKER, socialWorker));
    }

    JourneyEvent reallocated(String laChildId, String from, String to, LocalDate allocatedOn) {
        return feed.publish(CaseReallocated.TYPE, laChildId, null, null, allocatedOn, null, "team-cic", "cic.manager",
                Map.of(WorkforceData.CASE_WORKER, to, WorkforceData.PREVIOUS_WORKER, from, WorkforceData.REALLOCATION_DATE,
                        allocatedOn.toString(), WorkforceData.REALLOCATION_REASON, "Worker leaving"));
    }

    JourneyEvent supervisionDue(String worker, LocalDate countedFrom, LocalDate dueOn) {
        return feed.publish(SupervisionDue.TYPE, null, null, null, countedFrom, dueOn, "team-north", null,
                Map.of(WorkforceData.SUPERVISED_WORKER, worker, WorkforceData.SUPERVISION_TIMESCALE, "T22"));
    }

    JourneyEvent supervisionHeld(String worker, LocalDate heldOn, LocalDate dueOn) {
        return feed.publish(SupervisionHeld.TYPE, null, null, null, heldOn, dueOn, "team-north", "north.manager",
                Map.of(WorkforceData.SUPERVISED_WORKER, worker, WorkforceData.SUPERVISOR, "north.manager",
                        WorkforceData.SUPERVISION_DATE, heldOn.toString(), WorkforceData.SUPERVISION_TIMESCALE, "T22"));
    }
}
