package org.caseflow.workflow.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.journey.events.BusinessDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Early Help in the demo: the episodes social care's demo decisions asked for are taken on as an
 * Early Help team would (step-downs accepted in a couple of working days, assessments done in
 * four weeks), and one family's story runs from a partner's request to a step-up the front door
 * accepts. Dated back from today.
 */
@Component
class DemoEarlyHelp {

    private final DemoSteps steps;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final WorkingDayCalendar calendar;
    private final TransactionTemplate transaction;

    DemoEarlyHelp(DemoSteps steps, TaskService tasks, RuntimeService runtime, WorkingDayCalendar calendar,
            TransactionTemplate transaction) {
        this.steps = steps;
        this.tasks = tasks;
        this.runtime = runtime;
        this.calendar = calendar;
        this.transaction = transaction;
    }

    void load(LocalDate today) {
        transaction.executeWithoutResult(status -> takeOnWhatSocialCareAskedFor(today));
        transaction.executeWithoutResult(status -> aFamilySteppedUp(today));
    }

    private void takeOnWhatSocialCareAskedFor(LocalDate today) {
        for (Task transfer : tasks.createTaskQuery().processDefinitionKey("early-help").taskDefinitionKey("AcceptTransfer").list()) {
            LocalDate accepted = calendar.addWorkingDays(date(transfer, "ehStartDate"), 2);
            if (accepted.isBefore(today)) {
                steps.complete("eh.manager", transfer.getProcessInstanceId(), "AcceptTransfer",
                        Map.of("ehTransferAcceptedDate", accepted.toString(), "ehLeadPractitioner", "eh.worker"));
            }
        }
        for (Task assessment : tasks.createTaskQuery().processDefinitionKey("early-help").taskDefinitionKey("CompleteEarlyHelpAssessment")
                .list()) {
            LocalDate assessed = calendar.addWorkingDays(date(assessment, "ehAssessmentCountedFrom"), 20);
            if (assessed.isBefore(today)) {
                steps.complete("eh.worker", assessment.getProcessInstanceId(), "CompleteEarlyHelpAssessment",
                        Map.of("ehAssessmentDate", assessed.toString()));
            }
        }
    }

    /** Noah Green: a school asks for help; assessed; at the first review Early Help asks social care to step up, and it does. */
    private void aFamilySteppedUp(LocalDate today) {
        LocalDate requested = calendar.workingDaysBefore(today, 60);
        Map<String, Object> request = new HashMap<>(Map.of("childGivenName", "Noah", "childFamilyName", "Green",
                "childDateOfBirth", requested.minusYears(9).toString(), "ehStartDate", requested.toString(),
                "ehRequestedBy", "Greenfield Primary School (family support worker)",
                "ehRequestReason", "Mother asks for help with routines, school attendance and the younger children."));
        String episode = steps.start("eh.worker", "early-help", request).getId();
        steps.complete("eh.worker", episode, "CompleteEarlyHelpAssessment",
                Map.of("ehAssessmentDate", calendar.addWorkingDays(requested, 15).toString()));
        LocalDate review = calendar.addWorkingDays(requested, 40);
        steps.complete("eh.worker", episode, "HoldFamilyReview", Map.of("ehReviewDate", review.toString(),
                "ehReviewDecision", "STEP_UP", "stepUpReason", "Neglect has worsened despite support; the children are often hungry at school."));
        String contact = runtime.createProcessInstanceQuery().processDefinitionKey("front-door")
                .variableValueEquals("ehEpisodeId", runtime.createProcessInstanceQuery().processInstanceId(episode).singleResult()
                        .getBusinessKey()).singleResult().getId();
        steps.complete("frontdoor.manager", contact, "DecideOnContact", Map.of("contactOutcome", "REFERRAL",
                "decisionDate", calendar.addWorkingDays(review, 1).toString(), "assessmentTeam", "team-south", "primaryNeed", "N5",
                "decisionRationale", "Early Help's evidence meets the threshold for an assessment.",
                "referrerFollowUp", "TOLD", "referrerToldHow", "By phone, to the lead practitioner",
                "referrerToldOn", calendar.addWorkingDays(review, 1).toString()));
    }

    private LocalDate date(Task task, String variable) {
        return BusinessDates.parseDate((String) tasks.getVariable(task.getId(), variable));
    }
}
