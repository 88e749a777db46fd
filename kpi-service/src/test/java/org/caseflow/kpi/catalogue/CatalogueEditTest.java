package org.caseflow.kpi.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Performance officers (and administrators) change a measure's target, tolerance band and milestones
 * ({@code PUT /api/kpi/catalogue/{id}}); each change is audited with what it replaced. Everybody else is refused, and
 * settings that do not fit the measure change nothing. Each test puts the catalogue back as it found it.
 */
@KpiIntegrationTest
class CatalogueEditTest {

    // ICPC timeliness: higher is better, target 95, no band, milestones 95 and 95 (the reference report's)
    private static final String ICPC = "icpc-in-timescale";
    private static final String ICPC_AS_SHIPPED = """
            {"target": 95, "toleranceLower": null, "toleranceUpper": null,
             "milestones": [{"month": "2023-09", "target": 95}, {"month": "2024-03", "target": 95}]}""";
    private static final String OPEN_CASES_AS_SHIPPED = """
            {"milestones": [{"month": "2023-09", "target": 1839}, {"month": "2024-03", "target": 1756}]}""";

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void putTheCatalogueBack() {
        put("admin", ICPC, ICPC_AS_SHIPPED);
        put("admin", "all-open-cases", OPEN_CASES_AS_SHIPPED);
    }

    @Test
    void aPerformanceOfficerChangesATargetItsBandAndMilestonesAndTheChangeIsAudited() {
        ResponseEntity<Map> response = put("performance", ICPC, """
                {"target": 90, "toleranceLower": 80, "toleranceUpper": null,
                 "milestones": [{"month": "2026-09", "target": 92}, {"month": "2027-03", "target": 95}],
                 "reason": "2026-27 targets agreed"}""");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("target", 90).containsEntry("toleranceLower", 80)
                .containsEntry("milestones", List.of(Map.of("month", "2026-09", "target", 92), Map.of("month", "2027-03", "target", 95)));
        assertThat(catalogueEntry(ICPC)).containsEntry("target", 90).containsEntry("toleranceLower", 80);
        Map<String, Object> change = latestChange();
        assertThat(change).containsEntry("actor", "performance").containsEntry("action", "CATALOGUE_CHANGED")
                .containsEntry("measureId", ICPC).containsEntry("detail", "2026-27 targets agreed")
                .containsEntry("correlationId", response.getHeaders().getFirst("X-Correlation-Id")).containsKey("at");
        assertThat((Map<String, Object>) change.get("before")).containsEntry("target", 95).containsEntry("toleranceLower", null)
                .containsEntry("milestones", List.of(Map.of("month", "2023-09", "target", 95), Map.of("month", "2024-03", "target", 95)));
        assertThat((Map<String, Object>) change.get("after")).containsEntry("target", 90).containsEntry("toleranceLower", 80)
                .doesNotContainKey("reason");
        // the month's rating is judged against the new target
        Map<String, Object> icpc = measure("2025-12", ICPC);
        assertThat(icpc).containsEntry("target", 90).containsEntry("ratingTarget", 90).containsEntry("toleranceLower", 80);
    }

