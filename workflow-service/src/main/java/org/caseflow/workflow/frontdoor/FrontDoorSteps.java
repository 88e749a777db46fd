package org.caseflow.workflow.frontdoor;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.frontdoor.ContactChannel;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.journey.events.frontdoor.EmergencyAction;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.frontdoor.ReferrerFollowUp;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.frontdoor.rules.ContactRules;
import org.caseflow.workflow.frontdoor.rules.DecisionRules;
import org.caseflow.workflow.frontdoor.rules.OutOfHoursRules;
import org.caseflow.workflow.frontdoor.rules.PoliceNotificationAge;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.beans.factory.annotation.Value;
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
    private final PoliceNotificationAge policeNotifications;

    FrontDoorSteps(TeamDirectory teams, KnownChildren knownChildren,
            @Value("${caseflow.police-notifications.within-days:3}") int policeNotificationDays) {
        this.teams = teams;
        this.knownChildren = knownChildren;
        this.policeNotifications = new PoliceNotificationAge(policeNotificationDays);
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
        input.choice(FrontDoorData.CONTACT_CHANNEL, ContactChannel.class); // how it arrived, when given, is one of the channels
        ContactRules.checkIncident(input.date(FrontDoorData.INCIDENT_DATE).orElse(null), input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT));
    }

    /** {@code RecordEmergencyAction}, on complete: what the emergency duty team did out of hours. */
    public void checkEmergencyAction(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(FrontDoorData.EMERGENCY_ACTION, EmergencyAction.class);
        OutOfHoursRules.checkAction(input.requiredDate(FrontDoorData.EMERGENCY_ACTION_DATE), input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT),
                input.text(FrontDoorData.EMERGENCY_ACTION_DETAIL).orElse(null), TaskInput.today());
    }

    /** {@code HandOverToFrontDoor}, on complete: the hand-over, the next working day. */
    public void checkHandOver(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        OutOfHoursRules.checkHandOver(input.requiredDate(FrontDoorData.HANDOVER_DATE), input.requiredDate(FrontDoorData.EMERGENCY_ACTION_DATE),
                input.text(FrontDoorData.HANDOVER_NOTE).orElse(null), TaskInput.today());
    }

    /** {@code DecideOnContact}, on create: a police notification that arrived already old is flagged on the task. */
    public void flagOldNotification(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.date(FrontDoorData.INCIDENT_DATE).flatMap(incident -> policeNotifications.flag(incident,
                        input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT)))
                .ifPresent(flag -> task.setVariableLocal(FrontDoorData.POLICE_NOTIFICATION_FLAG, flag));
    }

    public void checkDecision(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        DecisionRules.check(new DecisionRules.Decision(input.requiredChoice(FrontDoorData.CONTACT_OUTCOME, ContactOutcome.class),
                        input.requiredDate(FrontDoorData.DECISION_DATE), input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT),
                        input.text(FrontDoorData.DECISION_RATIONALE).orElse(null), input.text(FrontDoorData.ASSESSMENT_TEAM).orElse(null)),
                TaskInput.today(), teams::isAssessmentTeam);
        DecisionRules.checkReferrer(new DecisionRules.Referrer(input.requiredChoice(FrontDoorData.REFERRER_FOLLOW_UP, ReferrerFollowUp.class),
                        input.text(FrontDoorData.REFERRER_TOLD_HOW).orElse(null), input.date(FrontDoorData.REFERRER_TOLD_ON).orElse(null),
                        input.text(FrontDoorData.REFERRER_NOT_TOLD_REASON).orElse(null)),
                input.requiredDate(FrontDoorData.CONTACT_RECEIVED_AT), TaskInput.today());
    }

}
