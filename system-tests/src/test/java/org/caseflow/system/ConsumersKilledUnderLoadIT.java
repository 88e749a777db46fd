package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.caseflow.localstack.Database;
import org.caseflow.testsupport.StubServers;
import org.caseflow.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Fault injection, bounded and on loopback only: casework-service and kpi-service each run as two
 * instances on their own databases while front-door workers record contacts through the gateway;
 * one instance of each is {@code kill -9}'d in the middle of the load and started again, the other
 * runs all along. Afterwards each consumer holds exactly what the feed holds: every contact and
 * every event once, none lost and none twice.
 * <p>
 * It takes minutes (a Caseflow of its own, two more service instances, two restarts), so the build
 * leaves it out: run it with {@code -Dcaseflow.fault-tests=true} (docs/operations.md).
 */
@EnabledIfSystemProperty(named = "caseflow.fault-tests", matches = "true")
class ConsumersKilledUnderLoadIT {

    private static final String WORKER = "frontdoor.worker";
    private static final int CLIENTS = 4;
    /** Contacts accepted between one fault and the next: each brings two events (received, and its overdue decision). */
    private static final int BETWEEN_FAULTS = 150;

    private static CaseflowStack stack;
    private static final Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
    private static Gateway gateway;

    @BeforeAll
    static void startCaseflowWithTwoInstancesOfEachConsumer() {
        stack = RunningCaseflow.startOwn(TestPostgres.server(), databases, RunningCaseflow.UNDER_LOAD,
                "consumers-killed");
        stack.startAnother(CaseflowService.CASEWORK, StubServers.freePort(), RunningCaseflow.START_TIMEOUT);
        stack.startAnother(CaseflowService.KPI, StubServers.freePort(), RunningCaseflow.START_TIMEOUT);
        gateway = new Gateway(stack.url(CaseflowService.GATEWAY), stack.url(CaseflowService.IDENTITY_PROVIDER));
    }

    @AfterAll
    static void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void consumersKilledMidStreamAndStartedAgainHoldEveryEventOnce() throws Exception {
        assertThat(gateway.get("/api/workflow/identity/me", WORKER).status()).isEqualTo(200);
        int kills = 0;
        ContactLoad load = ContactLoad.start(gateway, WORKER, CLIENTS);
        try {
            awaitMoreAccepted(load);
            stack.kill(CaseflowService.CASEWORK);
            kills++;
            awaitMoreAccepted(load);
            stack.kill(CaseflowService.KPI);
            kills++;
            awaitMoreAccepted(load);
            stack.start(CaseflowService.CASEWORK, RunningCaseflow.START_TIMEOUT);
            stack.start(CaseflowService.KPI, RunningCaseflow.START_TIMEOUT);
            awaitMoreAccepted(load);
        } finally {
            load.close();
        }

        // both consumers at the feed's end: everything written has been read
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String end = single(CaseflowService.WORKFLOW, "select coalesce(max(position), 0)::text from journey.event");
            String escalationsAwaited = single(CaseflowService.WORKFLOW, """
                    select count(*)::text from journey.event received where type = 'ContactReceived'
                    and not exists (select 1 from journey.event overdue
                                    where overdue.type = 'ContactDecisionOverdue' and overdue.contact_id = received.contact_id)""");
            return escalationsAwaited.equals("0")
                    && end.equals(single(CaseflowService.CASEWORK, "select position::text from casework.feed_cursor"))
                    && end.equals(single(CaseflowService.KPI, "select position::text from kpi.feed_cursor"));
        });

        List<String> contacts = column(CaseflowService.WORKFLOW, """
                select contact_id from journey.event where type = 'ContactReceived' and data->>'contactReason' like '%s%%'"""
                .formatted(ContactLoad.REASON));
        String inList = contacts.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        List<String> events = column(CaseflowService.WORKFLOW,
                "select event_id::text from journey.event where contact_id in (" + inList + ")");
        Tally caseworkContacts = Tally.of(contacts, column(CaseflowService.CASEWORK,
                "select contact_id from casework.contact where reason like '%s%%'".formatted(ContactLoad.REASON)));
        Tally chronology = Tally.of(events, column(CaseflowService.CASEWORK,
                "select event_id::text from casework.chronology_entry where event_id::text in ("
                        + events.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")"));
        Tally kpiContacts = Tally.of(contacts, column(CaseflowService.KPI,
                "select contact_id from kpi.contact_fact where contact_id in (" + inList + ")"));
        System.out.printf("[consumers killed] %d clients, %d requests: %d accepted, %d refused; %d events in the feed;"
                        + " %d kills (casework-service, kpi-service), each started again, a second instance of each running throughout%n",
                CLIENTS, load.outcomes().size(), load.accepted().size(), load.refused().size(), events.size(), kills);
        System.out.printf("[consumers killed] casework contacts %s; casework chronology %s; kpi contact facts %s%n",
                caseworkContacts, chronology, kpiContacts);

        assertThat(contacts).as("every accepted contact is in the feed").hasSize(load.accepted().size());
        assertThat(caseworkContacts.lost() + caseworkContacts.doubled()).as("casework contacts " + caseworkContacts).isZero();
        assertThat(chronology.lost() + chronology.doubled()).as("casework chronology " + chronology).isZero();
        assertThat(kpiContacts.lost() + kpiContacts.doubled()).as("kpi contact facts " + kpiContacts).isZero();
        assertThat(column(CaseflowService.CASEWORK, "select event_id::text from casework.feed_quarantine")).as("set aside").isEmpty();
        assertThat(column(CaseflowService.KPI, "select event_id::text from kpi.feed_quarantine")).as("set aside").isEmpty();
    }

    /** What a consumer holds against what the feed holds. */
    record Tally(int expected, int held, long lost, long doubled) {

        static Tally of(List<String> inTheFeed, List<String> held) {
            Set<String> distinct = new HashSet<>(held);
            long lost = inTheFeed.stream().filter(id -> !distinct.contains(id)).count();
            return new Tally(inTheFeed.size(), held.size(), lost, held.size() - distinct.size());
        }

        @Override
        public String toString() {
            return "%d in the feed, %d held: %d lost, %d doubled".formatted(expected, held, lost, doubled);
        }
    }

    private static void awaitMoreAccepted(ContactLoad load) {
        int target = load.accepted().size() + BETWEEN_FAULTS;
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250)).until(() -> load.accepted().size() >= target);
    }

    private static String single(CaseflowService service, String sql) throws SQLException {
        List<String> values = column(service, sql);
        return values.isEmpty() ? null : values.get(0);
    }

    private static List<String> column(CaseflowService service, String sql) throws SQLException {
        Database database = databases.get(service);
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        return values;
    }
}