    @Test
    void anAdministratorMayChangeThemToo() {
        assertThat(put("admin", ICPC, ICPC_AS_SHIPPED.replace("\"target\": 95,", "\"target\": 94,")).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(catalogueEntry(ICPC)).containsEntry("target", 94);
        assertThat(latestChange()).containsEntry("actor", "admin");
    }

    @Test
    void milestonesForTheYearRateAMeasureRatedAgainstThem() {
        // all open cases, fewer is better: 40 by September 2025 and 20 by March 2026 put 31 December 2025 at 30
        put("performance", "all-open-cases", """
                {"milestones": [{"month": "2025-09", "target": 40}, {"month": "2026-03", "target": 20}]}""");

        Map<String, Object> openCases = measure("2025-12", "all-open-cases");

        assertThat(openCases).containsEntry("ratedAgainst", "MILESTONES").containsEntry("ratingTarget", 30);
        int shown = (Integer) openCases.get("shown");
        assertThat(openCases).containsEntry("rag", shown <= 30 ? "GREEN" : "AMBER");
    }

    @ParameterizedTest(name = "{0} may not")
    @ValueSource(strings = {"north.worker", "north.manager", "eh.manager", "kpi-service"})
    void everybodyElseIsRefusedAndNothingChanges(String user) {
        long changes = auditEntries();

        ResponseEntity<Map> response = put(user, ICPC, ICPC_AS_SHIPPED.replace("\"target\": 95,", "\"target\": 10,"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(catalogueEntry(ICPC)).containsEntry("target", 95);
        assertThat(auditEntries()).isEqualTo(changes);
        assertThat(identity.as(http, user).getForEntity("/api/kpi/catalogue/changes", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a lower tolerance above the target       | icpc-in-timescale   | {\"target\": 90, \"toleranceLower\": 92}",
            "an upper tolerance where higher is better | icpc-in-timescale  | {\"target\": 90, \"toleranceUpper\": 99}",
            "a lower tolerance where lower is better  | referrals           | {\"target\": 185, \"toleranceLower\": 150}",
            "a percentage over 100                    | icpc-in-timescale   | {\"target\": 101}",
            "two milestones for one month             | icpc-in-timescale   | {\"target\": 95, \"milestones\": [{\"month\": \"2026-09\", \"target\": 90}, {\"month\": \"2026-09\", \"target\": 91}]}",
            "a target for a context-only measure      | cp-plans-started    | {\"target\": 10}",
            "a target for a measure rated by milestones | all-open-cases    | {\"target\": 1800}",
            "a negative target                        | icpc-in-timescale   | {\"target\": -1}",
            "a month that is not one                  | icpc-in-timescale   | {\"target\": 95, \"milestones\": [{\"month\": \"2026-13\", \"target\": 90}]}",
            "a field the settings do not have         | icpc-in-timescale   | {\"target\": 95, \"polarity\": \"LOW_GOOD\"}",
            "a number that is text                    | icpc-in-timescale   | {\"target\": \"ninety\"}",
            "a milestone without a target             | icpc-in-timescale   | {\"milestones\": [{\"month\": \"2026-09\"}]}"})
    void settingsThatDoNotFitAreAProblemAndChangeNothing(String why, String measure, String body) {
        Map<String, Object> before = catalogueEntry(measure);
        long changes = auditEntries();

        ResponseEntity<Map> response = put("performance", measure, body);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(catalogueEntry(measure)).isEqualTo(before);
        assertThat(auditEntries()).isEqualTo(changes);
    }

    @Test
    void aMeasureTheCatalogueDoesNotHoldIsNotFound() {
        ResponseEntity<Map> response = put("performance", "no-such-measure", "{\"target\": 1}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) response.getBody().get("type")).endsWith("/measure-not-found");
    }

    @Test
    void theAuditTrailCannotBeChangedOrEmptied() {
        put("performance", ICPC, ICPC_AS_SHIPPED);

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'someone else'").update()).hasMessageContaining("cannot be changed");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("cannot be changed");
    }

    private ResponseEntity<Map> put(String user, String measure, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return identity.as(http, user).exchange("/api/kpi/catalogue/" + measure, HttpMethod.PUT, new HttpEntity<>(body, headers), Map.class);
    }

    private Map<String, Object> catalogueEntry(String id) {
        List<Map<String, Object>> measures = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();
        return measures.stream().filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
    }

    private Map<String, Object> latestChange() {
        List<Map<String, Object>> changes = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue/changes", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();
        return changes.get(0);
    }

    private Map<String, Object> measure(String month, String id) {
        Map<String, Object> body = identity.as(http, "performance").getForObject("/api/kpi/measures?month=" + month, Map.class);
        return ((List<Map<String, Object>>) body.get("measures")).stream().filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }
}
