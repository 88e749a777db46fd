package org.caseflow.kpi.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.caseflow.kpi.KpiIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Which bearer tokens the service accepts: only access tokens addressed to Caseflow's services
 * ({@code aud} contains {@code caseflow-api}) that have not expired, forgiving 30 seconds of clock
 * difference with the provider.
 */
@KpiIntegrationTest
class BearerTokenTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void anAccessTokenForTheServicesIsAccepted() {
        assertThat(catalogueWith(identity.tokenFor("performance")).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void anIdTokenIsNotAnAccessTokenForTheServices() {
        // signed by the provider, current, and naming the person and their groups, but addressed to the gateway alone
        assertRefused(catalogueWith(identity.idTokenFor("performance")));
    }

    @Test
    void aTokenThatExpiredMoreThanThirtySecondsAgoIsRefused() {
        assertRefused(catalogueWith(identity.expiredTokenFor("performance", Duration.ofSeconds(31))));
    }

    @Test
    void aTokenThatExpiredWithinTheThirtySecondsOfClockSkewIsStillAccepted() {
        assertThat(catalogueWith(identity.expiredTokenFor("performance", Duration.ofSeconds(10))).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** The catalogue (a list) when accepted, a problem (an object) when refused. */
    private ResponseEntity<Object> catalogueWith(String token) {
        return TestIdentity.withToken(http, token).getForEntity("/api/kpi/catalogue", Object.class);
    }

    private static void assertRefused(ResponseEntity<Object> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat((Map<String, Object>) response.getBody()).containsEntry("status", 401)
                .containsEntry("type", "https://caseflow.example/problems/unauthenticated");
    }
}
