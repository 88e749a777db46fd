package org.caseflow.casework.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import org.springframework.context.annotation.Configuration;

/**
 * What the casework API is, at the head of its description ({@code /v3/api-docs}); what every
 * Caseflow API shares (sign-in, problems) follows it. Each endpoint describes itself where it is
 * mapped, its examples are in {@code openapi/examples/}.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Caseflow casework API", version = "1", description = """
        The case record of each child: their summary, identity, chronology, child protection history, periods of \
        care, Early Help record and audit trail; open cases by level; and the fostering team's register of foster \
        carer households.

        Children's records hold personal data. Every read and change of one is written to the child's audit trail \
        in the same transaction, and a record closed to the caller (restricted, or a looked-after child's outside \
        their care team) answers exactly as a child who does not exist: `404` `child-not-found`."""))
class ApiDescription {
}
