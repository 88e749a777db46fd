package org.caseflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The local identity provider as the gateway and the services meet it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class IdentityProviderTest {

    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(5);

    @Autowired
    TestRestTemplate http;
    @LocalServerPort
    int port;

    @Test
    void itPublishesItselfAsAnOpenIdConnectProvider() {
        Map<String, Object> configuration = http.getForObject("/.well-known/openid-configuration", Map.class);

        assertThat(configuration).containsEntry("issuer", "http://localhost:9000")
                .containsKeys("authorization_endpoint", "token_endpoint", "jwks_uri");
    }

    @Test
    void aServiceAccountGetsATokenWithItsGroups() throws Exception {
        ResponseEntity<Map> token = clientCredentials("kpi-service", "kpi-local");

        assertThat(token.getStatusCode()).isEqualTo(HttpStatus.OK);
        var claims = SignedJWT.parse((String) token.getBody().get("access_token")).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("groups")).containsExactly("caseflow-services");
        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("kpi-service");
        assertThat(claims.getIssuer()).isEqualTo("http://localhost:9000");
    }

    @ParameterizedTest
    @CsvSource({"casework-service, casework-local", "kpi-service, kpi-local", "metrics, metrics-local"})
    void aServiceAccountsAccessTokenIsForTheCaseflowApisAndLivesFiveMinutes(String client, String secret) throws Exception {
        JWTClaimsSet claims = claimsOf(clientCredentials(client, secret).getBody(), "access_token");

        assertThat(claims.getAudience()).containsExactlyInAnyOrder(client, "caseflow-api");
        assertThat(lifetimeOf(claims)).isEqualTo(ACCESS_TOKEN_LIFETIME);
    }

    @Test
    void aPersonsAccessTokensAreForTheCaseflowApisButTheirIdTokensOnlyForTheGateway() throws Exception {
        String code = Browser.codeFrom(new Browser(port).signIn("north.worker", "demo")).orElseThrow();

        Map<?, ?> signedIn = gatewayToken("authorization_code", Map.of("code", code, "redirect_uri", Browser.GATEWAY_REDIRECT));
        assertThat(claimsOf(signedIn, "access_token").getAudience()).containsExactlyInAnyOrder("caseflow-gateway", "caseflow-api");
        assertThat(lifetimeOf(claimsOf(signedIn, "access_token"))).isEqualTo(ACCESS_TOKEN_LIFETIME);
        assertThat(claimsOf(signedIn, "access_token").getStringListClaim("groups")).contains("team-north");
        assertThat(claimsOf(signedIn, "id_token").getAudience()).containsExactly("caseflow-gateway");

        // as the gateway renews them
        Map<?, ?> renewed = gatewayToken("refresh_token", Map.of("refresh_token", (String) signedIn.get("refresh_token")));
        assertThat(claimsOf(renewed, "access_token").getAudience()).containsExactlyInAnyOrder("caseflow-gateway", "caseflow-api");
        assertThat(lifetimeOf(claimsOf(renewed, "access_token"))).isEqualTo(ACCESS_TOKEN_LIFETIME);
        assertThat(claimsOf(renewed, "id_token").getAudience()).containsExactly("caseflow-gateway");
    }

    @Test
    void aWrongSecretGetsNoToken() {
        assertThat(clientCredentials("kpi-service", "guess").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aBrowserThatIsNotSignedInIsSentToTheSignInPage() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(java.util.List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> authorize = http.exchange("/oauth2/authorize?response_type=code&client_id=caseflow-gateway"
                        + "&scope=openid&redirect_uri=http://localhost:8080/login/oauth2/code/caseflow&state=s",
                org.springframework.http.HttpMethod.GET, new HttpEntity<>(headers), String.class);

        // followed to the sign-in page
        assertThat(authorize.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(authorize.getBody()).contains("name=\"username\"", "name=\"password\"", "_csrf");
    }

    /** The gateway at the token endpoint, as its own client. */
    private Map<?, ?> gatewayToken(String grantType, Map<String, String> parameters) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("caseflow-gateway", "gateway-local");
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grantType);
        parameters.forEach(form::add);
        ResponseEntity<Map> token = http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), Map.class);
        assertThat(token.getStatusCode()).as(grantType).isEqualTo(HttpStatus.OK);
        return token.getBody();
    }

    private static JWTClaimsSet claimsOf(Map<?, ?> tokenResponse, String token) throws ParseException {
        return SignedJWT.parse((String) tokenResponse.get(token)).getJWTClaimsSet();
    }

    private static Duration lifetimeOf(JWTClaimsSet claims) {
        return Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant());
    }

    private ResponseEntity<Map> clientCredentials(String client, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(client, secret);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), Map.class);
    }
}
