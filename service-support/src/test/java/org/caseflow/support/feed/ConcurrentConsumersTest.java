package org.caseflow.support.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.frontdoor.ContactReceived;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.FeedStub;
import org.caseflow.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of one service reading the feed into the same database at once, as when a service
 * is scaled out or a new instance starts before the old one has stopped; and an instance that dies
 * halfway through a page. Each instance has its own connections, as separate processes would. The
 * handler records every application of an event in a table without a key, so an event applied twice
 * would be there twice and one skipped would be missing.
 */
class ConcurrentConsumersTest {

    private static final String CONSUMER = "scaled-out-service";
    private static final int PAGE_SIZE = 10;

    private final FeedStub feed = FeedStub.start();
    private final Database database = TestPostgres.newDatabase("feed-consumers");
    private final JdbcClient jdbc = JdbcClient.create(dataSource());
    private final List<CompletableFuture<?>> running = new ArrayList<>();

    @BeforeEach
    void consumerTablesAsTheServicesMigrationsCreateThem() {
        jdbc.sql("create table feed_cursor (consumer varchar(60) primary key, position bigint not null)").update();
        jdbc.sql("""
                create table feed_quarantine (
                    consumer varchar(60) not null, position bigint not null, event_id uuid not null, type text,
                    la_child_id text, error text not null, event jsonb not null,
                    quarantined_at timestamptz not null default now(), primary key (consumer, event_id))""").update();
        jdbc.sql("create table applied (position bigint not null, instance text not null)").update();
    }

    @AfterEach
    void stop() {
        running.forEach(future -> future.cancel(true));
        feed.close();
    }

    @Test
    void twoInstancesReadingAtOnceApplyEveryEventOnceAndNeitherFails() throws Exception {
        int events = 300;
        publish(events);
        Instance first = new Instance("first");
        Instance second = new Instance("second");
        CountDownLatch go = new CountDownLatch(1);

        CompletableFuture<Integer> firstApplied = inBackground(() -> first.catchUpAfter(go));
        CompletableFuture<Integer> secondApplied = inBackground(() -> second.catchUpAfter(go));
        go.countDown();

        // neither is refused for reading at the same time as the other: one waits while the other applies a page
        int applied = firstApplied.get(60, TimeUnit.SECONDS) + secondApplied.get(60, TimeUnit.SECONDS);
        assertThat(applied).isEqualTo(events);
        assertThat(jdbc.sql("select count(*) from applied").query(Long.class).single()).isEqualTo(events);
        assertThat(jdbc.sql("select count(distinct position) from applied").query(Long.class).single())
                .as("every position applied, none twice").isEqualTo(events);
        assertThat(cursor()).isEqualTo(events);
        System.out.printf("[feed consumers] %d events, pages of %d: applied %d by the first instance, %d by the second;"
                        + " %d applied in all, 0 doubled, 0 skipped%n",
                events, PAGE_SIZE, first.appliedHere(), second.appliedHere(), applied);
    }

