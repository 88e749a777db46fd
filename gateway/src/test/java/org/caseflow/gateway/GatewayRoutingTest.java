package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseflow.testsupport.StubServers;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * The gateway in front of stand-in services that echo what reached them, trusting a stand-in
 * identity provider. Callers here bring their own bearer tokens (passed through); signing in with
 * a browser is exercised end to end, with the real identity provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
@ContextConfiguration(initializers = TestIdentityInitializer.class)
class GatewayRoutingTest {

    static final AtomicInteger posted = new AtomicInteger();
    static final HttpServer workflow = echo("workflow-service");
    static final HttpServer casework = echo("casework-service");
    static final int stoppedKpiPort = StubServers.freePort();

    @DynamicPropertySource
    static void upstreams(DynamicPropertyRegistry properties) {
        properties.add("WORKFLOW_SERVICE_URL", () -> StubServers.url(workflow));
        properties.add("CASEWORK_SERVICE_URL", () -> StubServers.url(casework));
        properties.add("KPI_SERVICE_URL", () -> "http://127.0.0.1:" + stoppedKpiPort);
    }

    @AfterAll
    static void stopUpstreams() {
        workflow.stop(0);
        casework.stop(0);
    }

    @Autowired
    WebTestClient gateway;
    @Autowired
    TestIdentity identity;

