package org.caseflow.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** The rules a signed token must also pass; that the services apply them is tested through a running service. */
class ServiceTokensTest {

    private static final String ISSUER = "https://login.example.gov.uk/caseflow";
    private final OAuth2TokenValidator<Jwt> rules = ServiceTokens.validator(ISSUER, "caseflow-api");

    @Test
    void anAccessTokenForTheServicesIsAccepted() {
        assertThat(check(ISSUER, List.of("caseflow-gateway", "caseflow-api"), Instant.now().plusSeconds(300)).hasErrors()).isFalse();
    }

    @Test
    void aTokenForAnotherAudienceOrNoneIsRefused() {
        assertThat(check(ISSUER, List.of("caseflow-gateway"), Instant.now().plusSeconds(300)).hasErrors()).as("an ID token").isTrue();
        assertThat(check(ISSUER, null, Instant.now().plusSeconds(300)).hasErrors()).as("no audience").isTrue();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        assertThat(check("https://elsewhere.example", List.of("caseflow-api"), Instant.now().plusSeconds(300)).hasErrors()).isTrue();
    }

    @Test
    void anExpiredTokenIsForgivenThirtySecondsOfClockSkewAndNoMore() {
        assertThat(check(ISSUER, List.of("caseflow-api"), Instant.now().minusSeconds(10)).hasErrors()).isFalse();
        assertThat(check(ISSUER, List.of("caseflow-api"), Instant.now().minusSeconds(31)).hasErrors()).isTrue();
        assertThat(ServiceTokens.CLOCK_SKEW).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAudienceMustBeConfigured() {
        assertThatThrownBy(() -> ServiceTokens.validator(ISSUER, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    private OAuth2TokenValidatorResult check(String issuer, List<String> audience, Instant expiresAt) {
        Jwt.Builder token = Jwt.withTokenValue("token").header("alg", "RS256")
                .issuer(issuer).subject("north.worker")
                .issuedAt(expiresAt.minus(Duration.ofHours(1))).expiresAt(expiresAt);
        if (audience != null) {
            token.audience(audience);
        }
        return rules.validate(token.build());
    }
}
