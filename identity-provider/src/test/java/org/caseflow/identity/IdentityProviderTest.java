package org.caseflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
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

    @Autowired
    TestRestTemplate http;

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

    private ResponseEntity<Map> clientCredentials(String client, String secret) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(client, secret);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        return http.postForEntity("/oauth2/token", new HttpEntity<>(form, headers), Map.class);
    }
}
