package org.caseflow.workflow.assessment;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.AssessmentOutcome;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/** Checks allocation and assessment forms before they are saved. */
@Component("assessmentRules")
public class AssessmentRules {

    private final TeamDirectory teams;

    AssessmentRules(TeamDirectory teams) {
        this.teams = teams;
    }

    /** {@code AllocateSocialWorker}, on complete. */
    public void checkAllocation(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String worker = input.requiredText(JourneyData.ALLOCATED_WORKER);
        String team = input.requiredText(JourneyData.ASSESSMENT_TEAM);
        if (!teams.isSocialWorkerIn(worker, team)) {
            throw TaskInput.invalid(JourneyData.ALLOCATED_WORKER, worker + " is not a social worker in " + team + ".");
        }
        LocalDate allocated = input.requiredPastDate(JourneyData.ALLOCATION_DATE);
        TaskInput.requireNotBefore(JourneyData.ALLOCATION_DATE, allocated, "the referral date",
                input.requiredDate(JourneyData.REFERRAL_DATE));
    }

    /** {@code CompleteAssessment}, on complete. A late assessment must say why (Working Together 2023). */
    public void checkAssessment(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        LocalDate referral = input.requiredDate(JourneyData.REFERRAL_DATE);
        LocalDate started = input.requiredPastDate(JourneyData.ASSESSMENT_START_DATE);
        LocalDate authorised = input.requiredPastDate(JourneyData.ASSESSMENT_AUTHORISED_DATE);
        TaskInput.requireNotBefore(JourneyData.ASSESSMENT_START_DATE, started, "the referral date", referral);
        TaskInput.requireNotBefore(JourneyData.ASSESSMENT_AUTHORISED_DATE, authorised, "the start date", started);
        input.requiredChoice(JourneyData.ASSESSMENT_OUTCOME, AssessmentOutcome.class);
        input.requiredText(JourneyData.ASSESSMENT_SUMMARY);
        LocalDate due = input.requiredDate(JourneyData.ASSESSMENT_DUE_ON);
        if (authorised.isAfter(due) && input.text(JourneyData.LATE_REASON).isEmpty()) {
            throw TaskInput.invalid(JourneyData.LATE_REASON, "Authorised after the due date (" + due
                    + "): please record why it took longer than 45 working days.");
        }
    }
}
