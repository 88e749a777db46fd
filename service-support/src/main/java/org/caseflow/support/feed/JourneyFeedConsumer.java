package org.caseflow.support.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedClient;
import org.caseflow.journey.events.JourneyFeedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the journey event feed into a service's own database: each page of events is applied and
 * the cursor moved in one transaction. Delivery is at least once (a crash between reading and
 * committing reads the page again); with an idempotent {@link JourneyEventHandler} the effect is
 * exactly once. Nothing is lost while the service is down: it starts again from its cursor.
 * <p>
 * Each event is applied inside a savepoint of the page's transaction. An event the handler cannot
 * apply is undone alone, kept in quarantine ({@link FeedQuarantine}) and passed over, so that one
 * bad event cannot stop the service reading the feed for good. A failure of the database rather
 * than of the event ({@link TransientFailures}) rolls the whole page back, to be read again.
 */
public class JourneyFeedConsumer {

    private static final Logger log = LoggerFactory.getLogger(JourneyFeedConsumer.class);

    private final JourneyFeedClient feed;
    private final FeedCursor cursor;
    private final FeedQuarantine quarantine;
    private final TransactionTemplate transaction;
    private final JourneyEventHandler handler;
    private final int pageSize;
    private final AtomicLong position = new AtomicLong();
    /** When the consumer last read the feed to its end; a restarted service starts behind. */
    private final AtomicLong caughtUpAtMillis = new AtomicLong();
    private Counter appliedCounter;
    private Counter quarantinedCounter;

    public JourneyFeedConsumer(String consumer, JourneyFeedClient feed, JdbcClient jdbc, TransactionTemplate transaction,
            JourneyEventHandler handler, int pageSize) {
        this.feed = feed;
        this.cursor = new FeedCursor(jdbc, consumer);
        this.quarantine = new FeedQuarantine(jdbc, consumer);
        this.transaction = transaction;
        this.handler = handler;
        this.pageSize = pageSize;
    }

    /**
     * Publishes the consumer's position, throughput and lag ({@code caseflow.feed.*}). The lag is
     * {@code time() - caseflow_feed_caught_up_seconds} in Prometheus: it grows while the feed
     * cannot be read or a page cannot be applied, and is near 0 while the service keeps up.
     * {@code caseflow.feed.events.quarantined} counts the events set aside; it is published from 0
     * at start, so that Prometheus sees the first one as an increase.
     */
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("caseflow.feed.position", position, AtomicLong::get)
                .description("Last journey event position applied").register(registry);
        Gauge.builder("caseflow.feed.caught.up", caughtUpAtMillis, millis -> millis.get() / 1000.0)
                .description("When this service last read the journey event feed to its end (Unix time)")
                .baseUnit("seconds").register(registry);
        appliedCounter = Counter.builder("caseflow.feed.events.applied")
                .description("Journey events applied to this service's records").register(registry);
        quarantinedCounter = Counter.builder("caseflow.feed.events.quarantined")
                .description("Journey events this service could not apply and set aside in its feed_quarantine table")
                .register(registry);
    }

    /**
     * Applies every event that is ready, page by page, setting aside those that cannot be applied.
     *
     * @return how many events were applied
     * @throws JourneyFeedClient.FeedUnavailableException when the feed cannot be read; nothing is lost, try later
     */
    public int catchUp() {
        int applied = 0;
        PageOutcome outcome;
        do {
            outcome = transaction.execute(this::applyNextPage);
            // only what was committed is reported: a page rolled back is read, and reported, again
            report(outcome);
            applied += outcome.appliedCount();
            if (outcome.page().hasMore()) {
                log.info("Catching up with the journey event feed: at position {}", outcome.page().lastPosition());
            }
        } while (outcome.page().hasMore());
        caughtUpAtMillis.set(System.currentTimeMillis());
        return applied;
    }

    /** Forgets how far it has read, so that the next {@link #catchUp()} replays the whole feed. */
    public void replayFromTheStart() {
        transaction.executeWithoutResult(status -> cursor.reset());
    }

    private PageOutcome applyNextPage(TransactionStatus status) {
        long from = cursor.position();
        JourneyFeedPage page = feed.read(from, pageSize);
        PageOutcome outcome = new PageOutcome(page);
        if (page.events().isEmpty()) {
            return outcome;
        }
        Set<UUID> inQuarantine = quarantine.heldBetween(from, page.lastPosition());
        for (JourneyEvent event : page.events()) {
            Optional<RuntimeException> failure = applyAlone(event, status);
            if (failure.isEmpty()) {
                outcome.countApplied();
                if (inQuarantine.contains(event.eventId())) {
                    // read again after a fix, and applied this time
                    quarantine.release(event);
                    outcome.released(event);
                }
            } else if (quarantine.keep(event, failure.get())) {
                outcome.quarantined(event, failure.get());
            } else {
                outcome.stillQuarantined(event, failure.get());
            }
        }
        cursor.advance(from, page.lastPosition());
        return outcome;
    }

    /**
     * Applies one event inside a savepoint, so that if it cannot be applied only its own writes
     * are undone and the page goes on.
     *
     * @return why it could not be applied, if it could not
     */
    private Optional<RuntimeException> applyAlone(JourneyEvent event, TransactionStatus status) {
        Object savepoint = status.createSavepoint();
        try {
            handler.apply(event);
            status.releaseSavepoint(savepoint);
            return Optional.empty();
        } catch (RuntimeException failure) {
            if (TransientFailures.isTransient(failure)) {
                throw failure;
            }
            status.rollbackToSavepoint(savepoint);
            status.releaseSavepoint(savepoint);
            return Optional.of(failure);
        }
    }

    private void report(PageOutcome outcome) {
        position.set(outcome.page().lastPosition());
        if (appliedCounter != null) {
            appliedCounter.increment(outcome.appliedCount());
            quarantinedCounter.increment(outcome.quarantined().size());
        }
        for (PageOutcome.NotApplied kept : outcome.quarantined()) {
            JourneyEvent event = kept.event();
            log.error("Journey event {} ({}) at position {} could not be applied and was quarantined in feed_quarantine;"
                            + " the feed goes on without it: {}",
                    event.eventId(), event.type(), event.position(), FeedQuarantine.describe(kept.failure()), kept.failure());
        }
        for (PageOutcome.NotApplied again : outcome.stillQuarantined()) {
            JourneyEvent event = again.event();
            log.warn("Journey event {} ({}) at position {} was read again and still cannot be applied; it stays in quarantine: {}",
                    event.eventId(), event.type(), event.position(), FeedQuarantine.describe(again.failure()));
        }
        outcome.released().forEach(event -> log.info(
                "Journey event {} ({}) at position {} was applied and has left the quarantine",
                event.eventId(), event.type(), event.position()));
    }
}
