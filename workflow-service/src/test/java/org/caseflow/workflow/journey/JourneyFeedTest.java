package org.caseflow.workflow.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.journey.events.JourneyFeedPage;
import org.caseflow.workflow.WorkflowIntegrationTest;
import org.caseflow.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

@WorkflowIntegrationTest
class JourneyFeedTest {

    @Autowired
    JourneyFeed feed;
    @Autowired
    JourneyEventWriter writer;
    @Autowired
    DataSource dataSource;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    TestRestTemplate http;
    @Autowired
    TestIdentity identity;

    @Test
    void anEventWrittenByATransactionThatCommitsLateIsStillDelivered() throws Exception {
        long cursor = readToTheEnd();
        try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            quick.setAutoCommit(false);
            write(slow, "SlowToCommit");
            write(quick, "QuickToCommit");
            quick.commit();

            JourneyFeedPage whileTheSlowOneIsOpen = feed.read(cursor, 100);
            // handing out the quick one now would let a reader's cursor pass the slow one for good
            assertThat(types(whileTheSlowOneIsOpen)).doesNotContain("QuickToCommit", "SlowToCommit");

            slow.commit();
            JourneyFeedPage afterwards = feed.read(whileTheSlowOneIsOpen.lastPosition(), 100);
            assertThat(types(afterwards)).containsSubsequence("SlowToCommit", "QuickToCommit");
        }
    }

    @Test
    void anEventThatStartedFirstButWroteLastIsNotSkippedEither() throws Exception {
        long cursor = readToTheEnd();
        try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            quick.setAutoCommit(false);
            slow.createStatement().execute("select pg_current_xact_id()"); // the slow one's transaction is older
            write(quick, "WroteFirst");
            quick.commit();
            JourneyFeedPage first = feed.read(cursor, 100);
            write(slow, "WroteLast");
            slow.commit();

            List<String> seen = new ArrayList<>(types(first));
            seen.addAll(types(feed.read(first.lastPosition(), 100)));
            assertThat(seen).contains("WroteFirst", "WroteLast").doesNotHaveDuplicates();
        }
    }

    @Test
    void anEventExistsOnlyIfTheEnginesTransactionCommits() {
        long cursor = readToTheEnd();

        transaction.executeWithoutResult(status -> {
            runtime.startProcessInstanceByKey("front-door", Map.of("childGivenName", "Rolled", "childFamilyName", "Back",
                    "contactReceivedAt", "2025-12-19T10:30", "contactSource", "POLICE", "contactReason", "test", "childDateOfBirth", "2016-04-02"));
            status.setRollbackOnly();
        });
        assertThat(feed.read(cursor, 100).events()).isEmpty();

        runtime.startProcessInstanceByKey("front-door", Map.of("childGivenName", "Kept", "childFamilyName", "Forward",
                "contactReceivedAt", "2025-12-19T10:30", "contactSource", "POLICE", "contactReason", "test", "childDateOfBirth", "2016-04-02"));
        assertThat(types(feed.read(cursor, 100))).containsExactly("ContactReceived");
    }

    @Test
    void anEventItsConsumersCouldNotApplyIsNeverWrittenAndItsStepIsRefused() {
        long cursor = readToTheEnd();

        assertThatThrownBy(() -> writer.write(new NewJourneyEvent("ContactReceived", "C" + "1".repeat(24), "CON-000001", null,
                LocalDate.of(2025, 12, 19), null, "front-door", null, null, Map.of())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("laChildId");
        assertThatThrownBy(() -> writer.write(new NewJourneyEvent("ContactDecided", "C1000001", "CON-000001", null,
                LocalDate.of(2025, 12, 19), null, "team-north,x-managers", null, null, Map.of())))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("team");
        assertThat(feed.read(cursor, 100).events()).isEmpty();
    }

    @Test
    void positionsFollowEachOtherWithoutGapsOrRepeatsAcrossPages() {
        runtime.startProcessInstanceByKey("front-door", Map.of("childGivenName", "Page", "childFamilyName", "Turner",
                "contactReceivedAt", "2025-12-19T10:30", "contactSource", "POLICE", "contactReason", "test", "childDateOfBirth", "2016-04-02"));
        List<Long> positions = new ArrayList<>();
        long after = 0;
        JourneyFeedPage page;
        do {
            page = feed.read(after, 2);
            page.events().forEach(event -> positions.add(event.position()));
            after = page.lastPosition();
        } while (page.hasMore());

        assertThat(positions).isNotEmpty();
        for (int i = 0; i < positions.size(); i++) {
            assertThat(positions.get(i)).isEqualTo(i + 1L);
        }
    }

    /**
     * Many writers at once (each engine node's requests and job executor write in transactions of their own, committing
     * in any order) and two readers handing out positions as they read (as each node's feed does, in transactions of
     * their own): each reader sees every event once, in one order that both agree on, with no gap and no repeat.
     */
    @Test
    void concurrentWritersAndTwoReadersGetEveryEventOnceInOneOrder() throws Exception {
        long start = readToTheEnd();
        int writers = 6;
        int eachWrites = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<?>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String type = "ConcurrentWriter" + w;
                written.add(pool.submit(() -> {
                    for (int i = 0; i < eachWrites; i++) {
                        try (Connection connection = dataSource.getConnection()) {
                            connection.setAutoCommit(false);
                            write(connection, type);
                            Thread.sleep(ThreadLocalRandom.current().nextInt(3)); // commits in any order
                            connection.commit();
                        }
                    }
                    return null;
                }));
            }
            Future<List<JourneyEvent>> readerA = pool.submit(() -> readWhile(writing, start));
            Future<List<JourneyEvent>> readerB = pool.submit(() -> readWhile(writing, start));
            for (Future<?> writer : written) {
                writer.get(60, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<JourneyEvent> seenByA = readerA.get(60, TimeUnit.SECONDS);
            List<JourneyEvent> seenByB = readerB.get(60, TimeUnit.SECONDS);

            // the engine's own events (a timer of another test firing) may come between the writers': all are counted
            assertThat(seenByA).filteredOn(event -> event.type().startsWith("ConcurrentWriter")).hasSize(writers * eachWrites);
            assertThat(seenByA).extracting(JourneyEvent::eventId).doesNotHaveDuplicates();
            assertThat(seenByA).extracting(JourneyEvent::position)
                    .isEqualTo(LongStream.rangeClosed(start + 1, start + seenByA.size()).boxed().toList());
            assertThat(seenByB).filteredOn(event -> event.type().startsWith("ConcurrentWriter")).hasSize(writers * eachWrites);
            int both = Math.min(seenByA.size(), seenByB.size()); // an engine event after the last writer's may reach one only
            assertThat(seenByB.subList(0, both)).extracting(JourneyEvent::eventId)
                    .isEqualTo(seenByA.subList(0, both).stream().map(JourneyEvent::eventId).toList());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads on from the cursor, page after page, until the writers have finished and the feed has nothing more. */
    private List<JourneyEvent> readWhile(AtomicBoolean writing, long start) {
        List<JourneyEvent> seen = new ArrayList<>();
        long after = start;
        while (true) {
            boolean finalRead = !writing.get();
            JourneyFeedPage page = feed.read(after, 17);
            seen.addAll(page.events());
            after = page.lastPosition();
            if (finalRead && !page.hasMore() && page.events().isEmpty()) {
                return seen;
            }
        }
    }

    @Test
    void theFeedIsForServiceAccountsAndAdministratorsOnly() {
        ResponseEntity<Map> asService = identity.as(http, "casework-service")
                .getForEntity("/api/workflow/events?after=0&limit=5", Map.class);
        assertThat(asService.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asService.getBody()).containsKeys("events", "lastPosition", "hasMore");

        assertThat(identity.as(http, "admin").getForEntity("/api/workflow/events", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(identity.as(http, "north.manager").getForEntity("/api/workflow/events", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aBadPageRequestIsAProblem() {
        for (String query : new String[] {"limit=0", "limit=501", "after=-1", "after=first"}) {
            ResponseEntity<String> response = identity.as(http, "kpi-service")
                    .getForEntity("/api/workflow/events?" + query, String.class);
            assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).as(query).hasToString("application/problem+json");
        }
    }

    private long readToTheEnd() {
        long after = 0;
        JourneyFeedPage page;
        do {
            page = feed.read(after, 500);
            after = page.lastPosition();
        } while (page.hasMore());
        return after;
    }

    private static void write(Connection connection, String type) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into journey.event (event_id, type, data) values (?, ?, '{}')")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, type);
            insert.executeUpdate();
        }
    }

    private static List<String> types(JourneyFeedPage page) {
        return page.events().stream().map(JourneyEvent::type).toList();
    }
}
