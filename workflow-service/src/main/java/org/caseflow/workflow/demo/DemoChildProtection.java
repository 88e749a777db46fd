package org.caseflow.workflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three children at the stages a child protection manager watches, dated back from today: an
 * initial conference now late, a plan whose visit is overdue, and a plan whose review conference
 * is due next week. Each goes through the front door's immediate strategy discussion, the enquiry
 * (its outcome endorsed by the team's manager) and the conference as the demo users; the job
 * executor then fires what is overdue.
 */
@Component
class DemoChildProtection {

    private final DemoSteps steps;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    DemoChildProtection(DemoSteps steps, WorkingDayCalendar calendar, TransactionTemplate transaction) {
        this.steps = steps;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    void load(LocalDate today) {
        transaction.executeWithoutResult(status -> initialConferenceLate(today));
        transaction.executeWithoutResult(status -> planWithAVisitOverdue(today));
        transaction.executeWithoutResult(status -> planWithAReviewConferenceDueNextWeek(today));
    }

    /** The enquiry started 21 working days ago and asked for a conference; none has been held. */
    private void initialConferenceLate(LocalDate today) {
        LocalDate contact = calendar.workingDaysBefore(today, 22);
        String enquiry = toEnquiry("Callum", "Reid", "north", contact);
        enquiryCompleted("north", enquiry, calendar.addWorkingDays(contact, 9));
    }

    /** On a plan for 25 working days: first visit and core group in time, the next visit missed. */
    private void planWithAVisitOverdue(LocalDate today) {
        LocalDate contact = calendar.workingDaysBefore(today, 40);
        String plan = toPlan("Sienna", "Clarke", "south", contact, calendar.addWorkingDays(contact, 15));
        steps.complete("south.worker", plan, "HoldCoreGroup", Map.of("coreGroupDate", calendar.addWorkingDays(contact, 23).toString()));
        steps.complete("south.worker", plan, "RecordCpVisit", visit(calendar.addWorkingDays(contact, 24)));
    }

    /** On a plan for nearly 3 months, visited every 8 working days: its first review conference is due in 5 days. */
    private void planWithAReviewConferenceDueNextWeek(LocalDate today) {
        LocalDate planStart = workingDayOnOrBefore(today.plusDays(5).minusMonths(3));
        LocalDate contact = calendar.workingDaysBefore(planStart, 16);
        String plan = toPlan("Mason", "Ahmed", "north", contact, planStart);
        for (LocalDate visit = calendar.addWorkingDays(planStart, 8); visit.isBefore(today); visit = calendar.addWorkingDays(visit, 8)) {
            steps.complete("north.worker", plan, "RecordCpVisit", visit(visit));
        }
        for (LocalDate meeting = calendar.addWorkingDays(planStart, 9); meeting.isBefore(today); meeting = meeting.plusWeeks(3)) {
            steps.complete("north.worker", plan, "HoldCoreGroup", Map.of("coreGroupDate", meeting.toString()));
        }
    }

    /**
     * Contact, immediate strategy discussion the next working day deciding on an enquiry, the
     * assessment allocated beside it; returns the child protection journey, waiting at the enquiry.
     */
    private String toEnquiry(String givenName, String familyName, String area, LocalDate contact) {
        String team = "team-" + area;
        String frontDoor = steps.start("frontdoor.worker", "front-door", new HashMap<>(Map.of(
                "childGivenName", givenName, "childFamilyName", familyName,
                "childDateOfBirth", contact.minusYears(7).minusDays(40).toString(), "contactSource", "POLICE",
                "contactReceivedAt", contact.atTime(LocalTime.of(9, 30)).toString(),
                "contactReason", "Police attended a report of a child injured at home."))).getId();
        steps.complete("frontdoor.manager", frontDoor, "DecideOnContact", Map.of("contactOutcome", "STRATEGY_DISCUSSION",
                "decisionDate", contact.toString(), "assessmentTeam", team, "primaryNeed", "N1",
                "decisionRationale", "Reasonable cause to suspect significant harm: a strategy discussion is needed today.",
                "referrerFollowUp", "TOLD", "referrerToldHow", "By phone, to the attending officer", "referrerToldOn", contact.toString()));
        String referral = steps.calledBy(frontDoor, "assessment");
        steps.complete(area + ".manager", referral, "AllocateSocialWorker", Map.of("allocatedWorker", area + ".worker",
                "allocationDate", contact.toString()));
        String childProtection = steps.calledBy(referral, "child-protection");
        steps.complete(area + ".manager", childProtection, "HoldStrategyDiscussion", Map.of(
                "strategyDate", calendar.addWorkingDays(contact, 1).toString(), "strategyPolice", true, "strategyHealth", true,
                "strategyEducation", true, "concernCategory", "PHYSICAL_ABUSE", "strategyDecision", "SECTION_47",
                "strategyRationale", "Police, health and school agree that section 47 enquiries are needed."));
        return childProtection;
    }

    /** The same to an initial conference on {@code planStart} that decides on a plan; returns the plan. */
    private String toPlan(String givenName, String familyName, String area, LocalDate contact, LocalDate planStart) {
        String childProtection = toEnquiry(givenName, familyName, area, contact);
        enquiryCompleted(area, childProtection, calendar.addWorkingDays(contact, 8));
        steps.complete(area + ".manager", childProtection, "HoldInitialConference", Map.of("icpcDate", planStart.toString(),
                "icpcChair", "Independent conference chair", "icpcDecision", "CHILD_PROTECTION_PLAN",
                "planCategory", "PHYSICAL_ABUSE", "leadSocialWorker", area + ".worker"));
        return steps.calledBy(childProtection, "cp-plan");
    }

    /** The team's social worker completes the enquiry, and the team's manager endorses its outcome the same day (management oversight). */
    private void enquiryCompleted(String area, String childProtection, LocalDate completed) {
        steps.complete(area + ".worker", childProtection, "CompleteSection47Enquiry", enquiryFindings(completed));
        steps.complete(area + ".manager", childProtection, "EndorseSection47Outcome", Map.of("s47EndorsementDecision", "ENDORSE",
                "oversightDate", completed.toString(),
                "managerDirection", "Concerns substantiated on the evidence; an initial conference is needed."));
    }

    private static Map<String, Object> enquiryFindings(LocalDate completed) {
        return Map.of("childSeenDate", completed.minusDays(7).toString(), "s47Outcome", "CONCERNS_SUBSTANTIATED",
                "s47Category", "PHYSICAL_ABUSE", "s47Decision", "INITIAL_CONFERENCE", "s47CompletedDate", completed.toString());
    }

    private static Map<String, Object> visit(LocalDate date) {
        return Map.of("visitDate", date.toString(), "childSeen", true, "childSeenAlone", true);
    }

    private LocalDate workingDayOnOrBefore(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.workingDaysBefore(day, 1);
    }
}
