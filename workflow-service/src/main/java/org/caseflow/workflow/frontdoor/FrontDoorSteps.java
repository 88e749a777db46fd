package org.caseflow.workflow.frontdoor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.frontdoor.rules.ContactRules;
import org.caseflow.workflow.frontdoor.rules.DecisionRules;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * The front door's steps as the engine runs them ({@code front-door.bpmn}): reads what was recorded
 * on the contact (API or Tasklist's start form) and on the decision, and holds it to the front
 * door's rules ({@link ContactRules}, {@link DecisionRules}).
 */
@Component("frontDoorSteps")
public class FrontDoorSteps {

    private final TeamDirectory teams;
    private final KnownChildren knownChildren;

    FrontDoorSteps(TeamDirectory teams, KnownChildren knownChildren) {
        this.teams = teams;
        this.knownChildren = knownChildren;
    }

    /**
     * A contact for a known child links to the child's record: the record must be open to the
     * person recording it, and the journey carries the child as the record names them, whatever
     * the contact called them (a change of identity is its own step, in the case record).
     */
    public void checkContact(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        boolean known = knownChildren.link(execution);
        input.requiredChoice(FrontDoorData.CONTACT_SOURCE, ContactSource.class);
        ContactRules.check(new ContactRules.Child(known, input.text(JourneyData.CHILD_GIVEN_NAME).orElse(null),
                        input.text(JourneyData.CHILD_FAMILY_NAME).orElse(null), input.date(JourneyData.CHILD_DATE_OF_BIRTH).orElse(null),
                        input.date(JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH).orElse(null)),
                input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT), input.text(FrontDoorData.CONTACT_REASON).orElse(null),
                TaskInput.today());
    }

    public void checkDecision(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        DecisionRules.check(new DecisionRules.Decision(input.requiredChoice(FrontDoorData.CONTACT_OUTCOME, ContactOutcome.class),
                        input.requiredDate(FrontDoorData.DECISION_DATE), input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT),
                        input.text(FrontDoorData.DECISION_RATIONALE).orElse(null), input.text(FrontDoorData.ASSESSMENT_TEAM).orElse(null)),
                TaskInput.today(), teams::isAssessmentTeam);
    }

}
