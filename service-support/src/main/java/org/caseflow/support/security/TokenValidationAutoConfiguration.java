package org.caseflow.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * How every Caseflow service checks the bearer tokens it is sent ({@link ServiceTokens}). The
 * provider is configured where Spring Boot reads it, {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}
 * and {@code jwk-set-uri} (both are needed); the audience the services require is
 * {@code caseflow.security.audience} (default {@code caseflow-api}). Spring Boot's own decoder
 * steps aside for this one, so no service can end up checking tokens without the audience.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(NimbusJwtDecoder.class)
@ConditionalOnProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri")
public class TokenValidationAutoConfiguration {

    static final String PROVIDER = "spring.security.oauth2.resourceserver.jwt";
    static final String AUDIENCE = "caseflow.security.audience";

    @Bean
    JwtDecoder jwtDecoder(Environment environment) {
        return ServiceTokens.decoder(
                environment.getRequiredProperty(PROVIDER + ".jwk-set-uri"),
                environment.getRequiredProperty(PROVIDER + ".issuer-uri"),
                environment.getProperty(AUDIENCE, ServiceTokens.DEFAULT_AUDIENCE));
    }
}
