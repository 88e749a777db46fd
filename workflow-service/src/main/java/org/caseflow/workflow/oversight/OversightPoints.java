package org.caseflow.workflow.oversight;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.caseflow.journey.events.oversight.DecisionPoint;
import org.caseflow.journey.events.oversight.OversightData;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.rules.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * Which decision point a manager's step is, where that depends on what was decided: a plan's review
 * (a child in need review, a child protection review conference) is a closure or a step-down only
 * when it ends the plan that way. Its journey event names the point by expression
 * ({@code journeyEventOversight="${oversightPoints.planEnded(execution, ...)}"}), and the step requires
 * the manager's direction then ({@link #requireDirection}).
 */
@Component("oversightPoints")
public class OversightPoints {

    private static final String END_PLAN = "END_PLAN";

    /**
     * A review ending the plan with a step-down (to Early Help, or from protection to a child in need
     * plan) is {@code STEP_DOWN}; ending it with no further action, or as the family moved away, is
     * {@code CLOSURE}; any other review, or an end into other work (a step-up, care), is no decision
     * point: empty.
     */
    public String planEnded(VariableScope scope, String decisionVariable, String endReasonVariable) {
        if (!END_PLAN.equals(scope.getVariable(decisionVariable))) {
            return "";
        }
        Object reason = scope.getVariable(endReasonVariable);
        if ("STEP_DOWN_TO_EARLY_HELP".equals(reason) || "STEP_DOWN_TO_CHILD_IN_NEED".equals(reason)) {
            return DecisionPoint.STEP_DOWN.name();
        }
        if ("NO_FURTHER_ACTION".equals(reason) || "MOVED_AWAY".equals(reason)) {
            return DecisionPoint.CLOSURE.name();
        }
        return "";
    }

    /** On complete of such a review: a closure or step-down carries the manager's direction in their own words. */
    public void requireDirection(DelegateTask task, String decisionVariable, String endReasonVariable) {
        if (planEnded(task, decisionVariable, endReasonVariable).isEmpty()) {
            return;
        }
        if (TaskInput.of(task).text(OversightData.MANAGER_DIRECTION).isEmpty()) {
            throw new RuleViolation(OversightData.MANAGER_DIRECTION,
                    "Ending the plan is a manager's decision: please give your direction in your own words.");
        }
    }
}
