package org.caseflow.casework.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@CaseworkIntegrationTest
class ChildApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPractitionerReadsAChildSummary() {
        jdbc.sql("insert into child (la_child_id, given_name, family_name, date_of_birth) values ('CF0000001', 'Amy', 'Jones', '2015-03-01')")
                .update();

        ResponseEntity<Map> child = identity.as(http, "north.worker")
                .getForEntity("/api/casework/children/CF0000001", Map.class);

        assertThat(child.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(child.getBody()).containsEntry("givenName", "Amy").containsEntry("dateOfBirth", "2015-03-01");
    }

    @Test
    void anUnknownChildIsAProblemNotAnError() {
        ResponseEntity<Map> response = identity.as(http, "north.worker")
                .getForEntity("/api/casework/children/NOBODY", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type", "https://caseflow.example/problems/child-not-found")
                .containsKey("correlationId");
    }

    @Test
    void childRecordsAreNotForPerformanceOfficersNorStrangers() {
        assertThat(identity.as(http, "performance").getForEntity("/api/casework/children/X", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/casework/children/X", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        HttpHeaders forged = new HttpHeaders();
        forged.setBearerAuth(identity.tokenFor("north.worker").replaceAll(".{8}$", "AAAAAAAA"));
        assertThat(http.exchange("/api/casework/children/X", HttpMethod.GET, new HttpEntity<>(forged), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthIsOpenAndMetricsAreForMonitoring() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identity.as(http, "north.worker").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> scrape = identity.as(http, "metrics").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getBody()).contains("application=\"casework-service\"");
    }
}
