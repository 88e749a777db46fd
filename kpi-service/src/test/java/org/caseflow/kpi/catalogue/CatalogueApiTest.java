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
    void theChildProtectionMeasuresArePriorityAWithTheReportsTargets() {
        List<Map<String, Object>> measures = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();

        assertThat(measures).filteredOn(m -> m.get("priority").equals("A")).extracting(m -> m.get("id")).containsExactly(
                "cin-count", "cin-rate", "cin-plan-count", "cin-visits-in-timescale", "cp-count", "cp-rate", "s47-enquiries", "icpcs-held",
                "icpc-in-timescale", "cp-plans-started", "cp-plans-ended", "cp-visits-in-timescale", "cp-reviews-in-timescale",
                "cp-repeat-plans", "cp-repeat-plans-2-years", "cp-plans-ended-2-years", "cp-over-2-years");
        assertThat(byId(measures, "cp-count")).containsEntry("polarity", "CLOSE_TO_TARGET").containsEntry("target", 275)
                .containsEntry("toleranceLower", 250).containsEntry("toleranceUpper", 300);
        assertThat(byId(measures, "cp-rate")).containsEntry("target", 83).containsEntry("toleranceLower", 76)
                .containsEntry("toleranceUpper", 91);
        assertThat(byId(measures, "icpc-in-timescale")).containsEntry("target", 95).containsEntry("toleranceLower", null);
        assertThat(byId(measures, "cp-visits-in-timescale")).containsEntry("target", 90).containsEntry("toleranceLower", 85);
        assertThat(byId(measures, "cp-reviews-in-timescale")).containsEntry("target", 96);
        assertThat(byId(measures, "cp-plans-ended-2-years")).containsEntry("unit", "PERCENT").containsEntry("polarity", "NONE")
                .containsEntry("target", null);
        assertThat(byId(measures, "cp-over-2-years")).containsEntry("unit", "COUNT").containsEntry("polarity", "NONE")
                .containsEntry("target", null);
    }

    @Test
    void theChildInNeedAndEarlyHelpMeasuresKeepTheReportsTargetsAndTheNewOnesHaveNone() {
        List<Map<String, Object>> measures = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();

        assertThat(measures).filteredOn(m -> m.get("priority").equals("B")).extracting(m -> m.get("id")).containsExactly(
                "early-help-open", "all-open-cases", "contacts", "referrals", "referral-rate", "contacts-to-early-help",
                "contacts-to-referral", "re-referral-rate", "assessments-in-timescale", "step-ups-to-social-care",
                "step-downs-to-early-help", "early-help-re-presentation-rate");
        assertThat(byId(measures, "cin-count")).containsEntry("polarity", "CLOSE_TO_TARGET").containsEntry("target", 800)
                .containsEntry("toleranceLower", 720).containsEntry("toleranceUpper", 880);
        assertThat((String) byId(measures, "cin-count").get("definition")).contains("open referral", "child in need plan",
                "child protection plan");
        assertThat(byId(measures, "cin-rate")).containsEntry("target", 242).containsEntry("toleranceLower", 218)
                .containsEntry("toleranceUpper", 266);
        assertThat(byId(measures, "cin-visits-in-timescale")).containsEntry("polarity", "HIGH_GOOD").containsEntry("target", 90)
                .containsEntry("toleranceLower", 85);
        assertThat(byId(measures, "early-help-open")).containsEntry("polarity", "NONE").containsEntry("target", null);
        assertThat(byId(measures, "all-open-cases")).containsEntry("polarity", "NONE").containsEntry("target", null);
        assertThat((String) byId(measures, "all-open-cases").get("definition")).contains("Early Help");
        for (String id : List.of("cin-plan-count", "step-ups-to-social-care", "step-downs-to-early-help")) {
            assertThat(byId(measures, id)).as(id).containsEntry("unit", "COUNT").containsEntry("polarity", "NONE")
                    .containsEntry("target", null);
        }
        for (String id : List.of("contacts-to-referral", "early-help-re-presentation-rate")) {
            assertThat(byId(measures, id)).as(id).containsEntry("unit", "PERCENT").containsEntry("polarity", "NONE")
                    .containsEntry("target", null);
        }
    }

    @Test
    void strangersAreRefused() {
        assertThat(http.getForEntity("/api/kpi/catalogue", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static Map<String, Object> byId(List<Map<String, Object>> measures, String id) {
        return measures.stream().filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
    }
}
