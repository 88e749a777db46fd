package org.caseflow.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.caseflow.support.openapi.ApiDescriptionCheck;
import org.caseflow.testsupport.ApiDescriptionContract;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The workflow API's description keeps the promises of every service's ({@link ApiDescriptionContract}), and
 * describes nothing of Camunda's engine REST API, which Camunda documents.
 */
@WorkflowIntegrationTest
class ApiDescriptionTest extends ApiDescriptionContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    ApiDescriptionTest() {
        super("Caseflow workflow API", "kpi-service");
    }

    @Override
    protected List<String> gaps(JsonNode description) {
        return ApiDescriptionCheck.gaps(handlers, description);
    }

    @Test
    void theEngineRestApiIsLeftToCamundaAndSaysWhere() {
        JsonNode description = description("north.worker");

        assertThat(description.path("paths").fieldNames()).toIterable().allMatch(path -> path.startsWith("/api/workflow/"));
        assertThat(description.at("/info/description").asText()).contains("/engine-rest").contains("docs.camunda.org");
    }
}
