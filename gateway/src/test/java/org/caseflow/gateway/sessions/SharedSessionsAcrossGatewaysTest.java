package org.caseflow.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseflow.gateway.sessions.TestGateway.sessionsIn;
import static org.caseflow.gateway.sessions.TestGateway.signIn;
import static org.caseflow.gateway.sessions.TestGateway.subjectOfTheToken;

import com.sun.net.httpserver.HttpServer;
import java.util.List;
import org.caseflow.gateway.sessions.TestGateway.SigningIn;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.StubServers;
import org.caseflow.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two gateways on one sessions database ({@code caseflow.sessions.store=postgres}), as behind a load
 * balancer that sends each request to either: a person starts signing in on one, the identity
 * provider sends them back to the other, which finishes the sign-in, and their requests through
 * either then reach the service with their token. A third gateway keeps its sessions in memory (the
 * default) and knows nothing of them. Each test signs in a person of its own, so that nothing a
 * gateway holds for one test's person serves another's.
 */
class SharedSessionsAcrossGatewaysTest {

    /** A stand-in casework-service that answers with the Authorization header it received. */
    static final HttpServer casework = StubServers.serve("/", exchange -> {
        byte[] body = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")).getBytes();
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    });
    static TestGateway first;
    static TestGateway second;
    static TestGateway inMemory;

    @BeforeAll
    static void startGateways() {
        Database sessions = TestPostgres.newDatabase("gateway-sessions");
        first = TestGateway.start(StubServers.url(casework), sessionsIn(sessions));
        second = TestGateway.start(StubServers.url(casework), sessionsIn(sessions));
        inMemory = TestGateway.start(StubServers.url(casework));
    }

    @AfterAll
    static void stopGateways() {
        List.of(first, second, inMemory).forEach(TestGateway::close);
        casework.stop(0);
    }

    @Test
    void aSignInStartedOnOneGatewayIsFinishedOnTheOtherAndServesOnBoth() {
        SigningIn signingIn = first.startSignIn();

        String signedIn = second.finishSignIn(signingIn.signInAs("north.worker"), signingIn.session())
                .expectStatus().isFound()
                .expectHeader().location("/")
                .returnResult(String.class).getResponseCookies().getFirst("SESSION").getValue();

        assertThat(signedIn).as("a new session id on sign-in").isNotEqualTo(signingIn.session());
        for (TestGateway gateway : List.of(first, second)) {
            gateway.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", signedIn).exchange()
                    .expectStatus().isOk()
                    .expectBody(String.class).value(seen -> assertThat(subjectOfTheToken(seen)).isEqualTo("north.worker"));
        }
        first.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", signingIn.session()).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aGatewayThatKeepsSessionsInMemoryKnowsNeitherTheSignInUnderWayNorThePersonSignedIn() {
        SigningIn signingIn = first.startSignIn();

        // Spring's answer to authorization_request_not_found
        inMemory.finishSignIn(signingIn.signInAs("south.worker"), signingIn.session())
                .expectStatus().isFound()
                .expectHeader().location("/login?error");

        String signedIn = signIn("south.worker", first, second);
        inMemory.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", signedIn).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void signingOutOnOneGatewaySignsOutOnEvery() {
        String signedIn = signIn("cic.worker", second, first);
        first.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", signedIn).exchange()
                .expectStatus().isOk();

        second.browser.get().uri("/logout").cookie("SESSION", signedIn).exchange().expectStatus().is3xxRedirection();

        first.browser.get().uri("/api/casework/children/CF1").cookie("SESSION", signedIn).exchange()
                .expectStatus().isUnauthorized();
    }
}
