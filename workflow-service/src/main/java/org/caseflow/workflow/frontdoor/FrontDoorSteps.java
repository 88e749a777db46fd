package org.caseflow.workflow.frontdoor;

import java.util.regex.Pattern;
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

    /** The council's LA child ids: letters and digits, at most 20 (CIN census LAchildID). */
    private static final Pattern LA_CHILD_ID = Pattern.compile("[A-Za-z0-9]{1,20}");

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
        boolean known = input.text(JourneyData.LA_CHILD_ID).map(laChildId -> linkToKnownChild(execution, laChildId)).orElse(false);
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

    /** Whether the contact is linked to a known child's record (the application's own work names children it made itself). */
    private boolean linkToKnownChild(DelegateExecution execution, String laChildId) {
        if (!LA_CHILD_ID.matcher(laChildId).matches()) {
            throw TaskInput.invalid(JourneyData.LA_CHILD_ID, "An LA child id is letters and digits, at most 20.");
        }
        if (!knownChildren.isPersonsRequest()) {
            return false;
        }
        ChildIdentity child = knownChildren.openToCaller(laChildId).orElseThrow(() -> TaskInput.invalid(
                JourneyData.LA_CHILD_ID, "There is no child with LA child id " + laChildId
                        + " whose record you may add a contact to. Leave it empty for a child new to us."));
        setIfKnown(execution, JourneyData.CHILD_GIVEN_NAME, child.givenName());
        setIfKnown(execution, JourneyData.CHILD_FAMILY_NAME, child.familyName());
        setIfKnown(execution, JourneyData.CHILD_DATE_OF_BIRTH, child.dateOfBirth());
        setIfKnown(execution, JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH, child.expectedDateOfBirth());
        return true;
    }

    private static void setIfKnown(DelegateExecution execution, String variable, String recorded) {
        if (recorded != null && !recorded.isBlank()) {
            execution.setVariable(variable, recorded);
        }
    }
}
