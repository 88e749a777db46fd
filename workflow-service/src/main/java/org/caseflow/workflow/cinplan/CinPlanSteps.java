package org.caseflow.workflow.cinplan;

import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_LEAD_WORKER;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_END_REASON;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_ORIGIN;
import static org.caseflow.journey.events.childinneed.CinData.CIN_PLAN_START_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DATE;
import static org.caseflow.journey.events.childinneed.CinData.CIN_REVIEW_DECISION;
import static org.caseflow.journey.events.childinneed.CinData.CIN_VISIT_DATE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.childinneed.CinPlanEndReason;
import org.caseflow.journey.events.childinneed.CinPlanOrigin;
import org.caseflow.journey.events.childinneed.CinReviewDecision;
import org.caseflow.workflow.cinplan.rules.CinPlanRules;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.springframework.stereotype.Component;

/**
 * The child in need plan's steps as the engine runs them ({@code cin-plan.bpmn}), and the hand-off
 * into it from the journeys that make a plan (an assessment, a strategy discussion, an enquiry or a
 * conference with no child protection plan, a child protection plan stepped down).
 */
@Component("cinPlanSteps")
public class CinPlanSteps {

    /**
     * On the way into a plan: what made it, the day it starts (that decision's business date) and,
     * when one is known, the social worker who leads it.
     */
    public void handOff(DelegateExecution execution, String origin, String startDateVariable, String leadWorkerVariable) {
        TaskInput input = TaskInput.of(execution);
        execution.setVariable(CIN_PLAN_ORIGIN, CinPlanOrigin.valueOf(origin).name());
        execution.setVariable(CIN_PLAN_START_DATE, input.requiredDate(startDateVariable).toString());
        execution.setVariable(CIN_LEAD_WORKER, input.text(leadWorkerVariable).orElse(null));
    }

    /** {@code RecordCinVisit}, on create: whether the child was seen is answered afresh at every visit. */
    public void askAfresh(DelegateTask task) {
        task.getExecution().setVariable(CIN_CHILD_SEEN, false);
        task.getExecution().setVariable(CIN_CHILD_SEEN_ALONE, false);
    }

    /** {@code RecordCinVisit}, on complete. */
    public void checkVisit(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        CinPlanRules.checkVisit(new RecurringWorkRules.Visit(input.requiredDate("cinVisitCountedFrom"), input.requiredDate(CIN_VISIT_DATE),
                input.flag(CIN_CHILD_SEEN), input.flag(CIN_CHILD_SEEN_ALONE)), TaskInput.today());
    }

    /** {@code HoldCinReview}, on complete. */
    public void checkReview(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        CinPlanRules.checkReview(new CinPlanRules.Review(
                new RecurringWorkRules.Meeting(input.requiredDate("cinReviewCountedFrom"), input.requiredDate(CIN_REVIEW_DATE)),
                input.requiredChoice(CIN_REVIEW_DECISION, CinReviewDecision.class),
                input.choice(CIN_PLAN_END_REASON, CinPlanEndReason.class).orElse(null)), TaskInput.today());
    }
}
