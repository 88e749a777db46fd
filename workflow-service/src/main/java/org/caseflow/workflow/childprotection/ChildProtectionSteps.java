package org.caseflow.workflow.childprotection;

import static org.caseflow.journey.events.childprotection.ChildProtectionData.CHILD_SEEN_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CONCERN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.CP_PLAN_ID;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.FURTHER_STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_CHAIR;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_DUE_ON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.ICPC_LATE_REASON;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.LEAD_SOCIAL_WORKER;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.PLAN_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_CATEGORY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_BY;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_COMPLETED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_ENDORSED_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_ENDORSEMENT_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_OUTCOME;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.S47_START_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DATE;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_DECISION;
import static org.caseflow.journey.events.childprotection.ChildProtectionData.STRATEGY_RATIONALE;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.caseflow.journey.events.childprotection.AbuseCategory;
import org.caseflow.journey.events.childprotection.EndorsementDecision;
import org.caseflow.journey.events.childprotection.IcpcDecision;
import org.caseflow.journey.events.childprotection.Section47Decision;
import org.caseflow.journey.events.childprotection.Section47Outcome;
import org.caseflow.journey.events.childprotection.StrategyDecision;
import org.caseflow.journey.events.earlyhelp.EarlyHelpData;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.journey.events.oversight.OversightData;
import org.caseflow.workflow.childprotection.rules.ChildProtectionRules;
import org.caseflow.workflow.earlyhelp.rules.StepDownFocus;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.workflow.identity.TeamDirectory;
import org.springframework.stereotype.Component;

/**
 * The child protection journey's steps as the engine runs them ({@code child-protection.bpmn}):
 * reads what was recorded on the strategy discussion, the section 47 enquiry and the initial
 * conference, and holds it to {@link ChildProtectionRules}.
 */
@Component("childProtectionSteps")
public class ChildProtectionSteps {

    /** The day the decision to hold a strategy discussion was made: where rule T2 counts from. */
    public static final String STRATEGY_REQUESTED_ON = "strategyRequestedOn";
    static final String REVIEW_BROUGHT_FORWARD = "ReviewConferenceBroughtForward";
    /** The day a plan's review conference brought forward is counted from: the strategy discussion that started the enquiry. */
    static final String REVIEW_BROUGHT_FORWARD_FROM = "reviewBroughtForwardFrom";

    private final TeamDirectory teams;

    ChildProtectionSteps(TeamDirectory teams) {
        this.teams = teams;
    }

    /** {@code HoldStrategyDiscussion}, on complete. */
    public void checkStrategyDiscussion(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        input.requiredChoice(CONCERN_CATEGORY, AbuseCategory.class);
        input.requiredChoice(STRATEGY_DECISION, StrategyDecision.class);
        ChildProtectionRules.checkStrategyDiscussion(new ChildProtectionRules.StrategyDiscussion(
                input.requiredDate(STRATEGY_REQUESTED_ON), input.requiredDate(STRATEGY_DATE),
                input.text(STRATEGY_RATIONALE).orElse(null)), TaskInput.today());
    }

    /**
     * A section 47 enquiry starts on the day of the strategy discussion that decided on it; the
     * ICPC clock (T4) runs from that day whatever later discussions are held.
     */
    public void startEnquiry(DelegateExecution execution) {
        execution.setVariable(S47_START_DATE, TaskInput.of(execution).requiredDate(STRATEGY_DATE).toString());
    }

    /**
     * {@code CompleteSection47Enquiry}, on complete: the social worker puts the outcome to the team's
     * managers, and who they were is kept for the completion the manager's endorsement publishes.
     */
    public void checkEnquiry(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        ChildProtectionRules.checkEnquiry(new ChildProtectionRules.Enquiry(input.requiredDate(S47_START_DATE),
                input.requiredDate(CHILD_SEEN_DATE), input.date(FURTHER_STRATEGY_DATE).orElse(null),
                input.requiredDate(S47_COMPLETED_DATE), input.requiredChoice(S47_OUTCOME, Section47Outcome.class),
                input.choice(S47_CATEGORY, AbuseCategory.class).orElse(null),
                input.requiredChoice(S47_DECISION, Section47Decision.class), input.text(CP_PLAN_ID).isPresent(),
                new StepDownFocus(input.text(EarlyHelpData.STEP_DOWN_NEEDS).orElse(null),
                        input.text(EarlyHelpData.STEP_DOWN_OUTCOMES).orElse(null), input.text(EarlyHelpData.STEP_DOWN_LEAD).orElse(null))),
                TaskInput.today());
        task.getExecution().setVariable(S47_COMPLETED_BY, signedIn().orElse(null));
    }

    /**
     * {@code EndorseSection47Outcome}, on complete: the team manager's decision. Endorsed, the outcome
     * takes effect on the day of the decision, which the hand-offs read as {@code s47EndorsedDate}.
     */
    public void checkEndorsement(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        EndorsementDecision decision = input.requiredChoice(S47_ENDORSEMENT_DECISION, EndorsementDecision.class);
        ChildProtectionRules.checkEndorsement(new ChildProtectionRules.Endorsement(decision,
                input.requiredDate(OversightData.OVERSIGHT_DATE), input.requiredDate(S47_COMPLETED_DATE),
                input.text(OversightData.MANAGER_DIRECTION).orElse(null)), TaskInput.today());
        if (decision == EndorsementDecision.ENDORSE) {
            task.getExecution().setVariable(S47_ENDORSED_DATE, input.requiredDate(OversightData.OVERSIGHT_DATE).toString());
        }
    }

    /** Who is signed in to the engine: the person completing the task. */
    private static Optional<String> signedIn() {
        return Optional.ofNullable(Context.getCommandContext().getAuthentication()).map(Authentication::getUserId);
    }

    /**
     * An enquiry about a child already on a plan ends by bringing the plan's review conference
     * forward: the plan is told (message {@value #REVIEW_BROUGHT_FORWARD}), with the day of the
     * strategy discussion that started the enquiry, from which the review is then due.
     */
    public void bringReviewConferenceForward(DelegateExecution execution) {
        TaskInput input = TaskInput.of(execution);
        execution.getProcessEngineServices().getRuntimeService().createMessageCorrelation(REVIEW_BROUGHT_FORWARD)
                .processInstanceBusinessKey(input.requiredText(CP_PLAN_ID))
                .setVariable(REVIEW_BROUGHT_FORWARD_FROM, input.requiredDate(S47_START_DATE).toString())
                .correlate();
    }

    /** {@code HoldInitialConference}, on complete. */
    public void checkInitialConference(DelegateTask task) {
        TaskInput input = TaskInput.of(task);
        String team = input.requiredText(FrontDoorData.ASSESSMENT_TEAM);
        ChildProtectionRules.checkInitialConference(new ChildProtectionRules.InitialConference(input.requiredDate(S47_START_DATE),
                input.requiredDate(ICPC_DATE), input.requiredDate(ICPC_DUE_ON), input.text(ICPC_CHAIR).orElse(null),
                input.requiredChoice(ICPC_DECISION, IcpcDecision.class), input.choice(PLAN_CATEGORY, AbuseCategory.class).orElse(null),
                input.text(LEAD_SOCIAL_WORKER).orElse(null), team, input.text(ICPC_LATE_REASON).isPresent()),
                TaskInput.today(), worker -> teams.isSocialWorkerIn(worker, team));
    }
}
