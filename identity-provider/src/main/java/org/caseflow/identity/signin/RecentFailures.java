package org.caseflow.identity.signin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The latest failed sign-ins for each key of one kind (a username, or a client address): as many
 * as the limit, and only while they can still matter.
 *
 * <p>A key reaches its limit when {@code limit} failures fall within one window, and stays there
 * until a window has passed since the last of them. Memory is bounded twice: a key is forgotten a
 * window after its last failure (by then it can refuse nothing), and no more than
 * {@link #MAX_KEYS} keys are kept, so a flood of made-up names cannot exhaust the heap.
 */
final class RecentFailures {

    /** Far more people than a demo provider signs in; past it, the keys least likely to matter are dropped. */
    static final long MAX_KEYS = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<String, List<Instant>> failuresByKey;

    RecentFailures(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.failuresByKey = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(MAX_KEYS)
                // expiry follows the same clock as the decisions, so both agree on when a window has passed
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    boolean limitReached(String key) {
        List<Instant> failures = failuresByKey.getIfPresent(key);
        if (failures == null || failures.size() < limit) {
            return false;
        }
        Instant first = failures.get(0);
        Instant last = failures.get(failures.size() - 1);
        return Duration.between(first, last).compareTo(window) < 0 && clock.instant().isBefore(last.plus(window));
    }

    void record(String key) {
        Instant now = clock.instant();
        // a new list each time: readers never see one being changed
        failuresByKey.asMap().compute(key, (ignored, earlier) -> {
            List<Instant> latest = new ArrayList<>(earlier == null ? List.of() : earlier);
            latest.add(now);
            return List.copyOf(latest.subList(Math.max(0, latest.size() - limit), latest.size()));
        });
    }

    void forget(String key) {
        failuresByKey.invalidate(key);
    }

    /** How many keys are held now: a window after their last failures, none. */
    long remembered() {
        failuresByKey.cleanUp();
        return failuresByKey.estimatedSize();
    }
}
