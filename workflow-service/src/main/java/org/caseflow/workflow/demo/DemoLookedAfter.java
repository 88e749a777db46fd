package org.caseflow.workflow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Children looked after in the demo, dated back from today: four in care with their visits and
 * reviews kept up (one moved from foster care to a children's home), and one whose care ended last
 * month with a special guardianship order; the children in care team holds them.
 */
@Component
class DemoLookedAfter {

    private final DemoSteps steps;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    DemoLookedAfter(DemoSteps steps, RuntimeService runtime, WorkingDayCalendar calendar, TransactionTemplate transaction) {
        this.steps = steps;
        this.runtime = runtime;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    void load(LocalDate today) {
        transaction.executeWithoutResult(status -> inCare("Layla", "Morris", today.minusMonths(14), "U6", "PR1", "SE9", true, today));
        transaction.executeWithoutResult(status -> inCare("Jayden", "Cole", today.minusMonths(7), "U3", "PR1", "DA1", false, today));
        transaction.executeWithoutResult(status -> inCare("Ellie", "Shaw", today.minusMonths(3), "P1", "PR0", "SE12", false, today));
        transaction.executeWithoutResult(status -> {
            String moved = inCare("Tyler", "Grant", today.minusMonths(10), "U6", "PR1", "SE18", false, today.minusMonths(2));
            steps.complete("cic.worker", moved, "RecordPlacementChange", Map.of("placementStartDate", weekday(today.minusMonths(2)).toString(),
                    "placementType", "K2", "placementProvider", "PR4", "placementPostcodeDistrict", "ME4", "placementUntilEighteen", false,
                    "placementEmergency", false, "placementChangeReason", "CREQB"));
            keepUp(moved, weekday(today.minusMonths(2)).plusDays(3), today, false);
        });
        transaction.executeWithoutResult(status -> {
            String ended = inCare("Sofia", "Price", today.minusMonths(20), "U1", "PR1", "BR1", true, today.minusMonths(1));
            steps.complete("cic.manager", ended, "RecordCareCeased", Map.of("careCeasedDate", weekday(today.minusMonths(1)).toString(),
                    "reasonCeased", "E47"));
        });
    }

    /** A child who came into care from a plan on {@code entered}, visited and reviewed in time until {@code until}; returns the period. */
    private String inCare(String given, String family, LocalDate entered, String type, String provider, String district,
            boolean untilEighteen, LocalDate until) {
        LocalDate start = weekday(entered);
        runtime.createMessageCorrelation("CareRequested").setVariables(new HashMap<>(Map.of("childGivenName", given,
                "childFamilyName", family, "childDateOfBirth", start.minusYears(8).toString(), "assessmentTeam", "team-north",
                "careEntryRoute", "CP_PLAN", "careRequestedOn", start.toString()))).correlateStartMessage();
        String period = runtime.createProcessInstanceQuery().processDefinitionKey("looked-after")
                .variableValueEquals("childGivenName", given).variableValueEquals("childFamilyName", family).singleResult().getId();
        steps.complete("north.manager", period, "RecordEntryToCare", Map.of("careStartDate", start.toString(), "legalStatus", "C2",
                "categoryOfNeed", "N1", "careTeam", "team-cic", "placementType", type, "placementProvider", provider,
                "placementPostcodeDistrict", district, "placementUntilEighteen", untilEighteen, "placementEmergency", false));
        keepUp(period, start.plusDays(5), until, true);
        return period;
    }

    /** Visits every 5 weeks from {@code firstVisit}, and reviews as they fall due, up to {@code until}. */
    private void keepUp(String period, LocalDate firstVisit, LocalDate until, boolean reviews) {
        for (LocalDate visit = weekday(firstVisit); visit.isBefore(until); visit = weekday(visit.plusWeeks(5))) {
            steps.complete("cic.worker", period, "RecordClaVisit", Map.of("claVisitDate", visit.toString(), "claChildSeen", true,
                    "claChildSeenAlone", true));
        }
        if (!reviews) {
            return;
        }
        for (LocalDate due = dueOf(period); due.isBefore(until); due = dueOf(period)) {
            steps.complete("cic.worker", period, "HoldClaReview", Map.of("claReviewDate", calendar.workingDaysBefore(due, 3).toString(),
                    "independentReviewingOfficer", "Helen Baker (IRO)"));
        }
    }

    private LocalDate dueOf(String period) {
        return LocalDate.parse((String) runtime.getVariable(period, "claReviewDueOn"));
    }

    private LocalDate weekday(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.workingDaysBefore(day, 1);
    }
}
