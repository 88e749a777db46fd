package org.caseflow.casework.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.caseflow.casework.CaseworkIntegrationTest;
import org.caseflow.support.openapi.ApiDescriptionCheck;
import org.caseflow.testsupport.ApiDescriptionContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The casework API's description keeps the promises of every service's ({@link ApiDescriptionContract}), and
 * says how a child's record answers when it is closed to the reader.
 */
@CaseworkIntegrationTest
class ApiDescriptionTest extends ApiDescriptionContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    ApiDescriptionTest() {
        super("Caseflow casework API", "kpi-service");
    }

    @Override
    protected List<String> gaps(JsonNode description) {
        return ApiDescriptionCheck.gaps(handlers, description);
    }

    @Test
    void aChildsRecordAnswersAsAMissingChildWhenClosedAndSaysSo() {
        JsonNode summary = description("north.worker").at("/paths/~1api~1casework~1children~1{laChildId}/get/responses");

        assertThat(summary.at("/404/content/application~1problem+json/example/type").asText())
                .isEqualTo("https://caseflow.example/problems/child-not-found");
        assertThat(summary.at("/404/description").asText()).contains("closed to you");
        assertThat(summary.has("403")).isTrue();
    }
}
