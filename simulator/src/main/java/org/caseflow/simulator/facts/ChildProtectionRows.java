package org.caseflow.simulator.facts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.childprotection.CpPlanStarted;
import org.caseflow.journey.events.childprotection.CpPlanWorkDue;
import org.caseflow.journey.events.childprotection.CpVisitMade;
import org.caseflow.journey.events.childprotection.IcpcHeld;
import org.caseflow.journey.events.childprotection.ReviewConferenceHeld;
import org.caseflow.journey.events.childprotection.Section47Completed;
import org.caseflow.journey.events.childprotection.StrategyDiscussionHeld;

/**
 * Strategy discussions, section 47 enquiries (written once completed), initial conferences, and child protection plans
 * (written once ended) with their visits, visit clocks and review conferences: kpi-service's section47 and cpplans
 * features. A plan's lead social worker holds the child's case from its start.
 */
final class ChildProtectionRows implements FactRows {

    private record Enquiry(String referralId, LocalDate startedOn, String laChildId) {
    }

    private final FactTables tables;
    private final Allocations allocations;
    /** Enquiries started and not yet completed, keyed as the CIN census keys them: referral and start date. */
    private final Map<String, Enquiry> enquiriesInProgress = new LinkedHashMap<>();
    private final Map<String, CpPlanStarted> openPlans = new LinkedHashMap<>();

    ChildProtectionRows(FactTables tables, Allocations allocations) {
        this.tables = tables;
        this.allocations = allocations;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(StrategyDiscussionHeld.TYPE, Section47Completed.TYPE, IcpcHeld.TYPE, CpPlanStarted.TYPE, CpVisitMade.TYPE,
                CpPlanWorkDue.VISIT_DUE, ReviewConferenceHeld.TYPE);
    }

    @Override
    public void write(JourneyEvent event) {
        switch (event.type()) {
            case StrategyDiscussionHeld.TYPE -> strategyDiscussion(event);
            case Section47Completed.TYPE -> enquiryCompleted(Section47Completed.from(event));
            case IcpcHeld.TYPE -> {
                IcpcHeld conference = IcpcHeld.from(event);
                tables.initialConferences.row(event.eventId(), conference.laChildId(), conference.referralId(), conference.s47StartedOn(),
                        conference.heldOn(), conference.dueOn(), conference.decision().name());
            }
            case CpPlanStarted.TYPE -> {
                CpPlanStarted plan = CpPlanStarted.from(event);
                openPlans.putIfAbsent(plan.cpPlanId(), plan);
                allocations.record(event, plan.laChildId(), plan.leadSocialWorker(), plan.startedOn());
            }
            case CpVisitMade.TYPE -> {
                CpVisitMade visit = CpVisitMade.from(event);
                tables.cpVisits.row(event.eventId(), visit.cpPlanId(), visit.laChildId(), visit.visitedOn(), visit.dueOn(),
                        visit.childSeen(), visit.childSeenAlone());
            }
            case CpPlanWorkDue.VISIT_DUE -> {
                CpPlanWorkDue due = CpPlanWorkDue.from(event);
                tables.cpVisitsDue.row(event.eventId(), due.cpPlanId(), due.countedFrom(), due.dueOn());
            }
            case ReviewConferenceHeld.TYPE -> reviewed(event, ReviewConferenceHeld.from(event));
            default -> throw new IllegalArgumentException("Not a child protection event: " + event.type());
        }
    }

    private void strategyDiscussion(JourneyEvent event) {
        StrategyDiscussionHeld discussion = StrategyDiscussionHeld.from(event);
        tables.strategyDiscussions.row(event.eventId(), discussion.laChildId(), discussion.referralId(), discussion.heldOn(),
                discussion.dueOn(), discussion.decision().name());
        if (discussion.decision().startsAnEnquiry()) {
            String referralId = referralOf(discussion.referralId());
            enquiriesInProgress.putIfAbsent(key(referralId, discussion.heldOn()),
                    new Enquiry(referralId, discussion.heldOn(), discussion.laChildId()));
        }
    }

    private void enquiryCompleted(Section47Completed enquiry) {
        String referralId = referralOf(enquiry.referralId());
        enquiriesInProgress.remove(key(referralId, enquiry.startedOn()));
        tables.enquiries.row(referralId, enquiry.startedOn(), enquiry.laChildId(), enquiry.completedOn(), enquiry.outcome().name(),
                enquiry.decision().name(), enquiry.icpcDueOn());
    }

    private void reviewed(JourneyEvent event, ReviewConferenceHeld review) {
        String endReason = review.endReason() == null ? null : review.endReason().name();
        tables.cpReviews.row(event.eventId(), review.cpPlanId(), review.laChildId(), review.heldOn(), review.dueOn(),
                review.decision().name(), endReason);
        if (review.endsThePlan()) {
            CpPlanStarted plan = openPlans.remove(review.cpPlanId());
            if (plan == null) {
                throw new IllegalStateException("A review conference ended plan " + review.cpPlanId() + ", which never started");
            }
            planRow(plan, review.heldOn(), endReason);
        }
    }

    @Override
    public void finish() {
        enquiriesInProgress.values().forEach(enquiry -> tables.enquiries.row(enquiry.referralId(), enquiry.startedOn(),
                enquiry.laChildId(), null, null, null, null));
        enquiriesInProgress.clear();
        openPlans.values().forEach(plan -> planRow(plan, null, null));
        openPlans.clear();
    }

    private void planRow(CpPlanStarted plan, LocalDate endedOn, String endReason) {
        tables.cpPlans.row(plan.cpPlanId(), plan.laChildId(), plan.referralId(), plan.startedOn(), plan.category().name(),
                plan.firstVisitDueOn(), endedOn, endReason);
    }

    private static String key(String referralId, LocalDate startedOn) {
        return referralId + "|" + startedOn;
    }

    /** Every section 47 enquiry sits in a referral: kpi-service sets aside one that names none. */
    private static String referralOf(String referralId) {
        if (referralId == null) {
            throw new IllegalArgumentException("A section 47 enquiry must belong to a referral; this step names none");
        }
        return referralId;
    }
}
