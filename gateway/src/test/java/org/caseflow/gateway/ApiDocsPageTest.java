package org.caseflow.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.util.List;
import java.util.Map;
import org.caseflow.testsupport.TestIdentity;
import org.caseflow.testsupport.TestIdentityInitializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The Swagger UI at /api/docs over the three services' API descriptions: for people signed in at
 * the gateway, by their session; anyone else is sent to sign in, and a bearer token alone does not
 * open it (no service stands behind the gateway's own pages to check one).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@AutoConfigureObservability(tracing = false)
@ContextConfiguration(initializers = TestIdentityInitializer.class)
class ApiDocsPageTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestIdentity identity;

    WebTestClient gateway;

    @BeforeEach
    void bindToTheGateway() {
        gateway = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build();
    }

    @Test
    void aPersonWhoIsNotSignedInIsSentToSignInFirst() {
        gateway.get().uri("/api/docs").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", SecurityConfig.LOGIN);
        gateway.get().uri("/api/docs/swagger-config").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType("application/problem+json");
        gateway.get().uri("/api/docs/swagger-ui/index.html").exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aBearerTokenAloneDoesNotOpenIt() {
        gateway.get().uri("/api/docs/swagger-config").headers(headers -> headers.setBearerAuth(identity.tokenFor("north.worker")))
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void aSignedInPersonIsLedToTheSwaggerUi() {
        WebTestClient signedIn = gateway.mutateWith(mockOidcLogin());

        signedIn.get().uri("/api/docs").exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", ApiDocsPage.SWAGGER_UI);
        signedIn.get().uri(ApiDocsPage.SWAGGER_UI).exchange()
                .expectStatus().is3xxRedirection()
                .expectHeader().valueEquals("Location", "/api/docs/swagger-ui/index.html");
        signedIn.get().uri("/api/docs/swagger-ui/index.html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("swagger-ui"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void itShowsTheThreeServicesDescriptionsAsTheGatewayRoutesThem() {
        Map<String, Object> settings = gateway.mutateWith(mockOidcLogin()).get().uri("/api/docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();

        assertThat(settings.get("configUrl")).isEqualTo("/api/docs/swagger-config");
        assertThat((List<Map<String, String>>) settings.get("urls")).containsExactlyInAnyOrder(
                Map.of("name", "workflow-service", "url", "/api/workflow/v3/api-docs"),
                Map.of("name", "casework-service", "url", "/api/casework/v3/api-docs"),
                Map.of("name", "kpi-service", "url", "/api/kpi/v3/api-docs"));
    }

    @Test
    void tryingAChangeOutSendsTheGatewaysCsrfToken() {
        gateway.mutateWith(mockOidcLogin()).get().uri("/api/docs/swagger-ui/swagger-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script)
                        .contains(SecurityConfig.CSRF_COOKIE).contains(SecurityConfig.CSRF_HEADER));
    }
}
