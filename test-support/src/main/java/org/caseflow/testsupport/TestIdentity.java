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
 * client-credentials token endpoint ({@code /oauth2/token}), over real HTTP. Its access tokens are
 * addressed as the local provider's are: to the client they were issued to and to {@link #AUDIENCE}.
 * The services check its tokens exactly as they check a real provider's; it also signs the tokens
 * they must refuse (an ID token, an expired token). The end-to-end tests use the real local provider.
 */
public final class TestIdentity {

    /**
     * The demo people and the groups the local identity provider gives them, read from the demo
     * directory it reads ({@code demo/caseflow-demo-directory.yml}, on every service's classpath).
     */
    private static final Map<String, List<String>> DEMO_USERS = DemoPeople.groupsByUser();

    /** Service accounts (client-credentials clients) and their groups, as the local provider registers them. */
    private static final Map<String, List<String>> SERVICE_CLIENTS = Map.of(
            "casework-service", List.of("caseflow-services"),
            "kpi-service", List.of("caseflow-services"),
            "metrics", List.of("monitoring"));

    /**
     * The audience every Caseflow service requires ({@code caseflow.security.audience}); the local
     * provider adds it to every access token it issues, and never to an ID token.
     */
    public static final String AUDIENCE = "caseflow-api";
    /** The gateway's client id: the audience of the ID tokens it receives when people sign in. */
    public static final String GATEWAY_CLIENT = "caseflow-gateway";
    private static final Duration LIFETIME = Duration.ofHours(1);

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
        return sign(user, groupsOf(user), "openid", List.of(GATEWAY_CLIENT, AUDIENCE), Instant.now().plus(LIFETIME));
    }

    /** A token for a person who is in the given groups, for cases the demo users do not cover. */
    public String tokenFor(String user, List<String> groups) {
        return sign(user, groups, "openid", List.of(GATEWAY_CLIENT, AUDIENCE), Instant.now().plus(LIFETIME));
    }

    public String serviceToken(String client) {
        return sign(client, SERVICE_CLIENTS.get(client), "", List.of(client, AUDIENCE), Instant.now().plus(LIFETIME));
    }

    /**
     * An ID token such as the provider gives the gateway when a demo user signs in: signed, current
     * and naming the user and their groups, but addressed to the gateway alone ({@code aud} is its
     * client id). It proves who signed in to the gateway; the services must refuse it as a bearer token.
     */
    public String idTokenFor(String user) {
        return sign(user, groupsOf(user), "", List.of(GATEWAY_CLIENT), Instant.now().plus(LIFETIME));
    }

    /** A demo user's access token, correct in every way except that it expired {@code expiredAgo} ago. */
    public String expiredTokenFor(String user, Duration expiredAgo) {
        return sign(user, groupsOf(user), "openid", List.of(GATEWAY_CLIENT, AUDIENCE), Instant.now().minus(expiredAgo));
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

    private static List<String> groupsOf(String user) {
        List<String> groups = DEMO_USERS.get(user);
        if (groups == null) {
            throw new IllegalArgumentException("No demo user " + user);
        }
        return groups;
    }

    private String sign(String subject, List<String> groups, String scope, List<String> audience, Instant expiresAt) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(subject)
                .audience(audience)
                .claim("preferred_username", subject)
                .claim("groups", groups)
                .claim("scope", scope)
                // issued a lifetime before it expires, as the provider's would be
                .issueTime(Date.from(expiresAt.minus(LIFETIME)))
                .expirationTime(Date.from(expiresAt))
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