    @ParameterizedTest
    @CsvSource({
            "/api/workflow/contacts, workflow-service",
            "/camunda/app/tasklist/, workflow-service",
            "/engine-rest/task, workflow-service",
            "/api/casework/children/CF1, casework-service",
            "/overdue, workflow-service",
            "/children/CF1, casework-service",
            "/children, casework-service"})
    void eachPathReachesItsService(String path, String service) {
        gateway.get().uri(path).headers(withToken()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).startsWith(service + " " + path));
    }

    /** The Swagger UI at /api/docs reads each service's API description through the gateway, from the service's own address. */
    @ParameterizedTest
    @CsvSource({
            "/api/workflow/v3/api-docs, workflow-service",
            "/api/casework/v3/api-docs, casework-service"})
    void eachServicesApiDescriptionIsReadFromItsOwnAddress(String path, String service) {
        gateway.get().uri(path).headers(withToken()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).startsWith(service + " /v3/api-docs "));
    }

    @Test
    void theKpiServicesApiDescriptionGoesToTheKpiService() {
        gateway.get().uri("/api/kpi/v3/api-docs").headers(withToken()).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("kpi-service"));
    }

    @Test
    void aTraceIsStartedPassedOnAndItsIdReturnedAsTheCorrelationId() {
        var answer = gateway.get().uri("/api/casework/children/CF1").headers(withToken()).exchange()
                .expectBody(String.class).returnResult();

        String correlationId = answer.getResponseHeaders().getFirst("X-Correlation-Id");
        assertThat(correlationId).matches("[0-9a-f]{32}");
        assertThat(answer.getResponseBody()).as("the W3C trace context the service received")
                .matches(".* traceparent=00-" + correlationId + "-[0-9a-f]{16}-01");
    }

    @Test
    void theCallersTraceIsContinuedAndItsIdReturned() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        gateway.get().uri("/api/casework/children/CF1").headers(withToken())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectHeader().valueEquals("X-Correlation-Id", traceId)
                .expectBody(String.class).value(body -> assertThat(body).contains("traceparent=00-" + traceId + "-")
                        .doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void aCorrelationIdTheCallerMadeUpIsNotTaken() {
        gateway.get().uri("/api/casework/children/CF1").headers(withToken()).header("X-Correlation-Id", "from-the-caller-42").exchange()
                .expectHeader().value("X-Correlation-Id", id -> assertThat(id).matches("[0-9a-f]{32}"));
    }

    @Test
    void aStoppedServiceIsAPrompt503ProblemThatNamesIt() {
        long started = System.nanoTime();
        gateway.get().uri("/api/kpi/catalogue").headers(withToken()).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("kpi-service"))
                .jsonPath("$.correlationId").exists();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void theReportPageGoesToTheKpiService() {
        gateway.get().uri("/report?month=2026-05").headers(withToken()).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("kpi-service"));
    }

    @Test
    void aBodyOverTheLimitIsAProblemAndNeverReachesTheService() {
        int reachedBefore = posted.get();
        gateway.post().uri("/api/casework/children").headers(withToken()).bodyValue("x".repeat(1_100_000)).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType("application/problem+json");
        assertThat(posted).hasValue(reachedBefore);
    }

    /** A body sent in chunks declares no length: the gateway counts it itself. */
    @Test
    void aChunkedBodyOverTheLimitIsAProblemAndNeverReachesTheService() {
        int reachedBefore = posted.get();
        gateway.post().uri("/api/casework/children").headers(withToken())
                .body(chunks(110, 10_000), String.class).exchange()
                .expectStatus().isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE)
                .expectHeader().contentType("application/problem+json")
                .expectBody().jsonPath("$.type").isEqualTo("https://caseflow.example/problems/too-large")
                .jsonPath("$.correlationId").exists();
        assertThat(posted).hasValue(reachedBefore);
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole() {
        gateway.post().uri("/api/casework/children").headers(withToken())
                .body(chunks(50, 10_000), String.class).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains(" body=500000 "));
    }

    /** A streamed body of {@code count} pieces: the client sends it chunked, with no Content-Length. */
    private static Flux<String> chunks(int count, int size) {
        return Flux.range(0, count).map(i -> "x".repeat(size));
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        gateway.get().uri("/nowhere").headers(withToken()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType("application/problem+json");
    }

    @Test
    void withoutATokenOrASessionAnApiCallIsRefusedAndAPageIsSentToSignIn() {
        gateway.get().uri("/api/casework/children/CF1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        gateway.post().uri("/engine-rest/task/x/complete").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(401, 403));
        gateway.get().uri("/camunda/app/tasklist/").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/oauth2/authorization/caseflow");
        gateway.get().uri("/oauth2/authorization/caseflow").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().value("Location", location -> assertThat(location)
                        .startsWith(identity.issuer() + "/oauth2/authorize?response_type=code&client_id=caseflow-gateway"));
    }

    @Test
    void gatewayHealthIsOpenAndItsMetricsAreForMonitoring() {
        gateway.get().uri("/actuator/health").exchange().expectStatus().isOk();
        gateway.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(identity.tokenFor("north.worker"))).exchange()
                .expectStatus().isForbidden();
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(identity.serviceToken("metrics"))).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body).contains("application=\"gateway\""));
    }

    @Test
    void theGatewaysOwnEndpointsRefuseAnIdTokenAndAnExpiredOne() {
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(identity.idTokenFor("admin"))).exchange()
                .expectStatus().isUnauthorized();
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(identity.expiredTokenFor("admin", Duration.ofSeconds(31))))
                .exchange().expectStatus().isUnauthorized();
        gateway.get().uri("/actuator/prometheus").headers(h -> h.setBearerAuth(identity.tokenFor("admin"))).exchange()
                .expectStatus().isOk();
    }

    /** The gateway passes bearer tokens on unread: the service behind checks them. */
    private static java.util.function.Consumer<org.springframework.http.HttpHeaders> withToken() {
        return headers -> headers.setBearerAuth("any-token-the-service-will-check");
    }

    private static HttpServer echo(String service) {
        return StubServers.serve("/", exchange -> {
            int received = exchange.getRequestBody().readAllBytes().length;
            if (exchange.getRequestMethod().equals("POST")) {
                posted.incrementAndGet();
            }
            byte[] body = (service + " " + exchange.getRequestURI().getPath() + " body=" + received + " traceparent="
                    + exchange.getRequestHeaders().getFirst("traceparent")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
