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
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A stand-in OpenID Connect provider for a service's own tests: it signs tokens for the demo users
 * and service accounts with a key of its own and publishes that key ({@code /oauth2/jwks}) and a
 * client-credentials token endpoint ({@code /oauth2/token}), over real HTTP. Its access tokens are
 * addressed as the local provider's are: to the client they were issued to and to {@link #AUDIENCE}.
 * The services check its tokens exactly as they check a real provider's; it also signs the tokens
 * they must refuse (an ID token, an expired token). It also signs a person in to the gateway
 * ({@link #signIn}): the authorization-code flow of OpenID Connect, its browser half done by the test.
 * The end-to-end tests use the real local provider.
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
    /** Authorization codes not yet exchanged for tokens, each for the sign-in it was issued to. */
    private final Map<String, SignIn> codes = new ConcurrentHashMap<>();

    private record SignIn(String user, String nonce) {
    }

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
            MultiValueMap<String, String> form = formOf(exchange.getRequestBody().readAllBytes());
            SignIn signIn = "authorization_code".equals(form.getFirst("grant_type")) ? codes.remove(form.getFirst("code")) : null;
            if (exchange.getRequestURI().getPath().equals("/oauth2/token") && GATEWAY_CLIENT.equals(client) && signIn != null) {
                StubServers.answerJson(exchange, ("{\"access_token\":\"" + tokenFor(signIn.user()) + "\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600,\"scope\":\"openid profile\",\"id_token\":\"" + idTokenFor(signIn) + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
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

    /**
     * The provider's half of a browser's sign-in as {@code user}: given the authorization request the
     * gateway sent the browser to (its {@code Location}), the address the provider sends the browser
     * back to, with an authorization code and the request's {@code state}. The gateway then exchanges
     * the code here ({@code /oauth2/token}, as the gateway's client) for the user's access token and an
     * ID token carrying the request's {@code nonce}.
     */
    public URI signIn(String user, String authorizationRequest) {
        groupsOf(user); // only the demo people sign in, as at the local provider: any other name fails here
        MultiValueMap<String, String> request = UriComponentsBuilder.fromUriString(authorizationRequest).build().getQueryParams();
        String code = UUID.randomUUID().toString();
        codes.put(code, new SignIn(user, decoded(request.getFirst("nonce"))));
        return UriComponentsBuilder.fromUriString(decoded(request.getFirst("redirect_uri")))
                .queryParam("code", code)
                .queryParam("state", decoded(request.getFirst("state")))
                .encode().build().toUri();
    }

    private String idTokenFor(SignIn signIn) {
        return sign(signIn.user(), groupsOf(signIn.user()), "", List.of(GATEWAY_CLIENT), Instant.now().plus(LIFETIME),
                signIn.nonce() == null ? Map.of() : Map.of("nonce", signIn.nonce()));
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
        return sign(subject, groups, scope, audience, expiresAt, Map.of());
    }

    private String sign(String subject, List<String> groups, String scope, List<String> audience, Instant expiresAt,
            Map<String, Object> otherClaims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        otherClaims.forEach(builder::claim);
        JWTClaimsSet claims = builder
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

    private static MultiValueMap<String, String> formOf(byte[] body) {
        return UriComponentsBuilder.newInstance().query(new String(body, StandardCharsets.UTF_8)).build().getQueryParams();
    }

    private static String decoded(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    private static String clientOf(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String credentials = new String(Base64.getDecoder().decode(authorization.substring(6)), StandardCharsets.UTF_8);
        return credentials.substring(0, credentials.indexOf(':'));
    }
}
