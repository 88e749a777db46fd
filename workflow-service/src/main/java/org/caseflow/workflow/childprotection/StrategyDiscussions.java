package org.caseflow.workflow.childprotection;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caseflow.journey.events.BusinessDates;
import org.caseflow.journey.events.JourneyData;
import org.caseflow.journey.events.assessment.AssessmentData;
import org.caseflow.journey.events.childprotection.ChildProtectionData;
import org.caseflow.journey.events.frontdoor.FrontDoorData;
import org.caseflow.workflow.forms.TaskInput;
import org.caseflow.support.web.Problems;
import org.caseflow.workflow.identity.AsTheApplication;
import org.caseflow.workflow.rules.BusinessDateRules;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Starts the child protection journey for a referral whose work is in progress: the managers of
 * the referral's team decide a strategy discussion is needed while its assessment is in progress,
 * or while the child is on a child protection plan (new concerns), and that work goes on beside it
 * (message {@value #MESSAGE}). Only a manager of the referral's own team may; to anyone else the
 * referral answers as one that does not exist. The engine's rules for people allow no message to
 * a journey, so the step is taken on the application's account once these checks pass.
 */
@Service
class StrategyDiscussions {

    static final String MESSAGE = "StrategyDiscussionRequested";
    private static final String ASSESSMENT = "assessment";
    private static final String ASSESSMENT_IN_PROGRESS = "AssessmentInProgress";
    private static final String CP_PLAN = "cp-plan";
    private static final String PLAN_IN_FORCE = "PlanInForce";
    private static final String CHILD_PROTECTION = "child-protection";

    private final RuntimeService runtime;
    private final IdentityService identity;

    StrategyDiscussions(RuntimeService runtime, IdentityService identity) {
        this.runtime = runtime;
        this.identity = identity;
    }

    @Transactional
    StrategyDiscussionStarted request(String referralId, StrategyDiscussionRequest request) {
        Authentication caller = identity.getCurrentAuthentication();
        return AsTheApplication.run(identity, () -> {
            ProcessInstance assessment = runtime.createProcessInstanceQuery().processDefinitionKey(ASSESSMENT)
                    .processInstanceBusinessKey(referralId).active().singleResult();
            ProcessInstance plan = inForce(runtime.createProcessInstanceQuery().processDefinitionKey(CP_PLAN)
                    .variableValueEquals(JourneyData.REFERRAL_ID, referralId).active().list());
            String team = assessment == null ? null
                    : (String) runtime.getVariable(plan != null ? plan.getId() : assessment.getId(), FrontDoorData.ASSESSMENT_TEAM);
            if (team == null || caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(team + "-managers")) {
                throw problem(HttpStatus.NOT_FOUND, "unknown-referral", "There is no referral " + referralId
                        + " with an assessment your team manages.");
            }
            // new concerns for a child on a plan go to the plan; otherwise to an assessment still in progress
            ProcessInstance target = plan != null ? plan : assessment;
            if (plan == null && runtime.getActivityInstance(assessment.getId()).getActivityInstances(ASSESSMENT_IN_PROGRESS).length == 0) {
                throw problem(HttpStatus.CONFLICT, "assessment-not-in-progress", "The assessment of " + referralId
                        + " is no longer in progress: a strategy discussion it concludes is needed starts from its outcome.");
            }
            if (runtime.createProcessInstanceQuery().superProcessInstanceId(target.getId()).processDefinitionKey(CHILD_PROTECTION)
                    .active().count() > 0) {
                throw problem(HttpStatus.CONFLICT, "strategy-discussion-under-way", "Child protection work for " + referralId
                        + " is already under way; record a further strategy discussion on its section 47 enquiry.");
            }
            LocalDate referred = BusinessDates.parseDate((String) runtime.getVariable(assessment.getId(), AssessmentData.REFERRAL_DATE));
            BusinessDateRules.requireHappened(ChildProtectionSteps.STRATEGY_REQUESTED_ON, request.decidedOn(), TaskInput.today());
            BusinessDateRules.requireNotBefore(ChildProtectionSteps.STRATEGY_REQUESTED_ON, request.decidedOn(), "the referral date",
                    referred);
            runtime.createMessageCorrelation(MESSAGE).processInstanceId(target.getId())
                    .setVariable(ChildProtectionSteps.STRATEGY_REQUESTED_ON, request.decidedOn().toString())
                    .correlate();
            ProcessInstance started = runtime.createProcessInstanceQuery().superProcessInstanceId(target.getId())
                    .processDefinitionKey(CHILD_PROTECTION).active().singleResult();
            return new StrategyDiscussionStarted(referralId, (String) runtime.getVariable(assessment.getId(), JourneyData.LA_CHILD_ID),
                    request.decidedOn(), LocalDate.parse((String) runtime.getVariable(started.getId(), ChildProtectionData.STRATEGY_DUE_ON)),
                    started.getId());
        });
    }

    /** The plan whose work is still in force, if the child is on one (a plan ending its work waits for what it handed on). */
    private ProcessInstance inForce(java.util.List<ProcessInstance> plans) {
        return plans.stream().filter(plan -> runtime.getActivityInstance(plan.getId()).getActivityInstances(PLAN_IN_FORCE).length > 0)
                .findFirst().orElse(null);
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return new ErrorResponseException(status, Problems.of(status, type, detail), null);
    }
}