    @Test
    void anInstanceKilledMidPageLosesNothingAndTheOtherCarriesOnFromItsLastCommittedPage() throws Exception {
        publish(30);
        CountDownLatch midPage = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicReference<Connection> killedConnection = new AtomicReference<>();
        Instance doomed = new Instance("doomed");
        // it stops halfway through the second page, holding that page's transaction open
        doomed.onApplying(15, connection -> {
            killedConnection.set(connection);
            midPage.countDown();
            await(never);
        });
        CompletableFuture<Integer> doomedRun = inBackground(doomed::catchUp);
        assertThat(midPage.await(30, TimeUnit.SECONDS)).isTrue();

        Instance survivor = new Instance("survivor");
        CompletableFuture<Integer> survivorRun = inBackground(survivor::catchUp);
        waitForALockWaiter();
        assertThat(survivorRun).as("waits for the page the other instance holds").isNotDone();

        // what a kill -9 does to the instance's connection: the socket closes under it, nothing more is said
        killedConnection.get().abort(Runnable::run);

        assertThat(survivorRun.get(30, TimeUnit.SECONDS)).as("pages two and three").isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from applied").query(Long.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("select count(distinct position) from applied").query(Long.class).single()).isEqualTo(30);
        assertThat(jdbc.sql("select count(*) from applied where instance = 'doomed'").query(Long.class).single())
                .as("only its committed first page").isEqualTo(PAGE_SIZE);
        assertThat(cursor()).isEqualTo(30);
        never.countDown();
        assertThatThrownBy(() -> doomedRun.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
    }

    @Test
    void anInstanceThatDiesMidPageAndIsStartedAgainReadsThatPageAgainAndAppliesItOnce() {
        publish(25);
        Instance crashing = new Instance("before the crash");
        crashing.onApplying(17, connection -> {
            throw new ProcessDied();
        });
        assertThatThrownBy(crashing::catchUp).isInstanceOf(ProcessDied.class);
        assertThat(cursor()).as("the first page only").isEqualTo(PAGE_SIZE);

        Instance restarted = new Instance("after the restart");
        assertThat(restarted.catchUp()).isEqualTo(15);

        assertThat(jdbc.sql("select count(*) from applied").query(Long.class).single()).isEqualTo(25);
        assertThat(jdbc.sql("select count(distinct position) from applied").query(Long.class).single()).isEqualTo(25);
        assertThat(jdbc.sql("select count(*) from feed_quarantine").query(Long.class).single())
                .as("a dying process is not the event's fault").isZero();
        assertThat(cursor()).isEqualTo(25);
    }

    private void publish(int count) {
        for (int i = 1; i <= count; i++) {
            String child = "C%07d".formatted(i);
            feed.publish(ContactReceived.TYPE, child, "CON-" + i, null, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                    "front-door", "frontdoor.worker", Map.of());
        }
    }

    private long cursor() {
        return jdbc.sql("select position from feed_cursor where consumer = :consumer").param("consumer", CONSUMER)
                .query(Long.class).single();
    }

    /** Until another session of this database waits for a row lock: the second instance at the cursor. */
    private void waitForALockWaiter() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (jdbc.sql("select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")
                .query(Long.class).single() == 0) {
            assertThat(System.nanoTime()).as("a second instance waiting at the cursor").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private <T> CompletableFuture<T> inBackground(Callable<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(work.call());
            } catch (Throwable failure) {
                future.completeExceptionally(failure);
            }
        }, "consumer-instance");
        thread.setDaemon(true);
        thread.start();
        running.add(future);
        return future;
    }

    private DataSource dataSource() {
        return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One instance of the service: its own connections, its own consumer, the same database and consumer name. */
    private final class Instance {

        private final String name;
        private final DataSource dataSource = dataSource();
        private final JdbcClient instanceJdbc = JdbcClient.create(dataSource);
        private final JourneyFeedConsumer consumer;
        private long stopAt = -1;
        private Consumer<Connection> atStop;
        private int appliedHere;

        Instance(String name) {
            this.name = name;
            this.consumer = new JourneyFeedConsumer(CONSUMER, new RestJourneyFeedClient(URI.create(feed.url()), (request, body, next) -> {
                        request.getHeaders().setBearerAuth("test");
                        return next.execute(request, body);
                    }),
                    instanceJdbc, new TransactionTemplate(new DataSourceTransactionManager(dataSource)), this::apply, PAGE_SIZE);
        }

        /** Runs {@code action}, with the page's connection, when about to apply the event at {@code position}. */
        void onApplying(long position, Consumer<Connection> action) {
            this.stopAt = position;
            this.atStop = action;
        }

        int catchUp() {
            int applied = consumer.catchUp();
            appliedHere += applied;
            return applied;
        }

        int catchUpAfter(CountDownLatch go) throws InterruptedException {
            go.await();
            return catchUp();
        }

        int appliedHere() {
            return appliedHere;
        }

        private void apply(JourneyEvent event) {
            if (event.position() == stopAt) {
                atStop.accept(DataSourceUtils.getConnection(dataSource));
            }
            instanceJdbc.sql("insert into applied (position, instance) values (:position, :instance)")
                    .param("position", event.position()).param("instance", name).update();
        }
    }

    /** Stands for the process ending mid-page: not an exception a handler throws for a bad event. */
    private static final class ProcessDied extends Error {
    }
}
