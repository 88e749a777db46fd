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
 * Starts the child protection journey for a referral whose assessment is still in progress: the
 * assessment's managers decide a strategy discussion is needed, and the assessment goes on beside
 * it (message {@value #MESSAGE} to the assessment's sub-process). Only a manager of the referral's
 * own team may; to anyone else the referral answers as one that does not exist. The engine's
 * rules for people allow no message to a journey, so the step is taken on the application's
 * account once these checks pass.
 */
@Service
class StrategyDiscussions {

    static final String MESSAGE = "StrategyDiscussionRequested";
    private static final String ASSESSMENT = "assessment";
    private static final String ASSESSMENT_IN_PROGRESS = "AssessmentInProgress";
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
            String team = assessment == null ? null
                    : (String) runtime.getVariable(assessment.getId(), FrontDoorData.ASSESSMENT_TEAM);
            if (team == null || caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(team + "-managers")) {
                throw problem(HttpStatus.NOT_FOUND, "unknown-referral", "There is no referral " + referralId
                        + " with an assessment your team manages.");
            }
            if (runtime.getActivityInstance(assessment.getId()).getActivityInstances(ASSESSMENT_IN_PROGRESS).length == 0) {
                throw problem(HttpStatus.CONFLICT, "assessment-not-in-progress", "The assessment of " + referralId
                        + " is no longer in progress: a strategy discussion it concludes is needed starts from its outcome.");
            }
            if (runtime.createProcessInstanceQuery().superProcessInstanceId(assessment.getId()).processDefinitionKey(CHILD_PROTECTION)
                    .active().count() > 0) {
                throw problem(HttpStatus.CONFLICT, "strategy-discussion-under-way", "Child protection work for " + referralId
                        + " is already under way; record a further strategy discussion on its section 47 enquiry.");
            }
            LocalDate referred = BusinessDates.parseDate((String) runtime.getVariable(assessment.getId(), AssessmentData.REFERRAL_DATE));
            BusinessDateRules.requireHappened(ChildProtectionSteps.STRATEGY_REQUESTED_ON, request.decidedOn(), TaskInput.today());
            BusinessDateRules.requireNotBefore(ChildProtectionSteps.STRATEGY_REQUESTED_ON, request.decidedOn(), "the referral date",
                    referred);
            runtime.createMessageCorrelation(MESSAGE).processInstanceId(assessment.getId())
                    .setVariable(ChildProtectionSteps.STRATEGY_REQUESTED_ON, request.decidedOn().toString())
                    .correlate();
            ProcessInstance started = runtime.createProcessInstanceQuery().superProcessInstanceId(assessment.getId())
                    .processDefinitionKey(CHILD_PROTECTION).active().singleResult();
            return new StrategyDiscussionStarted(referralId, (String) runtime.getVariable(assessment.getId(), JourneyData.LA_CHILD_ID),
                    request.decidedOn(), LocalDate.parse((String) runtime.getVariable(started.getId(), ChildProtectionData.STRATEGY_DUE_ON)),
                    started.getId());
        });
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        return new ErrorResponseException(status, Problems.of(status, type, detail), null);
    }
}
