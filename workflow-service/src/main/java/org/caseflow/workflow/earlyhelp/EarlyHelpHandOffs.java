package org.caseflow.workflow.earlyhelp;

import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_CLOSURE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_EPISODE_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_ORIGIN;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_REVIEW_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_STEPPED_DOWN_FROM;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.EH_START_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_DOWN_LEAD;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_DOWN_NEEDS;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_DOWN_OUTCOMES;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_ACCEPTED;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_CONTACT_ID;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_DECIDED_DATE;
import static org.caseflow.journey.events.earlyhelp.EarlyHelpData.STEP_UP_REASON;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.earlyhelp.EarlyHelpClosure;
import org.caseflow.journey.events.earlyhelp.EarlyHelpOrigin;
import org.caseflow.journey.events.frontdoor.ContactOutcome;
import org.caseflow.journey.events.frontdoor.ContactSource;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.forms.TaskInput;
import org.springframework.stereotype.Component;

/**
 * The boundary between social care and Early Help, kept as messages between journeys correlated
 * by the child and the episode, so that Early Help could run in an engine of its own:
 * <ul>
 *   <li>{@value #EARLY_HELP_REQUESTED}: social care (the front door, or a case stepping down) asks
 *       for an Early Help episode for a child, which starts {@code early-help};</li>
 *   <li>{@value #STEP_UP_REQUESTED}: Early Help asks social care to step up, which starts the front
 *       door with a contact from Early Help about the same child;</li>
 *   <li>{@value #STEP_UP_DECIDED}: the front door answers the Early Help episode that asked.</li>
 * </ul>
 * Called from the BPMN's message events ({@code camunda:expression}).
 */
@Component("earlyHelp")
public class EarlyHelpHandOffs {

    static final String EARLY_HELP_REQUESTED = "EarlyHelpRequested";
    static final String STEP_UP_REQUESTED = "StepUpRequested";
    static final String STEP_UP_DECIDED = "StepUpDecided";
    /** What travels with the child across the boundary: who they are, never social care's record. */
    private static final List<String> CHILD = List.of(JourneyData.LA_CHILD_ID, JourneyData.CHILD_GIVEN_NAME,
            JourneyData.CHILD_FAMILY_NAME, JourneyData.CHILD_DATE_OF_BIRTH, JourneyData.CHILD_EXPECTED_DATE_OF_BIRTH);

    /**
     * Social care closes with Early Help: a step-down from the referral or plan named, dated by
     * {@code dateVariable}. The plan's focus crosses with the child, for Early Help to read as it
     * accepts; a step-down without one is refused ({@link StepDownFocus}), whatever step made it.
     */
    public void stepDown(DelegateExecution execution, String origin, String steppedDownFrom, String dateVariable) {
        TaskInput input = TaskInput.of(execution);
        StepDownFocus focus = new StepDownFocus(input.text(STEP_DOWN_NEEDS).orElse(null), input.text(STEP_DOWN_OUTCOMES).orElse(null),
                input.text(STEP_DOWN_LEAD).orElse(null));
        focus.require();
        Map<String, Object> request = childOf(execution);
        request.put(STEP_DOWN_NEEDS, focus.needs());
        request.put(STEP_DOWN_OUTCOMES, focus.outcomes());
        request.put(STEP_DOWN_LEAD, focus.lead());
        request.put(EH_ORIGIN, EarlyHelpOrigin.valueOf(origin).name());
        request.put(EH_START_DATE, TaskInput.of(execution).requiredDate(dateVariable).toString());
        request.put(EH_STEPPED_DOWN_FROM, steppedDownFrom);
        runtime(execution).createMessageCorrelation(EARLY_HELP_REQUESTED).setVariables(request).correlateStartMessage();
    }

    /** The front door decided on Early Help for a contact: an episode starts the day it was decided. */
    public void fromFrontDoor(DelegateExecution execution) {
        Map<String, Object> request = childOf(execution);
        request.put(EH_ORIGIN, EarlyHelpOrigin.FRONT_DOOR.name());
        request.put(EH_START_DATE, TaskInput.of(execution).requiredDate(FrontDoorData.DECISION_DATE).toString());
        request.put(JourneyData.CONTACT_ID, execution.getVariable(JourneyData.CONTACT_ID));
        runtime(execution).createMessageCorrelation(EARLY_HELP_REQUESTED).setVariables(request).correlateStartMessage();
    }

    /**
     * A family review asks social care to step up: a contact from Early Help reaches the front door,
     * received the day of the review, about the same child, naming the episode that asked.
     */
    public void askSocialCare(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        Map<String, Object> contact = childOf(execution);
        String episode = input.requiredText(EH_EPISODE_ID);
        contact.put(EH_EPISODE_ID, episode);
        contact.put(FrontDoorData.CONTACT_SOURCE, ContactSource.EARLY_HELP.name());
        contact.put(FrontDoorData.CONTACT_RECEIVED_AT, input.requiredDate(EH_REVIEW_DATE).atTime(LocalTime.of(9, 0)).toString());
        contact.put(FrontDoorData.CONTACT_REASON, "Early Help (" + episode + ") asks children's social care to step up: "
                + input.requiredText(STEP_UP_REASON));
        runtime(execution).createMessageCorrelation(STEP_UP_REQUESTED).setVariables(contact).correlateStartMessage();
    }

    /** The front door decided on a contact from Early Help: accepted when it opened a referral. */
    public void answerStepUp(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        ContactOutcome outcome = input.requiredChoice(FrontDoorData.CONTACT_OUTCOME, ContactOutcome.class);
        runtime(execution).createMessageCorrelation(STEP_UP_DECIDED)
                .processInstanceBusinessKey(input.requiredText(EH_EPISODE_ID))
                .setVariable(STEP_UP_ACCEPTED, outcome.opensAReferral())
                .setVariable(STEP_UP_CONTACT_ID, input.requiredText(JourneyData.CONTACT_ID))
                .setVariable(STEP_UP_DECIDED_DATE, input.requiredDate(FrontDoorData.DECISION_DATE).toString())
                .correlate();
    }

    /** The episode closes, how and on the business date in {@code dateVariable}. */
    public void close(DelegateExecution execution, String closure, String dateVariable) {
        execution.setVariable(EH_CLOSURE, EarlyHelpClosure.valueOf(closure).name());
        execution.setVariable(EH_CLOSED_DATE, TaskInput.of(execution).requiredDate(dateVariable).toString());
    }

    private static Map<String, Object> childOf(DelegateExecution execution) {
        Map<String, Object> child = new HashMap<>();
        for (String name : CHILD) {
            child.put(name, execution.getVariable(name));
        }
        return child;
    }

    private static RuntimeService runtime(DelegateExecution execution) {
        return execution.getProcessEngineServices().getRuntimeService();
    }
}
