package org.caseflow.workflow.assessment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.assessment.AssessmentOutcome;
import org.caseflow.journey.events.assessment.AuthorisationDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.oversight.OversightData;
import org.caseflow.workflow.assessment.rules.AssessmentRules;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * The assessment's steps as the engine runs them ({@code assessment.bpmn}): reads what was recorded
 * on the allocation, the assessment and its authorisation, and holds it to {@link AssessmentRules}.
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

    /** {@code CompleteAssessment}, on complete: the social worker puts it to the team manager. */
    public void checkAssessment(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        AssessmentOutcome outcome = input.requiredChoice(AssessmentData.ASSESSMENT_OUTCOME, AssessmentOutcome.class);
        input.requiredText(AssessmentData.ASSESSMENT_SUMMARY);
        AssessmentRules.checkAssessment(new AssessmentRules.Assessment(input.requiredDate(AssessmentData.REFERRAL_DATE),
                input.requiredDate(AssessmentData.ASSESSMENT_START_DATE), input.requiredDate(AssessmentData.ASSESSMENT_SUBMITTED_DATE),
                outcome, new StepDownFocus(input.text(EarlyHelpData.STEP_DOWN_NEEDS).orElse(null),
                        input.text(EarlyHelpData.STEP_DOWN_OUTCOMES).orElse(null), input.text(EarlyHelpData.STEP_DOWN_LEAD).orElse(null))),
                TaskInput.today());
    }

    /**
     * {@code AuthoriseAssessment}, on complete: the team manager's decision. Authorised, the
     * assessment counts as complete on the day of the decision, which the T3 clock and its
     * escalation read as {@code assessmentAuthorisedDate}.
     */
    public void checkAuthorisation(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        AuthorisationDecision decision = input.requiredChoice(AssessmentData.AUTHORISATION_DECISION, AuthorisationDecision.class);
        AssessmentRules.checkAuthorisation(new AssessmentRules.Authorisation(decision, input.requiredDate(OversightData.OVERSIGHT_DATE),
                input.requiredDate(AssessmentData.ASSESSMENT_SUBMITTED_DATE), input.requiredDate(AssessmentData.ASSESSMENT_DUE_ON),
                input.text(OversightData.MANAGER_DIRECTION).orElse(null), input.text(AssessmentData.LATE_REASON).isPresent()),
                TaskInput.today());
        if (decision == AuthorisationDecision.AUTHORISE) {
            task.getExecution().setVariable(AssessmentData.ASSESSMENT_AUTHORISED_DATE,
                    input.requiredDate(OversightData.OVERSIGHT_DATE).toString());
        }
    }
}
