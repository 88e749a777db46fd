package org.caseflow.kpi.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.support.openapi.ApiDescriptionCheck;
import org.caseflow.testsupport.ApiDescriptionContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The KPI API's description keeps the promises of every service's ({@link ApiDescriptionContract}), and
 * describes its downloads as the files they are.
 */
@KpiIntegrationTest
class ApiDescriptionTest extends ApiDescriptionContract {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    ApiDescriptionTest() {
        super("Caseflow KPI API", "casework-service");
    }

    @Override
    protected List<String> gaps(JsonNode description) {
        return ApiDescriptionCheck.gaps(handlers, description);
    }

    @Test
    void theDownloadsAreDescribedAsTheFilesTheyAreAndAMonthAsText() {
        JsonNode paths = description("performance").path("paths");

        assertThat(paths.at("/~1api~1kpi~1report.csv/get/responses/200/content/text~1csv/example").asText())
                .startsWith("Report,Caseflow improvement-plan report");
        assertThat(paths.at("/~1api~1kpi~1report.xlsx/get/responses/200/content").fieldNames().next())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        JsonNode month = paths.at("/~1api~1kpi~1measures/get/parameters/0");
        assertThat(month.path("name").asText()).isEqualTo("month");
        assertThat(month.at("/schema/type").asText()).isEqualTo("string");
        assertThat(month.at("/schema/example").asText()).isEqualTo("2026-10");
    }
}
