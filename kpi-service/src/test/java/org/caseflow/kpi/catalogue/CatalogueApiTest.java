package org.caseflow.kpi.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@KpiIntegrationTest
class CatalogueApiTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void performanceOfficersReadTheCatalogueInReportOrder() {
        ResponseEntity<List<Map<String, Object>>> response = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> measures = response.getBody();
        assertThat(measures).first().satisfies(first -> assertThat(first).containsEntry("id", "cin-count"));
        assertThat(measures).filteredOn(m -> m.get("id").equals("assessments-in-timescale")).singleElement()
                .satisfies(m -> assertThat(m).containsEntry("polarity", "HIGH_GOOD").containsEntry("target", 85)
                        .containsEntry("toleranceLower", 75));
        assertThat(measures).extracting(m -> m.get("priority")).isSorted();
    }

    @Test
    void strangersAreRefused() {
        assertThat(http.getForEntity("/api/kpi/catalogue", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
