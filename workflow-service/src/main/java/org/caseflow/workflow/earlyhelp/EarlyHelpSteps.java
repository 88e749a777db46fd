package org.caseflow.workflow.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ASSESSMENT_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_LEAD_PRACTITIONER;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ORIGIN;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUEST_REASON;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REQUESTED_BY;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DECISION;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_START_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_TRANSFER_ACCEPTED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_REASON;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.calendar.LocalTimescales;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.earlyhelp.EarlyHelpReviewDecision;
import org.caseflow.workflow.earlyhelp.rules.EarlyHelpRules;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.frontdoor.rules.ContactRules;
import org.caseflow.workflow.identity.TeamDirectory;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.caseflow.workflow.timescale.StatutoryClocks;
import org.caseflow.support.security.CaseflowGroups;
import org.springframework.stereotype.Component;

/**
 * The Early Help episode's steps as the engine runs them ({@code early-help.bpmn}): reads what was
 * recorded on a partner's request, the transfer of a step-down, the assessment and the reviews,
 * and holds it to {@link EarlyHelpRules}.
 */
@Component("earlyHelpSteps")
public class EarlyHelpSteps {

    /** The due date the episode's first work is measured against: accepting a step-down, else the assessment. */
    static final String FIRST_DUE_ON = "ehFirstDueOn";

    private final TeamDirectory teams;
    private final StatutoryClocks clocks;

    EarlyHelpSteps(TeamDirectory teams, StatutoryClocks clocks) {
        this.teams = teams;
        this.clocks = clocks;
    }

    /**
     * As an episode starts, by either door: a partner's request unless social care said otherwise,
     * and the first clock: a step-down is to be accepted (local rule T26), anything else assessed
     * (local rule T24), from the day it was asked for.
     */
    public void startEpisode(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        if (input.text(EH_ORIGIN).isEmpty()) {
            execution.setVariable(EH_ORIGIN, EarlyHelpOrigin.PARTNER_REQUEST.name());
        }
        boolean stepDown = input.requiredChoice(EH_ORIGIN, EarlyHelpOrigin.class).isStepDown();
        String work = stepDown ? "ehTransfer" : "ehAssessment";
        clocks.start(execution, work, stepDown ? LocalTimescales.STEP_DOWN_ACCEPTANCE : LocalTimescales.EARLY_HELP_ASSESSMENT, EH_START_DATE);
        execution.setVariable(FIRST_DUE_ON, execution.getVariable(work + "DueOn"));
    }

    /**
     * The start form: a partner's request for a child new to the council (a request about a child
     * the council knows comes through the front door, which links it to their record).
     */
    public void checkRequest(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        if (input.text(JourneyData.LA_CHILD_ID).isPresent()) {
            throw TaskInput.invalid(JourneyData.LA_CHILD_ID, "A request about a child known to the council goes to the front door.");
        }
        EarlyHelpRules.checkRequest(new EarlyHelpRules.Request(new ContactRules.Child(false,
                        input.text(JourneyData.CHILD_GIVEN_NAME).orElse(null), input.text(JourneyData.CHILD_FAMILY_NAME).orElse(null),
                        input.date(JourneyData.CHILD_DATE_OF_BIRTH).orElse(null), input.date(JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH).orElse(null)),
                input.requiredDate(EH_START_DATE), input.text(EH_REQUESTED_BY).orElse(null), input.text(EH_REQUEST_REASON).orElse(null)),
                TaskInput.today());
    }

    /** {@code AcceptTransfer}, on complete. */
    public void checkTransfer(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        EarlyHelpRules.checkTransfer(new EarlyHelpRules.Transfer(input.requiredDate(EH_START_DATE),
                input.requiredDate(EH_TRANSFER_ACCEPTED_DATE), input.text(EH_LEAD_PRACTITIONER).orElse(null)), TaskInput.today(),
                practitioner -> teams.isMemberOf(practitioner, CaseflowGroups.EARLY_HELP));
    }

    /** {@code CompleteEarlyHelpAssessment}, on complete. */
    public void checkAssessment(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        EarlyHelpRules.checkAssessment(new RecurringWorkRules.Meeting(input.requiredDate("ehAssessmentCountedFrom"),
                input.requiredDate(EH_ASSESSMENT_DATE)), TaskInput.today());
    }

    /** {@code HoldFamilyReview}, on complete. */
    public void checkReview(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        EarlyHelpRules.checkReview(new EarlyHelpRules.Review(
                new RecurringWorkRules.Meeting(input.requiredDate("ehReviewCountedFrom"), input.requiredDate(EH_REVIEW_DATE)),
                input.requiredChoice(EH_REVIEW_DECISION, EarlyHelpReviewDecision.class),
                input.choice(EH_CLOSURE, EarlyHelpClosure.class).orElse(null), input.text(STEP_UP_REASON).orElse(null)),
                TaskInput.today());
    }
}
