package org.caseflow.support.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consumer on a real PostgreSQL database, reading a stand-in feed, with a handler that records
 * every application of an event in a table without a key: an event applied twice would be there
 * twice, and a write its failure did not undo would be there at all.
 */
class JourneyFeedConsumerTest {

    private static final String CONSUMER = "test-consumer";
    /** Longer than the recorder's varchar(20): the database refuses it, as a service's tables would. */
    private static final String TOO_LONG_CHILD_ID = "C" + "0".repeat(24);

    private final FeedStub feed = FeedStub.start();
    private final DataSource dataSource = dataSource(TestPostgres.newDatabase("feed-consumer"));
    private final JdbcClient jdbc = JdbcClient.create(dataSource);
    private final RecordingHandler handler = new RecordingHandler(jdbc);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private JourneyFeedConsumer consumer;

    @BeforeEach
    void consumerTablesAsTheServicesMigrationsCreateThem() {
        jdbc.sql("create table feed_cursor (consumer varchar(60) primary key, position bigint not null)").update();
        jdbc.sql("""
                create table feed_quarantine (
                    consumer varchar(60) not null, position bigint not null, event_id uuid not null, type text,
                    la_child_id text, error text not null, event jsonb not null,
                    quarantined_at timestamptz not null default now(), primary key (consumer, event_id))""").update();
        jdbc.sql("create table applied (event_id uuid not null, la_child_id varchar(20) not null)").update();
        consumer = new JourneyFeedConsumer(CONSUMER, new RestJourneyFeedClient(URI.create(feed.url()), (request, body, next) -> {
                    request.getHeaders().setBearerAuth("test");
                    return next.execute(request, body);
                }), jdbc,
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), handler, 100);
        consumer.bindTo(meters);
    }

    @AfterEach
    void stopTheFeed() {
        feed.close();
    }

    @Test
    void anEventThatCannotBeAppliedIsQuarantinedAndTheRestOfItsPageApplied() {
        JourneyEvent first = contactFor("C1000001");
        JourneyEvent poison = contactFor(TOO_LONG_CHILD_ID);
        JourneyEvent last = contactFor("C1000003");

        assertThat(consumer.catchUp()).isEqualTo(2);

        assertThat(timesApplied(first)).isEqualTo(1);
        assertThat(timesApplied(poison)).isZero();
        assertThat(timesApplied(last)).isEqualTo(1);
        Map<String, Object> kept = jdbc.sql("""
                        select consumer, position, type, la_child_id, error, event ->> 'eventId' as event_id,
                               event ->> 'laChildId' as event_child, event ->> 'occurredOn' as event_date, quarantined_at
                        from feed_quarantine""")
                .query().singleRow();
        assertThat(kept).containsEntry("consumer", CONSUMER).containsEntry("position", poison.position())
                .containsEntry("type", ContactReceived.TYPE).containsEntry("la_child_id", TOO_LONG_CHILD_ID)
                .containsEntry("event_id", poison.eventId().toString()).containsEntry("event_child", TOO_LONG_CHILD_ID)
                .containsEntry("event_date", "2025-12-19");
        assertThat((String) kept.get("error")).contains("DataIntegrityViolationException", "value too long");
        assertThat(kept.get("quarantined_at")).isNotNull();
        assertThat(cursor()).isEqualTo(last.position());
        assertThat(counter("caseflow.feed.events.quarantined")).isEqualTo(1.0);
        assertThat(counter("caseflow.feed.events.applied")).isEqualTo(2.0);
        assertThat(meters.get("caseflow.feed.position").gauge().value()).isEqualTo(last.position());
    }

    @Test
    void anEventReadAgainIsQuarantinedOnceAndCountedOnce() {
        JourneyEvent refused = contactFor("C1000004");
        handler.refused.add(refused.eventId());
        consumer.catchUp();

        consumer.replayFromTheStart();
        consumer.catchUp();

        assertThat(jdbc.sql("select count(*) from feed_quarantine").query(Long.class).single()).isEqualTo(1);
        assertThat(counter("caseflow.feed.events.quarantined")).isEqualTo(1.0);
        assertThat(timesApplied(refused)).as("its write undone each time").isZero();
    }

    @Test
    void aFailureOfTheDatabaseRollsBackTheWholePageToBeReadAgainAndQuarantinesNothing() {
        JourneyEvent first = contactFor("C1000005");
        JourneyEvent locked = contactFor("C1000006");
        JourneyEvent last = contactFor("C1000007");
        handler.lockedOut.add(locked.eventId());

        assertThatThrownBy(consumer::catchUp).isInstanceOf(CannotAcquireLockException.class);

        assertThat(timesApplied(first)).as("rolled back with its page").isZero();
        assertThat(jdbc.sql("select count(*) from feed_quarantine").query(Long.class).single()).isZero();
        assertThat(cursor()).isZero();
        assertThat(counter("caseflow.feed.events.quarantined")).isZero();
        assertThat(counter("caseflow.feed.events.applied")).isZero();

        handler.lockedOut.clear();
        assertThat(consumer.catchUp()).isEqualTo(3);

        assertThat(timesApplied(first)).isEqualTo(1);
        assertThat(timesApplied(locked)).isEqualTo(1);
        assertThat(timesApplied(last)).isEqualTo(1);
        assertThat(cursor()).isEqualTo(last.position());
    }

    @Test
    void whenAnEventCannotBeQuarantinedEitherThePageIsRolledBackToBeReadAgain() {
        JourneyEvent first = contactFor("C1000008");
        contactFor(TOO_LONG_CHILD_ID);
        jdbc.sql("alter table feed_quarantine add constraint nothing_kept check (false) not valid").update();

        assertThatThrownBy(consumer::catchUp).isInstanceOf(FeedQuarantine.QuarantineFailedException.class)
                .satisfies(failure -> assertThat(failure.getSuppressed()).as("why the event could not be applied")
                        .singleElement().isInstanceOf(DataIntegrityViolationException.class));

        assertThat(timesApplied(first)).isZero();
        assertThat(cursor()).isZero();
    }

    @Test
    void aQuarantinedEventThatAppliesWhenReadAgainAfterAFixLeavesTheQuarantine() {
        JourneyEvent first = contactFor("C1000009");
        JourneyEvent refused = contactFor("C1000010");
        handler.refused.add(refused.eventId());
        consumer.catchUp();

        handler.refused.clear();
        // what an operator does after the fix: the cursor back to just before the quarantined event
        jdbc.sql("update feed_cursor set position = (select min(position) - 1 from feed_quarantine)").update();
        consumer.catchUp();

        assertThat(timesApplied(refused)).isEqualTo(1);
        assertThat(timesApplied(first)).as("not read again").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from feed_quarantine").query(Long.class).single()).isZero();
        assertThat(cursor()).isEqualTo(refused.position());
    }

    private JourneyEvent contactFor(String laChildId) {
        return feed.publish(ContactReceived.TYPE, laChildId, "CON-" + laChildId.substring(1, 7), null,
                LocalDate.of(2025, 12, 19), LocalDate.of(2025, 12, 22), "front-door", "frontdoor.worker", Map.of());
    }

    private long timesApplied(JourneyEvent event) {
        return jdbc.sql("select count(*) from applied where event_id = :id").param("id", event.eventId()).query(Long.class).single();
    }

    /** Where the consumer's cursor stands: 0 until a page has been committed. */
    private long cursor() {
        return jdbc.sql("select position from feed_cursor where consumer = :consumer").param("consumer", CONSUMER)
                .query(Long.class).optional().orElse(0L);
    }

    private double counter(String name) {
        return meters.get(name).counter().count();
    }

    private static DataSource dataSource(Database database) {
        return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }

    /**
     * Records each application of an event, without a key. Fails after its write, as a handler that
     * gets halfway would: for the events in {@code refused} as an event it cannot apply, for those
     * in {@code lockedOut} as the database would when a row stays locked.
     */
    static class RecordingHandler implements JourneyEventHandler {

        final Set<UUID> refused = ConcurrentHashMap.newKeySet();
        final Set<UUID> lockedOut = ConcurrentHashMap.newKeySet();
        private final JdbcClient jdbc;

        RecordingHandler(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void apply(JourneyEvent event) {
            jdbc.sql("insert into applied (event_id, la_child_id) values (:id, :child)")
                    .param("id", event.eventId()).param("child", event.laChildId()).update();
            if (refused.contains(event.eventId())) {
                throw new IllegalStateException("Not a contact this service expects");
            }
            if (lockedOut.contains(event.eventId())) {
                throw new CannotAcquireLockException("could not obtain lock on row in relation \"applied\"");
            }
        }
    }
}
