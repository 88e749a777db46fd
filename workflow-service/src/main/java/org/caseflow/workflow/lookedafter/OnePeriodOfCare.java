package org.caseflow.workflow.lookedafter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.rules.RuleViolation;

/**
 * A child is in one period of care at a time (an SSDA903 episode belongs to one period): while a
 * period is open, a placement move or a new legal status is recorded in it, and a new period can
 * start only after it has ended. Without this a second entry to care would start a second set of
 * visit and review clocks and count the child twice as looked after.
 */
final class OnePeriodOfCare {

    static final String JOURNEY = "looked-after";

    private OnePeriodOfCare() {
    }

    /** Refuses to start or enter care for a child whose period of care, other than this one, is still open. */
    static void requireNoOtherOpen(DelegateExecution execution) {
        String laChildId = TaskInput.of(execution).text(JourneyData.LA_CHILD_ID).orElse(null);
        if (laChildId == null) {
            return;
        }
        boolean open = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(JOURNEY).variableValueEquals(JourneyData.LA_CHILD_ID, laChildId).active().list().stream()
                .anyMatch(period -> !period.getId().equals(execution.getProcessInstanceId()));
        if (open) {
            throw new RuleViolation(JourneyData.LA_CHILD_ID, "Child " + laChildId + " is already looked after: record a change of "
                    + "placement or legal status in their open period of care. A new period starts only after that one has ended.");
        }
    }
}
