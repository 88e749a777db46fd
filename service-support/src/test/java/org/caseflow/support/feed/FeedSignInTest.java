package org.caseflow.support.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.testsupport.StubServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/**
 * The feed's sign-in over real HTTP: an identity provider stand-in that signs client-credentials
 * tokens with a key of its own, and a feed stand-in that accepts only tokens signed with the
 * provider's current key, as workflow-service does once it has fetched the new key. When the
 * provider restarts with a new key, the consumer's cached token is refused: it is dropped, a new
 * one fetched, and the feed read, without restarting the consumer.
 */
class FeedSignInTest {

    private final int identityPort = StubServers.freePort();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger refusals = new AtomicInteger();
    private volatile RSAKey key;
    private volatile boolean feedRefusesEveryone;
    private HttpServer identity;
    private HttpServer feed;
    private JourneyFeedClient client;

    @BeforeEach
    void start() {
        startIdentityProvider();
        feed = StubServers.serve(JourneyFeedClient.FEED_PATH, this::answerFeed);
        MockEnvironment environment = new MockEnvironment()
                .withProperty("caseflow.feed.client-id", "casework-service")
                .withProperty("caseflow.feed.client-secret", "casework-local")
                .withProperty("caseflow.feed.token-uri", "http://127.0.0.1:" + identityPort + "/oauth2/token");
        client = new RestJourneyFeedClient(URI.create(StubServers.url(feed)), JourneyFeedAutoConfiguration.serviceSignIn(environment));
    }

    @AfterEach
    void stop() {
        identity.stop(0);
        feed.stop(0);
    }

    @Test
    void aTokenRefusedAfterTheProviderRestartedWithANewKeyIsReplacedWithoutARestart() {
        assertThat(client.read(0, 10).events()).isEmpty();
        assertThat(client.read(0, 10).events()).isEmpty();
        assertThat(tokensIssued).as("the token is kept between reads").hasValue(1);

        identity.stop(0);
        startIdentityProvider();

        assertThat(client.read(0, 10).events()).as("read with a new token after one refusal").isEmpty();
        assertThat(refusals).hasValue(1);
        assertThat(tokensIssued).hasValue(2);
        assertThat(client.read(0, 10).lastPosition()).isZero();
        assertThat(tokensIssued).as("the new token is kept").hasValue(2);
    }

    @Test
    void aRefusedTokenIsReplacedOnceAndThenTheReadGivesUpUntilTheNextPoll() {
        feedRefusesEveryone = true;

        assertThatThrownBy(() -> client.read(0, 10)).isInstanceOf(JourneyFeedClient.FeedUnavailableException.class)
                .hasMessageContaining("401");
        assertThat(tokensIssued).as("the first token and one new one").hasValue(2);
        assertThat(refusals).hasValue(2);
    }

    @Test
    void noProviderIsAFeedThatCannotBeReadNow() {
        identity.stop(0);

        assertThatThrownBy(() -> client.read(0, 10)).isInstanceOf(JourneyFeedClient.FeedUnavailableException.class);
    }

    /** Starts (or restarts) the provider on the same address with a new signing key. */
    private void startIdentityProvider() {
        try {
            key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            identity = HttpServer.create(new InetSocketAddress("127.0.0.1", identityPort), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        identity.createContext("/oauth2/token", exchange -> {
            tokensIssued.incrementAndGet();
            answer(exchange, 200, ("{\"access_token\":\"" + sign() + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        });
        identity.start();
    }

    private String sign() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("casework-service")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(3600))).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answerFeed(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (feedRefusesEveryone || authorization == null || !signedWithCurrentKey(authorization.substring("Bearer ".length()))) {
            refusals.incrementAndGet();
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            exchange.sendResponseHeaders(401, -1);
            exchange.close();
            return;
        }
        answer(exchange, 200, "{\"events\":[],\"lastPosition\":0,\"hasMore\":false}");
    }

    private boolean signedWithCurrentKey(String token) {
        try {
            return SignedJWT.parse(token).verify(new RSASSAVerifier(key.toRSAPublicKey()));
        } catch (ParseException | JOSEException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
