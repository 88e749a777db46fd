package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Workflow nodes dying between two health checks (the checks are set an hour apart, so the gateway
 * still takes every node to be live): a node that dies while it has a request, and nodes that
 * have died and refuse connections. The tests run in order; the second stops nodes.
 */
// shut down at once at the end: a graceful shutdown would wait out connections whose stand-in nodes have gone
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.loadbalancer.health-check.interval=1h", "server.shutdown=immediate"})
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = TestIdentityInitializer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkflowNodeDiesTest {

    static final HttpServer first = node("first");
    static final HttpServer second = node("second");
    static final ServerSocket dying = dyingNode();

    @DynamicPropertySource
    static void threeWorkflowNodes(DynamicPropertyRegistry properties) {
        properties.add("WORKFLOW_SERVICE_URL", () -> StubServers.url(first) + "," + StubServers.url(second)
                + ",http://127.0.0.1:" + dying.getLocalPort());
    }

    @AfterAll
    static void stopNodes() throws IOException {
        first.stop(0);
        second.stop(0);
        dying.close();
    }

    @Autowired
    WebTestClient gateway;

    @Test
    @Order(1)
    void aNodeThatDiesWhileItHasARequestIsA502ProblemThatSaysToCheckBeforeSendingAgain() {
        EntityExchangeResult<String> answer;
        int tries = 0;
        do {
            answer = gateway.post().uri("/api/workflow/contacts").headers(h -> h.setBearerAuth("any-token-the-service-will-check"))
                    .bodyValue("{}").exchange().expectBody(String.class).returnResult();
        } while (answer.getStatus().is2xxSuccessful() && ++tries < 6);

        assertThat(answer.getStatus()).as("not retried: the node may have done it").isEqualTo(HttpStatus.BAD_GATEWAY);
        assertThat(answer.getResponseHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getResponseBody()).contains("/service-interrupted", "workflow-service stopped before it answered",
                "check whether it was saved", "correlationId");
    }

    @Test
    @Order(2)
    void aRequestToANodeThatHasDiedGoesToALiveOneWhateverItsMethod() throws IOException {
        first.stop(0);
        dying.close();

        String secondsCookie = WorkflowNodes.NodeAddress.nodeId(URI.create(StubServers.url(second)));
        for (int i = 0; i < 9; i++) {
            EntityExchangeResult<String> answer = gateway.post().uri("/api/workflow/contacts")
                    .headers(h -> h.setBearerAuth("any-token-the-service-will-check"))
                    .bodyValue("{\"request\": " + i + "}").exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("second /api/workflow/contacts {\"request\": " + i + "}")
                    .returnResult();
            assertThat(answer.getResponseCookies().get("CASEFLOW-WORKFLOW-NODE")).as("the node that answered, only")
                    .singleElement().satisfies(cookie -> assertThat(cookie.getValue()).isEqualTo(secondsCookie));
        }
    }

    /** A browser whose cookie names a node that has died: its requests go on to a live node, which its cookie then names. */
    @Test
    @Order(3)
    void aBrowserKeptToANodeThatHasDiedMovesToALiveOne() {
        String firstsCookie = WorkflowNodes.NodeAddress.nodeId(URI.create(StubServers.url(first)));
        String secondsCookie = WorkflowNodes.NodeAddress.nodeId(URI.create(StubServers.url(second)));

        for (int i = 0; i < 4; i++) {
            gateway.post().uri("/camunda/api/engine/engine/default/task/x/claim")
                    .headers(h -> h.setBearerAuth("any-token-the-service-will-check"))
                    .cookie("CASEFLOW-WORKFLOW-NODE", firstsCookie).bodyValue("{}").exchange()
                    .expectStatus().isOk()
                    .expectCookie().valueEquals("CASEFLOW-WORKFLOW-NODE", secondsCookie)
                    .expectBody(String.class).value(body -> assertThat(body).startsWith("second "));
        }
    }

    /** A stand-in node: answers everything, its health checks included, with its name, the path and the body. */
    private static HttpServer node(String name) {
        return StubServers.serve("/", exchange -> {
            byte[] body = (name + " " + exchange.getRequestURI().getPath()
                    + (exchange.getRequestMethod().equals("POST") ? " " + new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8) : "")).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    /**
     * Passes its health checks, as a node does until the moment it dies; any other request it reads
     * and then closes the connection on without a word, as a node killed while it had the request.
     */
    /** The request line and headers, however many reads they come in. */
    private static String headersOf(Socket connection) throws IOException {
        StringBuilder headers = new StringBuilder();
        byte[] buffer = new byte[8192];
        int read;
        while (headers.indexOf("\r\n\r\n") < 0 && (read = connection.getInputStream().read(buffer)) > 0) {
            headers.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
        }
        return headers.toString();
    }

    private static ServerSocket dyingNode() {
        try {
            ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accepting = new Thread(() -> {
                while (!server.isClosed()) {
                    try (Socket connection = server.accept()) {
                        if (headersOf(connection).startsWith("GET /actuator/health")) {
                            connection.getOutputStream().write(
                                    "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        }
                    } catch (IOException closedOrGone) {
                        // the next connection, or the end of the test
                    }
                }
            }, "dying-node");
            accepting.setDaemon(true);
            accepting.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
