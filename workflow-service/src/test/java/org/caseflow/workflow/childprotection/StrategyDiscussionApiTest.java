package org.caseflow.workflow.childprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * POST /api/workflow/referrals/{referralId}/strategy-discussion over real HTTP: a manager of the
 * referral's team starts child protection beside an assessment in progress.
 */
@WorkflowIntegrationTest
class StrategyDiscussionApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @Test
    void theTeamsManagerStartsChildProtectionBesideTheAssessment() {
        ProcessInstance referral = referral();

        ResponseEntity<Map> started = request("north.manager", referral.getBusinessKey(), "2026-01-08");

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(started.getBody()).containsEntry("referralId", referral.getBusinessKey())
                .containsEntry("decidedOn", "2026-01-08").containsEntry("strategyDueOn", "2026-01-09")
                .containsEntry("laChildId", "C9000031");
        ProcessInstance childProtection = runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).singleResult();
        assertThat(runtime.getVariable(childProtection.getId(), "strategyRequestedOn")).isEqualTo("2026-01-08");
        assertThat(tasks.createTaskQuery().processInstanceId(childProtection.getId()).taskDefinitionKey("HoldStrategyDiscussion").count())
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(referral.getId()).taskDefinitionKey("AllocateSocialWorker").count())
                .as("the assessment goes on").isEqualTo(1);

        ResponseEntity<Map> again = request("north.manager", referral.getBusinessKey(), "2026-01-09");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("type", "https://caseflow.example/problems/strategy-discussion-under-way");
    }

    @Test
    void onlyAManagerOfTheReferralsTeamMayAndToOthersTheReferralIsUnknown() {
        ProcessInstance referral = referral();

        assertThat(request("south.manager", referral.getBusinessKey(), "2026-01-08").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(request("north.worker", referral.getBusinessKey(), "2026-01-08").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(request("north.manager", "REF-999999", "2026-01-08").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).count()).isZero();
    }

    @Test
    void aDecisionBeforeTheReferralOrInTheFutureIsRefusedAndStartsNothing() {
        ProcessInstance referral = referral();

        ResponseEntity<Map> early = request("north.manager", referral.getBusinessKey(), "2026-01-05");
        assertThat(early.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(early.getBody()).containsEntry("field", "strategyRequestedOn");
        assertThat((String) early.getBody().get("detail")).contains("referral date");
        assertThat(request("north.manager", referral.getBusinessKey(), "2099-01-05").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("north.manager", referral.getBusinessKey(), "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post("north.manager", referral.getBusinessKey(), "{\"decidedOn\": \"next Tuesday\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).count()).isZero();
    }

    @Test
    void anAssessmentNoLongerInProgressIsAConflict() {
        ProcessInstance referral = referral();
        tasks.complete(task(referral, "AllocateSocialWorker"), withVariables("allocatedWorker", "north.worker", "allocationDate", "2026-01-07"));
        tasks.complete(task(referral, "CompleteAssessment"), withVariables("assessmentStartDate", "2026-01-07",
                "assessmentSubmittedDate", "2026-02-02", "assessmentOutcome", "STRATEGY_DISCUSSION", "assessmentSummary", "Seen."));
        tasks.complete(task(referral, "AuthoriseAssessment"), withVariables("authorisationDecision", "AUTHORISE",
                "oversightDate", "2026-02-02", "managerDirection", "Strategy discussion needed."));

        ResponseEntity<Map> late = request("north.manager", referral.getBusinessKey(), "2026-02-03");

        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody()).containsEntry("type", "https://caseflow.example/problems/assessment-not-in-progress");
    }

    @Test
    void newConcernsForAChildOnAPlanStartAStrategyDiscussionBesideThePlan() {
        ProcessInstance referral = referral();
        ProcessInstance plan = runtime.startProcessInstanceByKey("cp-plan", withVariables("laChildId", "C9000031",
                "referralId", referral.getBusinessKey(), "childGivenName", "Zoe", "childFamilyName", "Api", "assessmentTeam", "team-north",
                "planStartDate", "2026-01-20", "planCategory", "NEGLECT", "leadSocialWorker", "north.worker"));

        ResponseEntity<Map> started = request("north.manager", referral.getBusinessKey(), "2026-02-10");

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ProcessInstance childProtection = runtime.createProcessInstanceQuery().superProcessInstanceId(plan.getId()).singleResult();
        assertThat(runtime.getVariable(childProtection.getId(), "cpPlanId")).isEqualTo(plan.getBusinessKey());
        assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(referral.getId()).count())
                .as("not beside the assessment: the plan has the child's work now").isZero();
    }

    private ProcessInstance referral() {
        return runtime.startProcessInstanceByKey("assessment", withVariables(
                "laChildId", "C9000031", "contactId", "CON-900031", "childGivenName", "Zoe", "childFamilyName", "Api",
                "contactSource", "SCHOOL", "referralDate", "2026-01-06", "assessmentTeam", "team-north"));
    }

    private String task(ProcessInstance instance, String key) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult().getId();
    }

    private ResponseEntity<Map> request(String user, String referralId, String decidedOn) {
        return post(user, referralId, "{\"decidedOn\": \"" + decidedOn + "\"}");
    }

    private ResponseEntity<Map> post(String user, String referralId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, user).postForEntity("/api/workflow/referrals/" + referralId + "/strategy-discussion",
                new HttpEntity<>(body, headers), Map.class);
    }
}
