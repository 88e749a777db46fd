package org.caseflow.casework.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@CaseworkIntegrationTest
class ChildApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPractitionerReadsAChildSummary() {
        jdbc.sql("insert into child (la_child_id, given_name, family_name, date_of_birth) values ('CF0000001', 'Amy', 'Jones', '2015-03-01')")
                .update();

        ResponseEntity<Map> child = http.withBasicAuth("north.worker", "demo")
                .getForEntity("/api/casework/children/CF0000001", Map.class);

        assertThat(child.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(child.getBody()).containsEntry("givenName", "Amy").containsEntry("dateOfBirth", "2015-03-01");
    }

    @Test
    void anUnknownChildIsAProblemNotAnError() {
        ResponseEntity<Map> response = http.withBasicAuth("north.worker", "demo")
                .getForEntity("/api/casework/children/NOBODY", Map.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("type", "https://caseflow.example/problems/child-not-found")
                .containsKey("correlationId");
    }

    @Test
    void childRecordsAreNotForPerformanceOfficersNorStrangers() {
        assertThat(http.withBasicAuth("performance", "demo").getForEntity("/api/casework/children/X", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/casework/children/X", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("north.worker", "wrong").getForEntity("/api/casework/children/X", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void healthIsOpenAndMetricsAreForMonitoring() {
        assertThat(http.getForEntity("/actuator/health", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("north.worker", "demo").getForEntity("/actuator/prometheus", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> scrape = http.withBasicAuth("metrics", "metrics-local").getForEntity("/actuator/prometheus", String.class);
        assertThat(scrape.getBody()).contains("application=\"casework-service\"");
    }
}
