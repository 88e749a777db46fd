package org.caseflow.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.caseflow.support.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A per-user rate limit (token buckets, Bucket4j): a burst of {@code caseflow.rate-limit.capacity}
 * requests, refilled at {@code caseflow.rate-limit.per-minute}. Past it, a 429 problem says when to
 * try again. Health checks are never limited.
 *
 * <p>The bucket belongs to the caller's credential (their bearer token or their session) together
 * with their address: this runs before anyone is signed in, and a bucket by claimed name alone
 * would let anyone spend another person's allowance.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the correlation id, before everything else
class RateLimitWebFilter implements WebFilter {

    private final long capacity;
    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    RateLimitWebFilter(@Value("${caseflow.rate-limit.capacity:300}") long capacity,
            @Value("${caseflow.rate-limit.per-minute:300}") long perMinute) {
        this.capacity = capacity;
        this.perMinute = perMinute;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return chain.filter(exchange);
        }
        ConsumptionProbe probe = buckets.get(callerOf(exchange), key -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return chain.filter(exchange);
        }
        long waitSeconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds());
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(waitSeconds));
        return ProblemResponses.write(exchange, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests from you just now; try again in " + waitSeconds + " seconds."));
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }

    private static String callerOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String address = remote == null ? "unknown" : remote.getAddress().getHostAddress();
        String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
        HttpCookie session = exchange.getRequest().getCookies().getFirst("SESSION");
        String credential = authorization != null ? authorization : session != null ? session.getValue() : "anonymous";
        return fingerprint(credential) + "@" + address;
    }

    private static String fingerprint(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
