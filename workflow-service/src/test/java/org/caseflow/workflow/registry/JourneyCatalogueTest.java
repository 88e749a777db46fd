package org.caseflow.workflow.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The journey registry, read from the deployed BPMN, and what follows from it. */
@WorkflowIntegrationTest
class JourneyCatalogueTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    JourneyRegistry registry;
    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizations;

    @Test
    void eachJourneyIsKnownByItsBpmnAloneWithItsStepsAndTheirRules() {
        Journey frontDoor = journey("front-door");
        assertThat(frontDoor.startedBy()).containsExactlyInAnyOrder("social-workers", "team-managers");
        assertThat(frontDoor.description()).contains("1 working day");
        assertThat(frontDoor.steps()).contains(new Journey.Step("DecideOnContact", "Decide on contact", "task", null),
                new Journey.Step("Timer_ContactDecisionDue1WD", "Decision due (rule T1)", "timer", "T1"),
                new Journey.Step("ReviewOverdueContactDecision", "Review overdue contact decision", "task", "T1"));
        assertThat(journey("assessment").startedBy()).as("started by the referral, not by hand").isEmpty();
    }

    @Test
    void whoMayStartAJourneyFollowsFromTheRegistry() {
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("social-workers").resourceType(
                org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId("front-door")
                .hasPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE).count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("social-workers").resourceType(
                org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION).resourceId("assessment")
                .hasPermission(org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE).count()).isZero();
    }

    @Test
    void theCatalogueIsOpenToEveryoneSignedIn() {
        ResponseEntity<List<Map<String, Object>>> catalogue = identity.as(http, "performance").exchange("/api/workflow/journeys",
                HttpMethod.GET, null, new ParameterizedTypeReference<>() { });

        assertThat(catalogue.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(catalogue.getBody()).extracting(journey -> journey.get("key")).contains("front-door", "assessment");
        assertThat(http.getForEntity("/api/workflow/journeys", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private Journey journey(String key) {
        return registry.journeys().stream().filter(journey -> journey.key().equals(key)).findFirst().orElseThrow();
    }
}
