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
                "step-downs-to-early-help", "early-help-re-presentation-rate", "police-notification-days-to-decision",
                "police-notifications-decided-in-time", "written-contacts-closed-without-follow-up", "decisions-with-oversight");
        assertThat(byId(measures, "cin-count")).containsEntry("polarity", "CLOSE_TO_TARGET").containsEntry("target", 800)
                .containsEntry("toleranceLower", 720).containsEntry("toleranceUpper", 880);
        assertThat((String) byId(measures, "cin-count").get("definition")).contains("open referral", "child in need plan",
                "child protection plan");
        assertThat(byId(measures, "cin-rate")).containsEntry("target", 242).containsEntry("toleranceLower", 218)
                .containsEntry("toleranceUpper", 266);
        assertThat(byId(measures, "cin-visits-in-timescale")).containsEntry("polarity", "HIGH_GOOD").containsEntry("target", 90)
                .containsEntry("toleranceLower", 85);
        assertThat(byId(measures, "early-help-open")).containsEntry("polarity", "NONE").containsEntry("target", null);
        // rated, as the report rates it, against its milestones: fewer is better
        assertThat(byId(measures, "all-open-cases")).containsEntry("polarity", "LOW_GOOD").containsEntry("target", null)
                .containsEntry("ratedAgainst", "MILESTONES");
        assertThat(byId(measures, "cin-count")).containsEntry("ratedAgainst", "TARGET");
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
    void theLookedAfterMeasuresArePriorityCWithTheReportsTargets() {
        List<Map<String, Object>> measures = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();

        assertThat(measures).filteredOn(m -> m.get("priority").equals("C")).extracting(m -> m.get("id")).containsExactly(
                "cla-count", "cla-rate", "cla-visits-in-timescale", "cla-reviews-in-timescale", "entering-care", "entering-care-rate",
                "ceased-care", "ceased-care-rate", "ceased-care-reasons", "cla-by-placement-type", "cla-by-placement-provider",
                "cla-by-time-in-placement");
        assertThat(byId(measures, "cla-count")).containsEntry("polarity", "CLOSE_TO_TARGET").containsEntry("target", 550)
                .containsEntry("toleranceLower", 500).containsEntry("toleranceUpper", 600);
        assertThat((String) byId(measures, "cla-count").get("definition")).contains("short-term breaks");
        assertThat(byId(measures, "cla-rate")).containsEntry("polarity", "CLOSE_TO_TARGET").containsEntry("target", 166)
                .containsEntry("toleranceLower", 136).containsEntry("toleranceUpper", 181);
        assertThat(byId(measures, "entering-care-rate")).containsEntry("polarity", "LOW_GOOD").containsEntry("target", 45)
                .containsEntry("toleranceUpper", null);
        assertThat(byId(measures, "ceased-care-rate")).containsEntry("polarity", "HIGH_GOOD").containsEntry("target", 54)
                .containsEntry("toleranceLower", null);
        for (String annualised : List.of("entering-care-rate", "ceased-care-rate")) {
            assertThat((String) byId(measures, annualised).get("definition")).as(annualised).contains("times 12 over the months elapsed");
        }
        assertThat((String) byId(measures, "ceased-care-rate").get("name")).contains("annualised");
        assertThat(byId(measures, "entering-care")).containsEntry("polarity", "LOW_GOOD").containsEntry("ratedAgainst", "MILESTONES")
                .containsEntry("target", null);
        assertThat(byId(measures, "ceased-care")).containsEntry("polarity", "HIGH_GOOD").containsEntry("ratedAgainst", "MILESTONES")
                .containsEntry("target", null);
        for (String projected : List.of("referral-rate", "entering-care-rate", "ceased-care-rate")) {
            assertThat((String) byId(measures, projected).get("definition")).as(projected)
                    .contains("times 12 over the months elapsed", "times the days in the year over the days elapsed");
        }
        for (String id : List.of("ceased-care-reasons", "cla-by-placement-type", "cla-by-placement-provider",
                "cla-by-time-in-placement")) {
            assertThat(byId(measures, id)).as(id).containsEntry("unit", "COUNT").containsEntry("polarity", "NONE")
                    .containsEntry("target", null);
        }
        for (String id : List.of("cla-visits-in-timescale", "cla-reviews-in-timescale")) {
            assertThat(byId(measures, id)).as(id).containsEntry("unit", "PERCENT").containsEntry("polarity", "NONE")
                    .containsEntry("target", null);
            assertThat((String) byId(measures, id).get("definition")).as(id).contains("fell due in the month");
        }
        assertThat((List<Object>) byId(measures, "ceased-care").get("milestones"))
                .containsExactly(Map.of("month", "2023-09", "target", 90), Map.of("month", "2024-03", "target", 180));
        assertThat((String) byId(measures, "cin-count").get("definition")).contains("looked after");
    }

    @Test
    void theWorkforceMeasuresArePriorityDWithTheReportsTargetsAndMilestones() {
        List<Map<String, Object>> measures = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();

        assertThat(measures).filteredOn(m -> m.get("priority").equals("D")).extracting(m -> m.get("id")).containsExactly(
                "sw-caseload", "asye-caseload", "workers-over-25-cases", "workforce-permanent", "supervisions-in-timescale",
                "supervisions-assessment-safeguarding", "supervisions-children-in-care", "supervisions-childrens-disability",
                "supervisions-new-futures", "fostering-dbs-in-house", "fostering-dbs-kinship", "carer-supervision-in-house",
                "carer-supervision-kinship", "carer-workers-supervision-in-house", "carer-workers-supervision-kinship");
        assertThat(byId(measures, "sw-caseload")).containsEntry("unit", "AVERAGE").containsEntry("polarity", "LOW_GOOD")
                .containsEntry("target", 16).containsEntry("milestones", List.of(Map.of("month", "2023-09", "target", 16),
                        Map.of("month", "2024-03", "target", 16)));
        assertThat((String) byId(measures, "sw-caseload").get("definition")).contains("full-time equivalent", "FTE-weighted");
        assertThat(byId(measures, "asye-caseload")).containsEntry("polarity", "LOW_GOOD").containsEntry("target", 15);
        assertThat(byId(measures, "workforce-permanent")).containsEntry("unit", "PERCENT").containsEntry("polarity", "HIGH_GOOD")
                .containsEntry("target", 70).containsEntry("milestones", List.of(Map.of("month", "2023-09", "target", 70),
                        Map.of("month", "2024-03", "target", 95)));
        assertThat((String) byId(measures, "workforce-permanent").get("definition")).contains("headcount");
        assertThat(byId(measures, "workers-over-25-cases")).containsEntry("unit", "COUNT").containsEntry("polarity", "NONE")
                .containsEntry("target", null).containsEntry("milestones", List.of());
        for (String id : List.of("supervisions-in-timescale", "supervisions-assessment-safeguarding", "supervisions-children-in-care",
                "supervisions-childrens-disability", "supervisions-new-futures")) {
            assertThat(byId(measures, id)).as(id).containsEntry("unit", "PERCENT").containsEntry("polarity", "HIGH_GOOD")
                    .containsEntry("target", 90).containsEntry("toleranceLower", 85).containsEntry("toleranceUpper", null);
            assertThat((List<Object>) byId(measures, id).get("milestones")).as(id).hasSize(2);
        }
    }

    @Test
    void theFosteringChecksArePriorityDWithTheReportsNamesAndNoTarget() {
        List<Map<String, Object>> measures = identity.as(http, "performance")
                .exchange("/api/kpi/catalogue", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() { })
                .getBody();

        assertThat(byId(measures, "fostering-dbs-in-house")).containsEntry("name", "In-house foster carers with DBS recorded %");
        assertThat(byId(measures, "carer-workers-supervision-kinship"))
                .containsEntry("name", "Supervision of connected carers' case workers %");
        for (String id : List.of("fostering-dbs-in-house", "fostering-dbs-kinship", "carer-supervision-in-house",
                "carer-supervision-kinship", "carer-workers-supervision-in-house", "carer-workers-supervision-kinship")) {
            assertThat(byId(measures, id)).as(id).containsEntry("priority", "D").containsEntry("unit", "PERCENT")
                    .containsEntry("polarity", "NONE").containsEntry("target", null).containsEntry("toleranceLower", null)
                    .containsEntry("milestones", List.of());
        }
        assertThat((String) byId(measures, "fostering-dbs-in-house").get("definition")).contains("renewal date", "deregistered");
        assertThat((String) byId(measures, "carer-supervision-in-house").get("definition")).contains("fell due in the month");
        assertThat((String) byId(measures, "carer-workers-supervision-in-house").get("definition")).contains("supervising social workers");
    }

    @Test
    void strangersAreRefused() {
        assertThat(http.getForEntity("/api/kpi/catalogue", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static Map<String, Object> byId(List<Map<String, Object>> measures, String id) {
        return measures.stream().filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
    }
}
