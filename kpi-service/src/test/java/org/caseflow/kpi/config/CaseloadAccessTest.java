package org.caseflow.kpi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Who may read each social worker's caseload ({@code GET /api/kpi/caseloads}): managers of any team, performance officers
 * and administrators; not social workers, Early Help practitioners or the services' own accounts, who get 403 problem
 * details. The aggregate measures made from them stay readable by everyone signed in.
 */
@KpiIntegrationTest
class CaseloadAccessTest {

    private static final String CASELOADS = "/api/kpi/caseloads?date=2026-01-31";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @ParameterizedTest(name = "{0} may")
    @ValueSource(strings = {"north.manager", "frontdoor.manager", "cic.manager", "eh.manager", "performance", "admin"})
    void managersPerformanceOfficersAndAdministratorsReadTheCaseloads(String user) {
        ResponseEntity<Map> response = identity.as(http, user).getForEntity(CASELOADS, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("date", "2026-01-31").containsKey("workers");
    }

    @Test
    void aManagerOfATeamOnlyIsAManager() {
        // the managers' group of a team, without the team-managers role group
        String token = identity.tokenFor("another.manager", List.of("team-south", "team-south-managers"));

        assertThat(TestIdentity.withToken(http, token).getForEntity(CASELOADS, Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest(name = "{0} may not")
    @ValueSource(strings = {"north.worker", "cic.worker", "frontdoor.worker", "eh.worker", "kpi-service"})
    void socialWorkersAndOthersAreRefusedWithProblemDetails(String user) {
        ResponseEntity<Map> response = identity.as(http, user).getForEntity(CASELOADS, Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("status", 403).doesNotContainKey("workers");
        assertThat(identity.as(http, user).getForEntity("/api/kpi/measures?month=2026-01", Map.class).getStatusCode())
                .as("the aggregate measures stay readable").isEqualTo(HttpStatus.OK);
    }

    @Test
    void strangersAreAskedToSignIn() {
        assertThat(http.getForEntity(CASELOADS, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDateNotYetComeIsRefused() {
        ResponseEntity<Map> response = identity.as(http, "performance").getForEntity("/api/kpi/caseloads?date=2999-01-01", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("status", 400);
        assertThat(identity.as(http, "performance").getForEntity("/api/kpi/caseloads?date=31/01/2026", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
