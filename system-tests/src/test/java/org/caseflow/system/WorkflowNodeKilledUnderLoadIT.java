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
 * Fault injection, bounded and on loopback only: two workflow-service nodes on one database behind
 * the gateway while front-door workers record contacts through it; one node is {@code kill -9}'d in
 * the middle of the load and started again. Every contact accepted is in the feed once, every
 * refusal is a 502 or 503 problem (never a 500), every contact's overdue-decision timer fired once
 * on one node or the other, and the consumers hold the feed once.
 * <p>
 * It takes minutes, so the build leaves it out: run it with {@code -Dcaseflow.fault-tests=true}
 * (docs/operations.md).
 */
@EnabledIfSystemProperty(named = "caseflow.fault-tests", matches = "true")
class WorkflowNodeKilledUnderLoadIT {

    private static final String WORKER = "frontdoor.worker";
    private static final int CLIENTS = 4;
    /** Contacts accepted before the kill, while the node is down, and after it is back. */
    private static final int BETWEEN_FAULTS = 150;

    private static CaseflowStack stack;
    private static final Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
    private static Gateway gateway;

    @BeforeAll
    static void startCaseflowWithTwoWorkflowNodes() {
        stack = RunningCaseflow.startOwn(TestPostgres.server(), databases, RunningCaseflow.UNDER_LOAD,
                "workflow-node-killed");
        String secondNode = stack.startAnother(CaseflowService.WORKFLOW, StubServers.freePort(), RunningCaseflow.START_TIMEOUT);
        stack.stop(CaseflowService.GATEWAY);
        stack.set(CaseflowService.GATEWAY, "WORKFLOW_SERVICE_URL", stack.url(CaseflowService.WORKFLOW) + "," + secondNode);
        stack.start(CaseflowService.GATEWAY, RunningCaseflow.START_TIMEOUT);
        gateway = new Gateway(stack.url(CaseflowService.GATEWAY), stack.url(CaseflowService.IDENTITY_PROVIDER));
    }

    @AfterAll
    static void stopIt() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void aNodeKilledUnderLoadLosesNothingDoesNothingTwiceAndItsRefusalsAreProblemsToRetry() throws Exception {
        assertThat(gateway.get("/api/workflow/identity/me", WORKER).status()).isEqualTo(200);
        ContactLoad load = ContactLoad.start(gateway, WORKER, CLIENTS);
        try {
            awaitMoreAccepted(load);
            stack.kill(CaseflowService.WORKFLOW);
            awaitMoreAccepted(load);
            stack.start(CaseflowService.WORKFLOW, RunningCaseflow.START_TIMEOUT);
            awaitMoreAccepted(load);
        } finally {
            load.close();
        }

        Map<String, List<String>> contactsByReason = rows(CaseflowService.WORKFLOW, """
                        select data->>'contactReason', contact_id from journey.event
                        where type = 'ContactReceived' and data->>'contactReason' like '%s%%'""".formatted(ContactLoad.REASON))
                .stream().collect(Collectors.groupingBy(row -> row.get(0), Collectors.mapping(row -> row.get(1), Collectors.toList())));
        List<ContactLoad.Outcome> refused = load.refused();
        Map<Integer, Long> refusedByStatus = refused.stream().filter(outcome -> outcome.response() != null)
                .collect(Collectors.groupingBy(outcome -> outcome.response().status(), Collectors.counting()));
        long unanswered = refused.stream().filter(outcome -> outcome.response() == null).count();
        long savedThoughRefused = refused.stream().filter(outcome -> contactsByReason.containsKey(outcome.reason())).count();
        long acceptedMissing = load.accepted().stream().filter(outcome -> !contactsByReason.containsKey(outcome.reason())).count();
        long doubled = contactsByReason.values().stream().filter(contacts -> contacts.size() > 1).count();

        // every contact's overdue decision fires once, on either node; one caught running on the killed node waits out its lock
        List<String> contacts = contactsByReason.values().stream().flatMap(List::stream).toList();
        String inList = contacts.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> column(CaseflowService.WORKFLOW,
                "select distinct contact_id from journey.event where type = 'ContactDecisionOverdue' and contact_id in (" + inList + ")")
                .size() == contacts.size());
        List<String> escalations = column(CaseflowService.WORKFLOW,
                "select contact_id from journey.event where type = 'ContactDecisionOverdue' and contact_id in (" + inList + ")");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String end = single(CaseflowService.WORKFLOW, "select coalesce(max(position), 0)::text from journey.event");
            return end.equals(single(CaseflowService.CASEWORK, "select position::text from casework.feed_cursor"))
                    && end.equals(single(CaseflowService.KPI, "select position::text from kpi.feed_cursor"));
        });
        Set<String> caseworkContacts = new HashSet<>(column(CaseflowService.CASEWORK,
                "select contact_id from casework.contact where contact_id in (" + inList + ")"));
        Set<String> kpiContacts = new HashSet<>(column(CaseflowService.KPI,
                "select contact_id from kpi.contact_fact where contact_id in (" + inList + ")"));

        System.out.printf("[workflow node killed] %d clients, %d requests: %d accepted, %d refused %s, %d unanswered;"
                        + " 1 of 2 nodes kill -9'd and started again%n",
                CLIENTS, load.outcomes().size(), load.accepted().size(), refused.size(), refusedByStatus, unanswered);
        System.out.printf("[workflow node killed] accepted but not in the feed: %d; in the feed twice: %d; refused yet saved: %d;"
                        + " overdue-decision timers fired %d for %d contacts; casework holds %d, kpi %d%n",
                acceptedMissing, doubled, savedThoughRefused, escalations.size(), contacts.size(),
                caseworkContacts.size(), kpiContacts.size());

        assertThat(acceptedMissing).as("accepted contacts missing from the feed").isZero();
        assertThat(doubled).as("requests that started two journeys").isZero();
        assertThat(unanswered).as("requests that got no answer at all").isZero();
        assertThat(refusedByStatus.keySet()).as("refusals by status: a problem to retry, never a 500").isSubsetOf(502, 503);
        assertThat(refused.size()).as("a few refusals at most: those the killed node had").isLessThanOrEqualTo(2 * CLIENTS);
        assertThat(savedThoughRefused).as("refused, yet saved: only those the node had when it died")
                .isLessThanOrEqualTo(refusedByStatus.getOrDefault(502, 0L));
        assertThat(escalations).as("each overdue decision fired once").hasSameSizeAs(contacts).doesNotHaveDuplicates();
        assertThat(caseworkContacts).as("casework's contacts").containsExactlyInAnyOrderElementsOf(contacts);
        assertThat(kpiContacts).as("kpi's contact facts").containsExactlyInAnyOrderElementsOf(contacts);
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
        return rows(service, sql).stream().map(row -> row.get(0)).toList();
    }

    private static List<List<String>> rows(CaseflowService service, String sql) throws SQLException {
        Database database = databases.get(service);
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
