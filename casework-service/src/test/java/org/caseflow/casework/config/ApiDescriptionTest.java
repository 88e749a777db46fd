package org.caseflow.casework.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.caseflow.casework.CaseworkIntegrationTest;
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
 * Every endpoint of the casework API is in its API description, with its summary, problem
 * responses and examples ({@link ApiDescriptionCheck}); and the description is for anyone signed
 * in, and no one else.
 */
@CaseworkIntegrationTest
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
    void aChildsRecordAnswersAsAMissingChildWhenClosedAndSaysSo() {
        JsonNode summary = identity.as(http, "north.worker").getForObject("/v3/api-docs", JsonNode.class)
                .at("/paths/~1api~1casework~1children~1{laChildId}/get/responses");

        assertThat(summary.at("/404/content/application~1problem+json/example/type").asText())
                .isEqualTo("https://caseflow.example/problems/child-not-found");
        assertThat(summary.at("/404/description").asText()).contains("closed to you");
        assertThat(summary.has("403")).isTrue();
    }

    /** Not only those who may call every endpoint: a performance officer, a service account. */
    @ParameterizedTest
    @ValueSource(strings = {"north.worker", "performance", "kpi-service"})
    void anyoneSignedInReadsIt(String caller) {
        ResponseEntity<String> answer = identity.as(http, caller).getForEntity("/v3/api-docs", String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("\"title\":\"Caseflow casework API\"");
    }

    @Test
    void noOneElseDoes() {
        assertThat(http.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/v3/api-docs.yaml", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
