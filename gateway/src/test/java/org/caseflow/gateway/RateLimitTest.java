package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "caseflow.rate-limit.capacity=3", "caseflow.rate-limit.per-minute=1",
        // no service behind: as after docker-compose stopped them, their names resolve to nothing
        "WORKFLOW_SERVICE_URL=http://workflow-service.invalid", "CASEWORK_SERVICE_URL=http://casework-service.invalid",
        "KPI_SERVICE_URL=http://kpi-service.invalid"})
class RateLimitTest {

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
