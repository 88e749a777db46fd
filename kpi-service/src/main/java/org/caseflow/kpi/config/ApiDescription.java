package org.caseflow.kpi.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/**
 * What the KPI API is, at the head of its description ({@code /v3/api-docs}); what every Caseflow
 * API shares (sign-in, problems) follows it. Each endpoint describes itself where it is mapped, its
 * examples are in {@code openapi/examples/}.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Caseflow KPI API", version = "1", description = """
        The measures of the council's monthly improvement-plan report, derived from what was done and when: any \
        month's measures, one measure month by month, the report to download as CSV or Excel, the catalogue of \
        measures with their targets, tolerances and milestones (and who changed them), the 0-17 population that \
        rates are based on, and each social worker's caseload.

        Measures are aggregates with no child's personal data, so everyone signed in reads them. The report as a \
        page (`/report`) and the children behind a figure are pages of this service, not part of this API."""))
class ApiDescription {
}
