package org.caseflow.journey.events.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DUE_ON;

import java.time.LocalDate;
import org.caseflow.journey.events.JourneyEvent;

/**
 * A child protection plan started, on the date of the initial conference that decided on it
 * (process {@code cp-plan} started), with the first of its recurring work due.
 */
public record CpPlanStarted(String cpPlanId, String laChildId, String referralId, LocalDate startedOn, AbuseCategory category,
        String team, String leadSocialWorker, LocalDate firstCoreGroupDueOn, LocalDate firstVisitDueOn,
        LocalDate firstReviewConferenceDueOn) {

    public static final String TYPE = "CpPlanStarted";

    public static CpPlanStarted from(JourneyEvent event) {
        return new CpPlanStarted(event.require(CP_PLAN_ID), event.laChildId(), event.referralId(), event.occurredOn(),
                AbuseCategory.valueOf(event.require(PLAN_CATEGORY)), event.team(), event.text(LEAD_SOCIAL_WORKER).orElse(null),
                event.date(CORE_GROUP_DUE_ON).orElse(null), event.date(VISIT_DUE_ON).orElse(null),
                event.date(REVIEW_CONFERENCE_DUE_ON).orElse(null));
    }
}
