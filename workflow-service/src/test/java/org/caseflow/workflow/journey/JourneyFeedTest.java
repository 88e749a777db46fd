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
