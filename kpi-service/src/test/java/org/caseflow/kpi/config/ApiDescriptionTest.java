package org.caseflow.kpi.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.openapi.ApiDescriptionCheck;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the KPI API is in its API description, with its summary, problem
 * responses and examples ({@link ApiDescriptionCheck}); and the description is for anyone signed
 * in, and no one else.
 */
@KpiIntegrationTest
class ApiDescriptionTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyApiEndpointIsDescribed() {
        JsonNode description = identity.as(http, "north.worker").getForObject("/v3/api-docs", JsonNode.class);

        assertThat(ApiDescriptionCheck.gaps(handlers, description)).isEmpty();
    }

    @Test
    void theDownloadsAreDescribedAsTheFilesTheyAreAndAMonthAsText() {
        JsonNode paths = identity.as(http, "performance").getForObject("/v3/api-docs", JsonNode.class).path("paths");

        assertThat(paths.at("/~1api~1kpi~1report.csv/get/responses/200/content/text~1csv/example").asText())
                .startsWith("Report,Caseflow improvement-plan report");
        assertThat(paths.at("/~1api~1kpi~1report.xlsx/get/responses/200/content").fieldNames().next())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        JsonNode month = paths.at("/~1api~1kpi~1measures/get/parameters/0");
        assertThat(month.path("name").asText()).isEqualTo("month");
        assertThat(month.at("/schema/type").asText()).isEqualTo("string");
        assertThat(month.at("/schema/example").asText()).isEqualTo("2026-10");
    }

    /** Not only those who may call every endpoint: a social worker (who may not read caseloads), a service account. */
    @ParameterizedTest
    @ValueSource(strings = {"north.worker", "performance", "casework-service"})
    void anyoneSignedInReadsIt(String caller) {
        ResponseEntity<String> answer = identity.as(http, caller).getForEntity("/v3/api-docs", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("\"title\":\"Caseflow KPI API\"");
    }

    @Test
    void noOneElseDoes() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/v3/api-docs.yaml", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
