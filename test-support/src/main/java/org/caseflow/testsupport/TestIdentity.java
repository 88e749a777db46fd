package org.caseflow.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;

/**
 * A stand-in OpenID Connect provider for a service's own tests: it signs tokens for the demo users
 * and service accounts with a key of its own and publishes that key ({@code /oauth2/jwks}) and a
 * client-credentials token endpoint ({@code /oauth2/token}), over real HTTP. The services check its
 * tokens exactly as they check a real provider's. The end-to-end tests use the real local provider.
 */
public final class TestIdentity {

    /**
     * The demo people and the groups the local identity provider gives them, read from the demo
     * directory it reads ({@code caseflow-demo-directory.yml}, on every service's classpath).
     */
    private static final Map<String, List<String>> DEMO_USERS = DemoPeople.groupsByUser();

    /** Service accounts (client-credentials clients) and their groups, as the local provider registers them. */
    private static final Map<String, List<String>> SERVICE_CLIENTS = Map.of(
            "casework-service", List.of("caseflow-services"),
            "kpi-service", List.of("caseflow-services"),
            "metrics", List.of("monitoring"));

    private static TestIdentity shared;

    private final RSAKey key;
    private final HttpServer server;

    private TestIdentity() {
        try {
            this.key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        this.server = StubServers.serve("/oauth2/", exchange -> {
            if (exchange.getRequestURI().getPath().equals("/oauth2/jwks")) {
                StubServers.answerJson(exchange, new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8));
                return;
            }
            String client = clientOf(exchange.getRequestHeaders().getFirst("Authorization"));
            if (exchange.getRequestURI().getPath().equals("/oauth2/token") && SERVICE_CLIENTS.containsKey(client)) {
                String token = serviceToken(client);
                StubServers.answerJson(exchange, ("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
        });
    }

    /** One provider for every test context in the JVM. */
    public static synchronized TestIdentity shared() {
        if (shared == null) {
            shared = new TestIdentity();
        }
        return shared;
    }

    public String issuer() {
        return StubServers.url(server);
    }

    /** A token for a demo user, with the groups the local provider would give them. */
    public String tokenFor(String user) {
        List<String> groups = DEMO_USERS.get(user);
        if (groups == null) {
            throw new IllegalArgumentException("No demo user " + user);
        }
        return sign(user, groups, "openid");
    }

    /** A token for a person who is in the given groups, for cases the demo users do not cover. */
    public String tokenFor(String user, List<String> groups) {
        return sign(user, groups, "openid");
    }

    public String serviceToken(String client) {
        return sign(client, SERVICE_CLIENTS.get(client), "");
    }

    /** A copy of {@code http} that signs every request in as {@code user}. */
    public TestRestTemplate as(TestRestTemplate http, String user) {
        return withToken(http, DEMO_USERS.containsKey(user) ? tokenFor(user) : serviceToken(user));
    }

    /** A copy of {@code http} that presents {@code token} with every request. */
    public static TestRestTemplate withToken(TestRestTemplate http, String token) {
        return new TestRestTemplate(new RestTemplateBuilder()
                .rootUri(http.getRootUri())
                .defaultHeader("Authorization", "Bearer " + token));
    }

    private String sign(String subject, List<String> groups, String scope) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .claim("preferred_username", subject)
                .claim("groups", groups)
                .claim("scope", scope)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                .jwtID(UUID.randomUUID().toString())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clientOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        return credentials.substring(0, credentials.indexOf(':'));
    }
}
