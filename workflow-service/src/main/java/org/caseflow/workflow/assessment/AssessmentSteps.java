package org.caseflow.workflow.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.assessment.rules.AssessmentRules;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * The assessment's steps as the engine runs them ({@code assessment.bpmn}): reads what was recorded
 * on the allocation and the assessment, and holds it to {@link AssessmentRules}.
 */
@Component("assessmentSteps")
public class AssessmentSteps {

    private final TeamDirectory teams;

    AssessmentSteps(TeamDirectory teams) {
        this.teams = teams;
    }

    /** {@code AllocateSocialWorker}, on complete. */
    public void checkAllocation(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        AssessmentRules.checkAllocation(new AssessmentRules.Allocation(input.requiredText(AssessmentData.ALLOCATED_WORKER),
                        input.requiredText(FrontDoorData.ASSESSMENT_TEAM), input.requiredDate(AssessmentData.ALLOCATION_DATE),
                        input.requiredDate(AssessmentData.REFERRAL_DATE)),
                TaskInput.today(), teams::isSocialWorkerIn);
    }

    /** {@code CompleteAssessment}, on complete. */
    public void checkAssessment(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(AssessmentData.ASSESSMENT_OUTCOME, AssessmentOutcome.class);
        input.requiredText(AssessmentData.ASSESSMENT_SUMMARY);
        AssessmentRules.checkAssessment(new AssessmentRules.Assessment(input.requiredDate(AssessmentData.REFERRAL_DATE),
                input.requiredDate(AssessmentData.ASSESSMENT_START_DATE), input.requiredDate(AssessmentData.ASSESSMENT_AUTHORISED_DATE),
                input.requiredDate(AssessmentData.ASSESSMENT_DUE_ON), input.text(AssessmentData.LATE_REASON).isPresent()),
                TaskInput.today());
    }
}
