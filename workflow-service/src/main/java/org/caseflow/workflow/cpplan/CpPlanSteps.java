package org.caseflow.workflow.cpplan;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_ALONE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CORE_GROUP_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_END_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_CONFERENCE_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.REVIEW_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.VISIT_DATE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.caseflow.journey.events.childprotection.PlanEndReason;
import org.caseflow.journey.events.childprotection.ReviewDecision;
import org.caseflow.workflow.cpplan.rules.CpPlanRules;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.rules.RecurringWorkRules;
import org.springframework.stereotype.Component;

/**
 * The child protection plan's steps as the engine runs them ({@code cp-plan.bpmn}): reads what was
 * recorded on a visit, a core group or a review conference, and holds it to {@link CpPlanRules}.
 * Each is dated no earlier than the day its clock counts from ({@code visitCountedFrom}, ...).
 */
@Component("cpPlanSteps")
public class CpPlanSteps {

    /**
     * {@code RecordCpVisit}, on create: whether the child was seen is answered afresh at every
     * visit, never carried over from the last one (an answer left out counts as not seen).
     */
    public void askAfresh(DelegateTask task) {
        task.getExecution().setVariable(CHILD_SEEN, false);
        task.getExecution().setVariable(CHILD_SEEN_ALONE, false);
    }

    /** {@code RecordCpVisit}, on complete. */
    public void checkVisit(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        CpPlanRules.checkVisit(new RecurringWorkRules.Visit(input.requiredDate("visitCountedFrom"), input.requiredDate(VISIT_DATE),
                input.flag(CHILD_SEEN), input.flag(CHILD_SEEN_ALONE)), TaskInput.today());
    }

    /** {@code HoldCoreGroup}, on complete. */
    public void checkCoreGroup(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        CpPlanRules.checkCoreGroup(new RecurringWorkRules.Meeting(input.requiredDate("coreGroupCountedFrom"),
                input.requiredDate(CORE_GROUP_DATE)), TaskInput.today());
    }

    /** {@code HoldReviewConference}, on complete. */
    public void checkReviewConference(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        CpPlanRules.checkReviewConference(new CpPlanRules.ReviewConference(
                new RecurringWorkRules.Meeting(input.requiredDate("reviewConferenceCountedFrom"), input.requiredDate(REVIEW_CONFERENCE_DATE)),
                input.requiredChoice(REVIEW_DECISION, ReviewDecision.class),
                input.choice(PLAN_END_REASON, PlanEndReason.class).orElse(null)), TaskInput.today());
    }
}
