package org.caseflow.workflow.frontdoor;

import java.time.LocalDate;
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

    private final TeamDirectory teams;

    FrontDoorRules(TeamDirectory teams) {
        this.teams = teams;
    }

    /** A contact names the child, who made it, when it arrived (not in the future) and why. */
    public void checkContact(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        input.requiredText(JourneyData.CHILD_GIVEN_NAME);
        input.requiredText(JourneyData.CHILD_FAMILY_NAME);
        input.requiredChoice(JourneyData.CONTACT_SOURCE, ContactSource.class);
        input.requiredPastDate(JourneyData.CONTACT_RECEIVED_AT);
        input.requiredText(JourneyData.CONTACT_REASON);
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
