package org.caseflow.gateway.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.caseflow.gateway.GatewayApplication;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.caseflow.testsupport.TestPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A whole gateway started for a test, trusting {@link TestIdentity}, with casework-service at
 * {@code caseworkUrl} and no other service. Browsers reach it as through a load balancer: every
 * request names the load balancer's host, so that the address the identity provider sends a browser
 * back to is the same whichever gateway answers.
 */
final class TestGateway implements AutoCloseable {

    static final String PUBLIC_HOST = "caseflow.example";
    private static final TestIdentity identity = TestIdentity.shared();

    final WebTestClient browser;
    private final ConfigurableApplicationContext context;
    private final int port;

    private TestGateway(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((ReactiveWebServerApplicationContext) context).getWebServer().getPort();
        this.browser = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .defaultHeader(HttpHeaders.HOST, PUBLIC_HOST)
                .build();
    }

    /** A gateway keeping its sessions as {@code settings} say (by default in its memory). */
    static TestGateway start(String caseworkUrl, String... settings) {
        List<String> properties = new ArrayList<>(List.of("SERVER_PORT=0", "GATEWAY_CLIENT_SECRET=gateway-test",
                "CASEWORK_SERVICE_URL=" + caseworkUrl,
                "WORKFLOW_SERVICE_URL=http://workflow-service.invalid", "KPI_SERVICE_URL=http://kpi-service.invalid"));
        properties.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(GatewayApplication.class)
                .initializers(new TestIdentityInitializer())
                .properties(properties.toArray(String[]::new))
                .run();
        TestPostgres.closeBeforeShutdown(context);
        return new TestGateway(context);
    }

    /** The settings that keep a gateway's sessions in {@code database}. */
    static String[] sessionsIn(Database database) {
        return new String[] {"SESSIONS_STORE=postgres", "SESSIONS_DATABASE_URL=" + database.jdbcUrl(),
                "SESSIONS_DATABASE_USER=" + database.username(), "SESSIONS_DATABASE_PASSWORD=" + database.password()};
    }

    /** A browser's sign-in under way: its session, and the provider's address the gateway sent it to. */
    record SigningIn(String session, String authorizationRequest) {

        /** {@code person} signs in at the provider, which sends the browser back: to where the load balancer will send it on. */
        URI signInAs(String person) {
            URI back = identity.signIn(person, authorizationRequest);
            assertThat(back.getHost()).isEqualTo(PUBLIC_HOST);
            return back;
        }
    }

    /** The browser asks to sign in: it is sent to the provider, with a new session that holds the request. */
    SigningIn startSignIn() {
        var answer = browser.get().uri("/oauth2/authorization/caseflow").exchange()
                .expectStatus().isFound()
                .returnResult(String.class);
        String authorizationRequest = answer.getResponseHeaders().getLocation().toString();
        assertThat(authorizationRequest).startsWith(identity.issuer() + "/oauth2/authorize?");
        ResponseCookie session = answer.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the session that holds the sign-in under way").isNotNull();
        return new SigningIn(session.getValue(), authorizationRequest);
    }

    /** The browser, back from the provider, reaches this gateway's sign-in address with its session. */
    WebTestClient.ResponseSpec finishSignIn(URI backFromTheProvider, String session) {
        // to this gateway's own address, the query as the provider encoded it
        URI toThisGateway = UriComponentsBuilder.fromUri(backFromTheProvider).host("127.0.0.1").port(port).build(true).toUri();
        return browser.get().uri(toThisGateway).cookie("SESSION", session).exchange();
    }

    /** {@code person}'s whole sign-in, started on {@code starting} and finished on {@code finishing}: the signed-in session. */
    static String signIn(String person, TestGateway starting, TestGateway finishing) {
        SigningIn signingIn = starting.startSignIn();
        ResponseCookie signedIn = finishing.finishSignIn(signingIn.signInAs(person), signingIn.session())
                .expectStatus().isFound()
                .returnResult(String.class).getResponseCookies().getFirst("SESSION");
        assertThat(signedIn).as("the signed-in session").isNotNull();
        return signedIn.getValue();
    }

    /** Who the bearer token names that a stand-in service answered it saw (checking it is the service's business). */
    static String subjectOfTheToken(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        String claims = new String(Base64.getUrlDecoder().decode(authorization.substring("Bearer ".length()).split("\\.")[1]),
                StandardCharsets.UTF_8);
        return claims.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
    }

    @Override
    public void close() {
        context.close();
    }
}
