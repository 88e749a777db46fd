package org.caseflow.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.gateway.sessions.TestGateway.sessionsIn;
import static org.caseflow.gateway.sessions.TestGateway.signIn;
import static org.caseflow.gateway.sessions.TestGateway.subjectOfTheToken;

import com.sun.net.httpserver.HttpServer;
import java.nio.file.Path;
import java.time.Duration;
import org.caseflow.localstack.Durability;
import org.caseflow.testsupport.StoppablePostgres;
import org.caseflow.testsupport.StubServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * The sign-in sessions' database stops under a gateway that keeps its sessions there, and starts
 * again: a signed-in browser is told to try again shortly, callers with their own tokens pass as
 * before, and the session is there again once the database is.
 */
class SessionsDatabaseOutageTest {

    @TempDir
    static Path directory;
    /** A stand-in casework-service that answers with the Authorization header it received. */
    static final HttpServer casework = StubServers.serve("/", exchange -> {
        byte[] body = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).getBytes();
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    });
    static StoppablePostgres postgres;
    static TestGateway gateway;

    @BeforeAll
    static void startGatewayOnAStoppableDatabase() {
        postgres = StoppablePostgres.start(directory, Durability.THROWAWAY);
        gateway = TestGateway.start(StubServers.url(casework), sessionsIn(postgres.server().createUniqueDatabase("gateway-sessions")));
    }

    @AfterAll
    static void stopAll() {
        gateway.close();
        postgres.close();
        casework.stop(0);
    }

    @Test
    void whileTheDatabaseIsAwayASignedInBrowserIsToldToRetryAndCallersWithTokensPass() {
        String signedIn = signIn("north.worker", gateway, gateway);

        postgres.stop();
        try {
            // the first finds its pooled connection closed by the shutdown; the next finds connections refused
            for (int request = 0; request < 2; request++) {
                gateway.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", signedIn).exchange()
                        .expectStatus().isEqualTo(503)
                        .expectHeader().valueEquals("Retry-After", "5")
                        .expectHeader().contentType("application/problem+json")
                        .expectBody().jsonPath("$.type").isEqualTo("https://caseflow.example/problems/database-unavailable");
            }
            gateway.browser.get().uri("/api/casework/children/CF1").headers(headers -> headers.setBearerAuth("a-callers-own-token"))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).isEqualTo("Bearer a-callers-own-token");
            gateway.browser.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        } finally {
            postgres.startAgain();
        }

        // the pool finds out for itself that its connections from before are gone: a request or two may still be refused
        EntityExchangeResult<String> again = askWithSession(signedIn);
        for (int attempt = 0; attempt < 40 && again.getStatus().value() == 503; attempt++) {
            sleep(Duration.ofMillis(250));
            again = askWithSession(signedIn);
        }
        assertThat(again.getStatus().value()).as("the session once the database is back").isEqualTo(200);
        assertThat(subjectOfTheToken(again.getResponseBody())).isEqualTo("north.worker");
    }

    private static EntityExchangeResult<String> askWithSession(String session) {
        return gateway.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", session).exchange()
                .expectBody(String.class).returnResult();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
