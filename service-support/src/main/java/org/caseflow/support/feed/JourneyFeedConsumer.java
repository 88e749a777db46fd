package org.caseflow.support.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.journey.events.JourneyFeedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the journey event feed into a service's own database: each page of events is applied and
 * the cursor moved in one transaction. Delivery is at least once (a crash between reading and
 * committing reads the page again); with an idempotent {@link JourneyEventHandler} the effect is
 * exactly once. Nothing is lost while the service is down: it starts again from its cursor.
 */
public class JourneyFeedConsumer {

    private static final Logger log = LoggerFactory.getLogger(JourneyFeedConsumer.class);

    private final JourneyFeedClient feed;
    private final FeedCursor cursor;
    private final TransactionTemplate transaction;
    private final JourneyEventHandler handler;
    private final int pageSize;
    private final AtomicLong position = new AtomicLong();
    /** When the consumer last read the feed to its end; a restarted service starts behind. */
    private final AtomicLong caughtUpAtMillis = new AtomicLong();
    private Counter appliedCounter;

    public JourneyFeedConsumer(String consumer, JourneyFeedClient feed, JdbcClient jdbc, TransactionTemplate transaction,
            JourneyEventHandler handler, int pageSize) {
        this.feed = feed;
        this.cursor = new FeedCursor(jdbc, consumer);
        this.transaction = transaction;
        this.handler = handler;
        this.pageSize = pageSize;
    }

    /**
     * Publishes the consumer's position, throughput and lag ({@code caseflow.feed.*}). The lag is
     * {@code time() - caseflow_feed_caught_up_seconds} in Prometheus: it grows while the feed
     * cannot be read or an event cannot be applied, and is near 0 while the service keeps up.
     */
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("caseflow.feed.position", position, AtomicLong::get)
                .description("Last journey event position applied").register(registry);
        Gauge.builder("caseflow.feed.caught.up", caughtUpAtMillis, millis -> millis.get() / 1000.0)
                .description("When this service last read the journey event feed to its end (Unix time)")
                .baseUnit("seconds").register(registry);
        appliedCounter = Counter.builder("caseflow.feed.events.applied")
                .description("Journey events applied to this service's records").register(registry);
    }

    /**
     * Applies every event that is ready, page by page.
     *
     * @return how many events were applied
     * @throws JourneyFeedClient.FeedUnavailableException when the feed cannot be read; nothing is lost, try later
     */
    public int catchUp() {
        int count = 0;
        JourneyFeedPage page;
        do {
            page = transaction.execute(status -> applyNextPage());
            count += page.events().size();
            if (page.hasMore()) {
                log.info("Catching up with the journey event feed: at position {}", page.lastPosition());
            }
        } while (page.hasMore());
        caughtUpAtMillis.set(System.currentTimeMillis());
        return count;
    }

    /** Forgets how far it has read, so that the next {@link #catchUp()} replays the whole feed. */
    public void replayFromTheStart() {
        transaction.executeWithoutResult(status -> cursor.reset());
    }

    private JourneyFeedPage applyNextPage() {
        long from = cursor.position();
        JourneyFeedPage page = feed.read(from, pageSize);
        for (JourneyEvent event : page.events()) {
            handler.apply(event);
        }
        if (!page.events().isEmpty()) {
            cursor.advance(from, page.lastPosition());
            if (appliedCounter != null) {
                appliedCounter.increment(page.events().size());
            }
        }
        position.set(page.lastPosition());
        return page;
    }
}
