package org.caseflow.support.openapi;

import io.swagger.v3.oas.models.media.StringSchema;
import java.time.YearMonth;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.PropertySource;

/**
 * The API description (OpenAPI, at {@code /v3/api-docs}) of a servlet service that brings springdoc:
 * its own {@code /api/**} endpoints only, with the problem responses, examples and security every
 * Caseflow service shares. The settings in {@value #DEFAULTS} are the lowest-precedence ones, so a
 * service's own configuration overrides any of them.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@PropertySource(ApiDescriptionAutoConfiguration.DEFAULTS)
public class ApiDescriptionAutoConfiguration {

    static final String DEFAULTS = "classpath:caseflow/api-description-defaults.properties";

    static {
        // a month is written as text, 2026-10, and springdoc would otherwise describe it as an object of its parts
        SpringDocUtils.getConfig().replaceWithSchema(YearMonth.class,
                new StringSchema().pattern("^\\d{4}-\\d{2}$").example("2026-10").description("A month: YYYY-MM"));
    }

    @Bean
    SharedApiComponents sharedApiComponents() {
        return new SharedApiComponents();
    }

    @Bean
    ProblemResponsesCustomizer problemResponsesCustomizer() {
        return new ProblemResponsesCustomizer();
    }

    @Bean
    ResponseExamples responseExamples() {
        return new ResponseExamples();
    }

    @Bean
    NestedTypeNames nestedTypeNames() {
        return new NestedTypeNames();
    }
}
