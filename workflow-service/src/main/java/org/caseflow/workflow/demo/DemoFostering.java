package org.caseflow.workflow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Foster carers in the demo, dated back from today, approved by the fostering team's manager and
 * visited by their supervising social workers: in-house carers (one of long standing whose DBS
 * check was renewed, one whose visits lapsed three months ago) and kinship carers (one approved
 * three weeks ago with no DBS check recorded, one deregistered last month when a special
 * guardianship order was made).
 */
@Component
class DemoFostering {

    private static final String MANAGER = "fostering.manager";
    private static final String IN_HOUSE_WORKER = "fostering.worker";
    private static final String KINSHIP_WORKER = "kinship.worker";

    private final DemoSteps steps;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    DemoFostering(DemoSteps steps, WorkingDayCalendar calendar, TransactionTemplate transaction) {
        this.steps = steps;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    void load(LocalDate today) {
        transaction.executeWithoutResult(status -> {
            LocalDate approved = today.minusYears(3).minusMonths(2);
            String carer = approve("FC-0001", "The Okafor household", "IN_HOUSE", approved, IN_HOUSE_WORKER, approved.minusMonths(1));
            // its first check fell due three months ago and was renewed the month before
            steps.complete(IN_HOUSE_WORKER, carer, "RecordDbsCheck", Map.of("dbsCheckDate", weekday(today.minusMonths(4)).toString()));
            visitUntil(carer, IN_HOUSE_WORKER, approved, today);
        });
        transaction.executeWithoutResult(status -> {
            LocalDate approved = today.minusMonths(18);
            visitUntil(approve("FC-0002", "The Patel household", "IN_HOUSE", approved, IN_HOUSE_WORKER, approved.minusWeeks(3)),
                    IN_HOUSE_WORKER, approved, today);
        });
        transaction.executeWithoutResult(status -> {
            LocalDate approved = today.minusMonths(8);
            visitUntil(approve("FC-0003", "The Hughes household", "KINSHIP", approved, KINSHIP_WORKER, approved.minusWeeks(5)),
                    KINSHIP_WORKER, approved, today);
        });
        // a kinship carer approved in a hurry for a child who needed a home: no DBS check recorded yet, overdue since approval
        transaction.executeWithoutResult(status -> {
            LocalDate approved = today.minusWeeks(3);
            String carer = approve("FC-0004", "The Nowak household", "KINSHIP", approved, KINSHIP_WORKER, null);
            steps.complete(KINSHIP_WORKER, carer, "RecordCarerSupervisionVisit",
                    Map.of("carerVisitDate", weekday(today.minusWeeks(2)).toString()));
        });
        // visits kept up until three months ago: the next is overdue
        transaction.executeWithoutResult(status -> {
            LocalDate approved = today.minusMonths(6);
            visitUntil(approve("FC-0005", "The Clarke household", "IN_HOUSE", approved, IN_HOUSE_WORKER, approved.minusWeeks(2)),
                    IN_HOUSE_WORKER, approved, today.minusMonths(3));
        });
        transaction.executeWithoutResult(status -> {
            LocalDate approved = today.minusMonths(14);
            LocalDate ended = weekday(today.minusMonths(1));
            String carer = approve("FC-0006", "The Walker household", "KINSHIP", approved, KINSHIP_WORKER, approved.minusWeeks(4));
            visitUntil(carer, KINSHIP_WORKER, approved, ended);
            steps.complete(MANAGER, carer, "RecordCarerDeregistered", Map.of("deregistrationDate", ended.toString(),
                    "deregistrationReason", "PERMANENCE_ORDER"));
        });
    }

    /** The manager approves the household on a working day; returns its journey. */
    private String approve(String carerId, String household, String type, LocalDate approvedOn, String worker, LocalDate dbsCheckedOn) {
        Map<String, Object> approval = new HashMap<>(Map.of("carerId", carerId, "carerHouseholdName", household, "carerType", type,
                "carerApprovalDate", weekday(approvedOn).toString(), "supervisingWorker", worker));
        if (dbsCheckedOn != null) {
            approval.put("dbsCheckDate", weekday(dbsCheckedOn).toString());
        }
        return steps.start(MANAGER, "foster-carer", approval).getId();
    }

    /** Supervisory visits every 5 weeks from 4 weeks after the approval, each in time, up to {@code until}. */
    private void visitUntil(String carer, String worker, LocalDate approved, LocalDate until) {
        for (LocalDate visit = weekday(approved.plusWeeks(4)); visit.isBefore(until); visit = weekday(visit.plusWeeks(5))) {
            steps.complete(worker, carer, "RecordCarerSupervisionVisit", Map.of("carerVisitDate", visit.toString()));
        }
    }

    private LocalDate weekday(LocalDate day) {
        return calendar.isWorkingDay(day) ? day : calendar.workingDaysBefore(day, 1);
    }
}
