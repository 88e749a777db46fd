package org.caseflow.workflow.frontdoor;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.ContactOutcome;
import org.caseflow.journey.events.ContactSource;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * The front door's rules for what is recorded: a contact (at the start of {@code front-door},
 * whether from the API or Tasklist's start form) and the decision on it ({@code DecideOnContact}).
 */
@Component("frontDoorRules")
public class FrontDoorRules {

    /** The council's LA child ids: letters and digits, at most 20 (CIN census LAchildID). */
    private static final Pattern LA_CHILD_ID = Pattern.compile("[A-Za-z0-9]{1,20}");

    private final TeamDirectory teams;
    private final KnownChildren knownChildren;

    FrontDoorRules(TeamDirectory teams, KnownChildren knownChildren) {
        this.teams = teams;
        this.knownChildren = knownChildren;
    }

    /**
     * A contact names the child, who made it, when it arrived (not in the future) and why. A
     * contact for a known child links to the child's record: the record must be open to the
     * person recording it, and the journey carries the child as the record names them, whatever
     * the contact called them (a change of identity is its own step, in the case record).
     */
    public void checkContact(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        input.text(JourneyData.LA_CHILD_ID).ifPresent(laChildId -> linkToKnownChild(execution, laChildId));
        input.requiredText(JourneyData.CHILD_GIVEN_NAME);
        input.requiredText(JourneyData.CHILD_FAMILY_NAME);
        input.requiredChoice(JourneyData.CONTACT_SOURCE, ContactSource.class);
        input.requiredPastDate(JourneyData.CONTACT_RECEIVED_AT);
        input.requiredText(JourneyData.CONTACT_REASON);
    }

    private void linkToKnownChild(DelegateExecution execution, String laChildId) {
        if (!LA_CHILD_ID.matcher(laChildId).matches()) {
            throw TaskInput.invalid(JourneyData.LA_CHILD_ID, "An LA child id is letters and digits, at most 20.");
        }
        if (!knownChildren.isPersonsRequest()) {
            return; // the application's own work (demo data) names children it has created itself
        }
        ChildIdentity child = knownChildren.openToCaller(laChildId).orElseThrow(() -> TaskInput.invalid(
                JourneyData.LA_CHILD_ID, "There is no child with LA child id " + laChildId
                        + " whose record you may add a contact to. Leave it empty for a child new to us."));
        setIfKnown(execution, JourneyData.CHILD_GIVEN_NAME, child.givenName());
        setIfKnown(execution, JourneyData.CHILD_FAMILY_NAME, child.familyName());
        setIfKnown(execution, JourneyData.CHILD_DATE_OF_BIRTH, child.dateOfBirth());
        setIfKnown(execution, JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH, child.expectedDateOfBirth());
    }

    private static void setIfKnown(DelegateExecution execution, String variable, String recorded) {
        if (recorded != null && !recorded.isBlank()) {
            execution.setVariable(variable, recorded);
        }
    }

    public void checkDecision(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        ContactOutcome outcome = input.requiredChoice(JourneyData.CONTACT_OUTCOME, ContactOutcome.class);
        LocalDate decided = input.requiredPastDate(JourneyData.DECISION_DATE);
        LocalDate received = input.requiredDate(JourneyData.CONTACT_RECEIVED_AT);
        TaskInput.requireNotBefore(JourneyData.DECISION_DATE, decided, "the date the contact was received", received);
        input.requiredText(JourneyData.DECISION_RATIONALE);
        if (outcome == ContactOutcome.REFERRAL) {
            String team = input.text(JourneyData.ASSESSMENT_TEAM).orElseThrow(() -> TaskInput.invalid(
                    JourneyData.ASSESSMENT_TEAM, "A referral needs the assessment team that will take it."));
            if (!teams.isTeam(team)) {
                throw TaskInput.invalid(JourneyData.ASSESSMENT_TEAM, "There is no assessment team called " + team + ".");
            }
        }
    }
}
