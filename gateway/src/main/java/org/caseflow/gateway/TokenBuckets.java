package org.caseflow.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/**
 * One token bucket (Bucket4j) per key: a burst of {@code capacity} requests, refilled at
 * {@code perMinute}. Memory is bounded: a bucket unused for ten minutes has refilled and is
 * forgotten, and no more than 100,000 are kept.
 */
final class TokenBuckets {

    private final long capacity;
    private final long perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    TokenBuckets(long capacity, long perMinute) {
        this.capacity = capacity;
        this.perMinute = perMinute;
    }

    /** Takes one request from the key's allowance, if it has one left. */
    ConsumptionProbe take(String key) {
        return buckets.get(key, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
