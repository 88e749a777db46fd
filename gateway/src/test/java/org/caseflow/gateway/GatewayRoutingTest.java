package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.caseflow.testsupport.DirectoryStub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of stand-in services that echo what reached them. The end-to-end tests
 * repeat the important checks in front of the real services.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
class GatewayRoutingTest {

    static final HttpServer workflow = echo("workflow-service");
    static final HttpServer casework = echo("casework-service");
    static final DirectoryStub directory = DirectoryStub.start()
            .user("metrics", "metrics-local", "monitoring")
            .user("north.worker", "demo", "team-north", "social-workers");
    static final int stoppedKpiPort = freePort();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry properties) {
        properties.add("WORKFLOW_SERVICE_URL", () -> url(workflow));
        properties.add("CASEWORK_SERVICE_URL", () -> url(casework));
        properties.add("KPI_SERVICE_URL", () -> "http://127.0.0.1:" + stoppedKpiPort);
        properties.add("caseflow.directory.url", directory::url);
    }

    @AfterAll
    static void stopUpstreams() {
        workflow.stop(0);
        casework.stop(0);
        directory.close();
    }

    @Autowired
    WebTestClient gateway;

    @ParameterizedTest
    @CsvSource({
            "/api/workflow/contacts, workflow-service",
            "/camunda/app/tasklist/, workflow-service",
            "/engine-rest/task, workflow-service",
            "/api/casework/children/CF1, casework-service"})
    void eachPathReachesItsService(String path, String service) {
        gateway.get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).startsWith(service + " " + path));
    }

    @Test
    void aCorrelationIdIsAddedPassedOnAndReturned() {
        gateway.get().uri("/api/casework/children/CF1").exchange()
                .expectHeader().value("X-Correlation-Id", id -> assertThat(id).hasSize(36))
                .expectBody(String.class).value(body -> assertThat(body).matches(".* correlation=[0-9a-f-]{36}"));
    }

    @Test
    void theCallersCorrelationIdIsKept() {
        gateway.get().uri("/api/casework/children/CF1").header("X-Correlation-Id", "from-the-caller-42").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", "from-the-caller-42")
                .expectBody(String.class).value(body -> assertThat(body).endsWith("correlation=from-the-caller-42"));
    }

    @Test
    void aStoppedServiceIsAPrompt503ProblemThatNamesIt() {
        long started = System.nanoTime();
        gateway.get().uri("/api/kpi/catalogue").exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("kpi-service"))
                .jsonPath("$.correlationId").exists();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aBodyOverTheLimitIsAProblemAndNeverReachesTheService() {
        gateway.post().uri("/api/casework/children").bodyValue("x".repeat(1_100_000)).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        gateway.get().uri("/nowhere").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void gatewayHealthIsOpenAndItsMetricsAreForMonitoring() {
        gateway.get().uri("/actuator/health").exchange().expectStatus().isOk();
        gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("north.worker", "demo")).exchange()
                .expectStatus().isForbidden();
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBasicAuth("metrics", "metrics-local")).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
    }

    private static HttpServer echo(String service) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] body = (service + " " + exchange.getRequestURI().getPath() + " correlation="
                        + exchange.getRequestHeaders().getFirst("X-Correlation-Id")).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
