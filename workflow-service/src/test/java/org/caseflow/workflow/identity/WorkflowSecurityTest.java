package org.caseflow.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

    @Test
    void healthIsTheOnlyAnonymousEndpoint() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String path : new String[] {"/api/workflow/identity/me", "/engine-rest/process-definition",
                "/engine-rest/user", "/actuator/prometheus"}) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).as(path).hasToString("application/problem+json");
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
        }
    }

    @Test
    void aDemoWorkerSignsInWithTheirGroups() {
        ResponseEntity<Map> me = http.withBasicAuth("north.worker", "demo")
                .getForEntity("/api/workflow/identity/me", Map.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(me.getBody()).containsEntry("userId", "north.worker");
        assertThat((Iterable<String>) me.getBody().get("groups")).containsExactlyInAnyOrder("team-north", "social-workers");
    }

    @Test
    void aWrongPasswordIsRefused() {
        ResponseEntity<String> me = http.withBasicAuth("north.worker", "not-the-password")
                .getForEntity("/api/workflow/identity/me", String.class);

        assertThat(me.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestAppliesCamundaAuthorizations() {
        // a social worker may not list the directory's users; the administrator may
        ResponseEntity<String> asWorker = http.withBasicAuth("north.worker", "demo")
                .getForEntity("/engine-rest/user", String.class);
        ResponseEntity<String> asAdmin = http.withBasicAuth("admin", "demo")
                .getForEntity("/engine-rest/user", String.class);

        assertThat(asWorker.getStatusCode()).as(asWorker.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(asWorker.getBody()).doesNotContain("south.worker");
        assertThat(asAdmin.getBody()).contains("south.worker", "north.manager");
    }

    @Test
    void metricsAreForMonitoringOnly() {
        assertThat(http.withBasicAuth("north.worker", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> scrape = http.withBasicAuth("metrics", "metrics-local")
                .getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(scrape.getBody()).contains("application=\"workflow-service\"");
    }

    @Test
    void theCorrelationIdIsEchoed() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Correlation-Id", "test-correlation-1");
        ResponseEntity<String> response = http.exchange("/actuator/health", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("test-correlation-1");
    }

    @Test
    void tasklistLoginPageIsServed() {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Camunda");
    }
}
