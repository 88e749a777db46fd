package org.caseflow.gateway;

import io.github.bucket4j.ConsumptionProbe;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
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
 * Rate limits (token buckets, Bucket4j), two for every request; past either, a 429 problem says
 * when to try again. Health checks are never limited.
 *
 * <ul>
 *   <li><b>Per caller</b> ({@code caseflow.rate-limit.capacity}, {@code per-minute}): the bucket
 *       belongs to the caller's credential (their bearer token or their session) together with their
 *       address. This runs before anyone is signed in, and a bucket by claimed name alone would let
 *       anyone spend another person's allowance.</li>
 *   <li><b>Per address</b> ({@code caseflow.rate-limit.address-capacity}, {@code address-per-minute}):
 *       the bucket belongs to the address the connection comes from, so a caller cannot earn a fresh
 *       allowance by bringing a fresh token. It is the connection's own address: a forwarded-for
 *       header is the caller's to write, and the gateway is the entry point, behind no proxy.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after the correlation id, before everything else
class RateLimitWebFilter implements WebFilter {

    private final TokenBuckets byCaller;
    private final TokenBuckets byAddress;

    /*
     * The address allowance defaults to four times the caller's: a local run (and the end-to-end
     * tests) puts every person, every service and Tasklist's polling on 127.0.0.1, and must never
     * meet it.
     */
    RateLimitWebFilter(@Value("${caseflow.rate-limit.capacity:300}") long capacity,
            @Value("${caseflow.rate-limit.per-minute:300}") long perMinute,
            @Value("${caseflow.rate-limit.address-capacity:1200}") long addressCapacity,
            @Value("${caseflow.rate-limit.address-per-minute:1200}") long addressPerMinute) {
        this.byCaller = new TokenBuckets(capacity, perMinute);
        this.byAddress = new TokenBuckets(addressCapacity, addressPerMinute);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return chain.filter(exchange);
        }
        String address = addressOf(exchange);
        ConsumptionProbe caller = byCaller.take(fingerprint(credentialOf(exchange)) + "@" + address);
        if (!caller.isConsumed()) {
            return tooMany(exchange, caller, "Too many requests from you just now");
        }
        // only after the caller's own check: one caller past their allowance spends none of the
        // address's, so a runaway script does not shut out the people sharing its address
        ConsumptionProbe fromAddress = byAddress.take(address);
        if (!fromAddress.isConsumed()) {
            return tooMany(exchange, fromAddress, "Too many requests from your network address just now");
        }
        return chain.filter(exchange);
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, ConsumptionProbe refusal, String what) {
        long waitSeconds = Math.max(1, divideRoundingUp(refusal.getNanosToWaitForRefill(), TimeUnit.SECONDS.toNanos(1)));
        exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(waitSeconds));
        return ProblemResponses.write(exchange, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                what + "; try again in " + waitSeconds + " seconds."));
    }

    private static long divideRoundingUp(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    private static String addressOf(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    private static String credentialOf(ServerWebExchange exchange) {
        String authorization = exchange.getRequest().getHeaders().getFirst("Authorization");
        HttpCookie session = exchange.getRequest().getCookies().getFirst("SESSION");
        return authorization != null ? authorization : session != null ? session.getValue() : "anonymous";
    }

    private static String fingerprint(String credential) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(credential.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
