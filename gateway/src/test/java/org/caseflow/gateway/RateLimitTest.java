package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway's rate limits, over real HTTP. Every request here comes from 127.0.0.1, so each
 * limit is tried in a gateway of its own, whose address allowance no other test has spent. No
 * service is behind them: as after docker-compose stopped them, their names resolve to nothing, so
 * a request let through is a 503.
 */
class RateLimitTest {

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "caseflow.rate-limit.capacity=3", "caseflow.rate-limit.per-minute=1",
            "WORKFLOW_SERVICE_URL=http://workflow-service.invalid", "CASEWORK_SERVICE_URL=http://casework-service.invalid",
            "KPI_SERVICE_URL=http://kpi-service.invalid"})
    class PerCaller {

        @Autowired
        WebTestClient gateway;

        @Test
        void aUserPastTheirAllowanceIsToldToWaitWhileOthersCarryOn() {
            for (int i = 0; i < 3; i++) {
                gateway.get().uri("/api/kpi/catalogue").headers(h -> h.setBearerAuth("busy-users-token")).exchange()
                        .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            }

            gateway.get().uri("/api/kpi/catalogue").headers(h -> h.setBearerAuth("busy-users-token")).exchange()
                    .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().exists("Retry-After")
                    .expectHeader().contentType("application/problem+json");
            gateway.get().uri("/api/kpi/catalogue").headers(h -> h.setBearerAuth("calm-users-token")).exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
            gateway.get().uri("/actuator/health").exchange().expectStatus().isOk();
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "caseflow.rate-limit.capacity=3", "caseflow.rate-limit.per-minute=1",
            "caseflow.rate-limit.address-capacity=6", "caseflow.rate-limit.address-per-minute=1",
            "WORKFLOW_SERVICE_URL=http://workflow-service.invalid", "CASEWORK_SERVICE_URL=http://casework-service.invalid",
            "KPI_SERVICE_URL=http://kpi-service.invalid"})
    class PerAddress {

        @Autowired
        WebTestClient gateway;

        @Test
        void oneAddressIsLimitedHoweverManyFreshCredentialsItBrings() {
            // one caller past their own allowance is refused for that, which spends none of the address's
            for (int i = 0; i < 8; i++) {
                gateway.get().uri("/api/kpi/catalogue").headers(h -> h.setBearerAuth("runaway-script-token")).exchange()
                        .expectStatus().isEqualTo(i < 3 ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS);
            }

            // three requests left at this address, however many new tokens are tried
            for (int i = 0; i < 3; i++) {
                String freshToken = "fresh-token-" + i;
                gateway.get().uri("/api/kpi/catalogue").headers(h -> h.setBearerAuth(freshToken)).exchange()
                        .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            }
            gateway.get().uri("/api/kpi/catalogue").headers(h -> h.setBearerAuth("yet-another-fresh-token")).exchange()
                    .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().value("Retry-After", seconds -> assertThat(Long.parseLong(seconds)).isPositive())
                    .expectHeader().contentType("application/problem+json")
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(429)
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("network address"));
            gateway.get().uri("/api/kpi/catalogue").exchange()
                    .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            gateway.get().uri("/actuator/health").exchange().expectStatus().isOk();
        }
    }
}
