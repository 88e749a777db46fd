package org.caseflow.workflow.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/**
 * What the workflow API is, at the head of its description ({@code /v3/api-docs}); what every
 * Caseflow API shares (sign-in, problems) follows it. Each endpoint describes itself where it is
 * mapped, its examples are in {@code openapi/examples/}. Camunda's engine REST API is Camunda's to
 * describe, and is left out ({@code springdoc.paths-to-match}).
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Caseflow workflow API", version = "1", description = """
        Caseflow's own API of the journeys a child's case runs through: record a contact, ask for a strategy \
        discussion, overdue and at-risk work with its forecast, the journeys deployed, the journey event feed, and \
        who the caller is.

        Camunda's engine REST API (`/engine-rest`, through the gateway for signed-in people, with the journey rules \
        enforced inside the engine) is not described here: Camunda documents it, for this version at \
        https://docs.camunda.org/rest/camunda-bpm-platform/7.24/, and publishes its OpenAPI description as the \
        Maven artifact `org.camunda.bpm:camunda-engine-rest-openapi`. The engine here does not serve it."""))
class ApiDescription {
}
