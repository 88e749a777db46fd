package org.caseflow.gateway;

import org.caseflow.support.security.ServiceTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The few tokens the gateway reads itself (its own metrics, for Prometheus and administrators) are
 * checked as every service checks them: issuer, expiry with at most 30 s of skew, and the API
 * audience, so an ID token that leaked from a session opens nothing here either. Tokens bound for
 * the services pass through unread; each service checks its own.
 */
@Configuration
class GatewayTokens {

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer,
            @Value("${caseflow.security.audience:" + ServiceTokens.DEFAULT_AUDIENCE + "}") String audience) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(ServiceTokens.validator(issuer, audience));
        return decoder;
    }
}
