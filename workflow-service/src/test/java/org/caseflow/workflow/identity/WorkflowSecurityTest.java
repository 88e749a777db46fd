package org.caseflow.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@WorkflowIntegrationTest
class WorkflowSecurityTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void healthIsTheOnlyAnonymousEndpoint() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String path : new String[] {"/api/workflow/identity/me", "/engine-rest/process-definition",
                "/engine-rest/user", "/actuator/prometheus", "/camunda/app/tasklist/default/", "/camunda/api/admin/auth/user/default"}) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Bearer");
        }
    }

    @Test
    void aTokenNamesThePersonAndTheirGroups() {
        ResponseEntity<Map> me = identity.as(http, "north.worker").getForEntity("/api/workflow/identity/me", Map.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("userId", "north.worker");
        assertThat((Iterable<String>) me.getBody().get("groups")).containsExactlyInAnyOrder("team-north", "social-workers");
    }

    @Test
    void aTokenThatDoesNotCheckOutIsRefused() {
        String signedByAStranger = identity.tokenFor("north.worker").replaceAll(".{10}$", "AAAAAAAAAA");
        for (String token : List.of("not-a-token", signedByAStranger)) {
            ResponseEntity<String> me = withToken(token).getForEntity("/api/workflow/identity/me", String.class);
            assertThat(me.getStatusCode()).as(token).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    @Test
    void engineRestAppliesCamundaAuthorizations() {
        // a social worker may not list the directory's people; an administrator may
        ResponseEntity<String> asWorker = identity.as(http, "north.worker").getForEntity("/engine-rest/user", String.class);
        ResponseEntity<String> asAdmin = identity.as(http, "admin").getForEntity("/engine-rest/user", String.class);

        assertThat(asWorker.getStatusCode()).as(asWorker.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(asWorker.getBody()).doesNotContain("south.worker");
        assertThat(asAdmin.getBody()).contains("south.worker", "north.manager");
    }

    @Test
    void metricsAreForMonitoringOnly() {
        assertThat(identity.as(http, "north.worker").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> scrape = identity.as(http, "metrics").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains("application=\"workflow-service\"");
    }

    @Test
    void theRequestsTraceIdIsReturnedAsItsCorrelationId() {
        ResponseEntity<String> response = http.exchange("/actuator/health", HttpMethod.GET, HttpEntity.EMPTY, String.class);

        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).matches("[0-9a-f]{32}");
    }

    @Test
    void tasklistOpensWithTheTokenAndNoLoginOfItsOwn() {
        TestRestTemplate browser = identity.as(http, "north.worker");

        ResponseEntity<String> page = browser.getForEntity("/camunda/app/tasklist/default/", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Camunda Tasklist");

        // the page opened a webapp session for the person; the webapp asks who is signed in
        HttpHeaders session = new HttpHeaders();
        session.set("Cookie", page.getHeaders().getFirst("Set-Cookie").split(";")[0]);
        ResponseEntity<Map> signedIn = browser.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(session), Map.class);
        assertThat(signedIn.getBody()).containsEntry("userId", "north.worker");
        assertThat((List<String>) signedIn.getBody().get("authorizedApps")).contains("tasklist").doesNotContain("cockpit", "admin");
    }

    @Test
    void anAppTheirRoleDoesNotUseIsRefusedWithAProblem() {
        for (String[] refusal : new String[][] {{"performance", "/camunda/app/tasklist/default/"}, {"north.worker", "/camunda/app/cockpit/default/"}}) {
            ResponseEntity<String> page = identity.as(http, refusal[0]).getForEntity(refusal[1], String.class);

            assertThat(page.getStatusCode()).as(refusal[1]).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(page.getHeaders().getContentType()).hasToString("application/problem+json");
            assertThat(page.getBody()).contains("\"type\":\"https://caseflow.example/problems/forbidden\"",
                    "\"instance\":\"" + refusal[1] + "\"", "\"correlationId\":");
        }
    }

    @Test
    void tasklistOpenedWithoutTheEngineInItsAddressKnowsWhoIsSignedInToo() {
        ResponseEntity<Map> signedIn = identity.as(http, "north.manager").getForEntity("/camunda/api/admin/auth/user/default", Map.class);

        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signedIn.getBody()).containsEntry("userId", "north.manager");
        assertThat((List<String>) signedIn.getBody().get("authorizedApps")).contains("tasklist", "cockpit");
    }

    @Test
    void aPersonNewToTheDirectoryIsAddedAsTheTokenDescribesThem() {
        String token = identity.tokenFor("new.starter", List.of("team-west", "social-workers"));

        withToken(token).getForEntity("/camunda/app/tasklist/default/", String.class);

        ResponseEntity<String> team = identity.as(http, "admin").getForEntity("/engine-rest/user?memberOfGroup=team-west", String.class);
        assertThat(team.getBody()).contains("new.starter");
    }

    private TestRestTemplate withToken(String token) {
        return TestIdentity.withToken(http, token);
    }
}
