package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.caseflow.testsupport.StubServers;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway in front of two stand-in workflow nodes that say which of them answered: the
 * workflow routes are spread over both, a browser keeps to the node its cookie names, a node whose
 * liveness check fails is passed over until it passes again, and a node that stops is passed over
 * at once. The last tests stop the nodes, so the tests run in order.
 */
// shut down at once at the end: a graceful shutdown would wait out connections whose stand-in nodes have gone
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.loadbalancer.health-check.interval=2s", "server.shutdown=immediate"})
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = TestIdentityInitializer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowNodesTest {

    private static final String NODE_COOKIE = "CASEFLOW-WORKFLOW-NODE";

    static final AtomicBoolean secondLive = new AtomicBoolean(true);
    static final HttpServer first = node("first", new AtomicBoolean(true));
    static final HttpServer second = node("second", secondLive);

    @DynamicPropertySource
    static void twoWorkflowNodes(DynamicPropertyRegistry properties) {
        properties.add("WORKFLOW_SERVICE_URL", () -> StubServers.url(first) + ", " + StubServers.url(second));
    }

    @AfterAll
    static void stopNodes() {
        first.stop(0);
        second.stop(0);
    }

    @Autowired
    WebTestClient gateway;

    @Test
    @Order(1)
    void requestsWithoutANodeOfTheirOwnAreSpreadOverBothNodes() {
        Set<String> answeredBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            answeredBy.add(nodeOf(get("/engine-rest/task", headers -> { })));
        }
        assertThat(answeredBy).containsExactlyInAnyOrder("first", "second");
    }

    @Test
    @Order(2)
    void aBrowserKeepsToTheNodeItsCookieNamesWhichSaysNothingOfTheNodesAddress() {
        EntityExchangeResult<String> firstAnswer = get("/camunda/app/tasklist/", headers -> { });
        ResponseCookie cookie = firstAnswer.getResponseCookies().getFirst(NODE_COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getValue()).matches("[0-9a-f]{16}");

        List<String> answeredBy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            EntityExchangeResult<String> answer = get("/camunda/api/engine/engine/default/task/count",
                    headers -> headers.add(HttpHeaders.COOKIE, NODE_COOKIE + "=" + cookie.getValue()));
            answeredBy.add(nodeOf(answer));
            assertThat(answer.getResponseCookies()).as("already set").doesNotContainKey(NODE_COOKIE);
        }
        assertThat(answeredBy).containsOnly(nodeOf(firstAnswer));
    }

    @Test
    @Order(3)
    void aNodeWhoseLivenessFailsIsPassedOverAndTakenBackWhenItPasses() {
        secondLive.set(false);
        awaitAnsweredOnlyBy("first");

        secondLive.set(true);
        await().atMost(Duration.ofSeconds(20)).until(() -> nodeOf(get("/engine-rest/task", headers -> { })).equals("second"));
    }

    @Test
    @Order(4)
    void aNodeThatStopsIsPassedOverAtOnceAndItsBrowsersMoveToTheOther() {
        EntityExchangeResult<String> onSecond;
        do {
            onSecond = get("/camunda/app/tasklist/", headers -> { });
        } while (!nodeOf(onSecond).equals("second"));
        String secondsCookie = onSecond.getResponseCookies().getFirst(NODE_COOKIE).getValue();

        second.stop(0); // no health check has noticed yet: the refused connection is enough

        for (int i = 0; i < 6; i++) {
            EntityExchangeResult<String> answer = get("/camunda/app/tasklist/",
                    headers -> headers.add(HttpHeaders.COOKIE, NODE_COOKIE + "=" + secondsCookie));
            assertThat(nodeOf(answer)).isEqualTo("first");
            assertThat(answer.getResponseCookies().getFirst(NODE_COOKIE).getValue()).isNotEqualTo(secondsCookie);
        }
    }

    @Test
    @Order(5)
    void withEveryNodeStoppedTheAnswerIsAPrompt503ProblemThatNamesTheService() {
        first.stop(0);

        gateway.get().uri("/engine-rest/task").headers(h -> h.setBearerAuth("any-token-the-service-will-check")).exchange()
                .expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
                .expectHeader().contentType("application/problem+json")
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("workflow-service is not available"))
                .jsonPath("$.correlationId").exists();
    }

    /** Until six requests in a row are answered by {@code node}: the health checks have caught up. */
    private void awaitAnsweredOnlyBy(String node) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (int i = 0; i < 6; i++) {
                if (!nodeOf(get("/engine-rest/task", headers -> { })).equals(node)) {
                    return false;
                }
            }
            return true;
        });
    }

    private EntityExchangeResult<String> get(String path, Consumer<HttpHeaders> headers) {
        return gateway.get().uri(path).headers(h -> h.setBearerAuth("any-token-the-service-will-check")).headers(headers)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult();
    }

    private static String nodeOf(EntityExchangeResult<String> answer) {
        return answer.getResponseBody().split(" ")[0];
    }

    /**
     * A stand-in node: answers everything with its name and the path, and its liveness check with
     * 200 while {@code live} says so, else 503 (as a node whose liveness is DOWN).
     */
    private static HttpServer node(String name, AtomicBoolean live) {
        return StubServers.serve("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = (name + " " + path).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(path.equals("/actuator/health/liveness") && !live.get() ? 503 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }
}
