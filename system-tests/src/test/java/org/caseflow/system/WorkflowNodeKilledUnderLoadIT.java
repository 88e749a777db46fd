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
 * the gateway while front-door clients record contacts through it and their manager decides on each
 * through the gateway's {@code /engine-rest}; one node is {@code kill -9}'d in the middle of the load
 * and started again. Every contact accepted and every decision made is in the feed once, every
 * refusal is a 502 or 503 problem (never a 500), a decision tried again is made or found already
 * made, never made twice, every contact's overdue-decision timer fired once on one node or the
 * other, and the consumers hold the feed once.
 * <p>
 * It takes minutes, so the build leaves it out: run it with {@code -Dcaseflow.fault-tests=true}
 * (docs/operations.md).
 */
@EnabledIfSystemProperty(named = "caseflow.fault-tests", matches = "true")
class WorkflowNodeKilledUnderLoadIT {

    private static final String WORKER = "frontdoor.worker";
    private static final int CLIENTS = 10;
    /**
     * The killed node starts again while the clients keep the other busy, on the same processors:
     * far slower than a start with nothing else to do (over 7 minutes on 2 shared processors).
     */
    private static final Duration RESTART_TIMEOUT = RunningCaseflow.START_TIMEOUT.multipliedBy(3);
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
        assertThat(gateway.get("/api/workflow/identity/me", ContactDecisions.MANAGER).status()).isEqualTo(200);
        ContactDecisions deciding = new ContactDecisions(gateway);
        ContactLoad load = ContactLoad.start(gateway, WORKER, CLIENTS, deciding);
        try {
            awaitMoreAccepted(load);
            stack.kill(CaseflowService.WORKFLOW);
            awaitMoreAccepted(load);
            stack.start(CaseflowService.WORKFLOW, RESTART_TIMEOUT);
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

        // every contact's overdue-decision timer fires once, on either node, unless its decision came first and ended it;
        // one caught running on the killed node waits out its lock
        List<String> contacts = contactsByReason.values().stream().flatMap(List::stream).toList();
        String inList = contacts.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2)).until(() -> "0".equals(single(CaseflowService.WORKFLOW, """
                select count(*) from act_ru_job job join act_ru_jobdef definition on definition.id_ = job.job_def_id_
                where definition.act_id_ = 'Timer_ContactDecisionDue1WD'""")));
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

        // the decisions: each made once, whether at the first attempt or found made on trying again
        List<ContactDecisions.Decision> decisions = deciding.decisions();
        Map<ContactDecisions.Result, Long> decisionsByResult = decisions.stream()
                .collect(Collectors.groupingBy(ContactDecisions.Decision::result, () -> new EnumMap<>(ContactDecisions.Result.class),
                        Collectors.counting()));
        List<String> decided = decisions.stream().filter(decision -> decision.result() != ContactDecisions.Result.NOT_DECIDED)
                .map(ContactDecisions.Decision::contactId).toList();
        List<ContactDecisions.Attempt> decisionRefusals = decisions.stream().flatMap(decision -> decision.refusals().stream()).toList();
        long racesWithTheTimer = decisionRefusals.stream().filter(attempt -> attempt.status() == 409).count();
        Map<Integer, Long> decisionRefusalsByStatus = decisionRefusals.stream().filter(attempt -> attempt.status() != 409)
                .collect(Collectors.groupingBy(ContactDecisions.Attempt::status, Collectors.counting()));
        long foundDoneWithoutARefusedCompletion = decisions.stream()
                .filter(decision -> decision.result() == ContactDecisions.Result.FOUND_ALREADY_DONE && !decision.completionRetried()).count();
        Map<String, Long> decidedEvents = rows(CaseflowService.WORKFLOW,
                "select contact_id from journey.event where type = 'ContactDecided' and contact_id in (" + inList + ")").stream()
                .collect(Collectors.groupingBy(row -> row.get(0), Collectors.counting()));
        long decidedMissing = decided.stream().filter(contact -> !decidedEvents.containsKey(contact)).count();
        long decidedTwice = decidedEvents.values().stream().filter(count -> count > 1).count();
        Set<String> decidedInTheFeed = decidedEvents.keySet();
        Set<String> caseworkDecided = new HashSet<>(column(CaseflowService.CASEWORK,
                "select contact_id from casework.contact where outcome = 'NO_FURTHER_ACTION' and contact_id in (" + inList + ")"));
        Set<String> kpiDecided = new HashSet<>(column(CaseflowService.KPI,
                "select contact_id from kpi.contact_fact where outcome = 'NO_FURTHER_ACTION' and contact_id in (" + inList + ")"));

        System.out.printf("[workflow node killed] %d clients, %d requests: %d accepted, %d refused %s, %d unanswered;"
                        + " 1 of 2 nodes kill -9'd and started again%n",
                CLIENTS, load.outcomes().size(), load.accepted().size(), refused.size(), refusedByStatus, unanswered);
        System.out.printf("[workflow node killed] accepted but not in the feed: %d; in the feed twice: %d; refused yet saved: %d;"
                        + " overdue-decision timers fired %d for %d contacts (once each at most); casework holds %d, kpi %d%n",
                acceptedMissing, doubled, savedThoughRefused, escalations.size(), contacts.size(),
                caseworkContacts.size(), kpiContacts.size());
        System.out.printf("[workflow node killed] decisions: %d tried, %s; %d requests (finding the task, completing it), %d refused %s,"
                        + " %d lost a race with the decision's own overdue timer (409, tried again)%n",
                decisions.size(), decisionsByResult, decisions.stream().mapToInt(decision -> decision.attempts().size()).sum(),
                decisionRefusals.size() - racesWithTheTimer, decisionRefusalsByStatus, racesWithTheTimer);
        System.out.printf("[workflow node killed] decisions made but not in the feed: %d; in the feed twice: %d; casework holds %d, kpi %d;"
                        + " %d contacts decided before their overdue-decision timer fired%n",
                decidedMissing, decidedTwice, caseworkDecided.size(), kpiDecided.size(),
                contacts.stream().filter(contact -> decidedEvents.containsKey(contact) && !escalations.contains(contact)).count());

        assertThat(acceptedMissing).as("accepted contacts missing from the feed").isZero();
        assertThat(doubled).as("requests that started two journeys").isZero();
        assertThat(unanswered).as("requests that got no answer at all").isZero();
        assertThat(refusedByStatus.keySet()).as("refusals by status: a problem to retry, never a 500").isSubsetOf(502, 503);
        assertThat(refused.size()).as("a few refusals at most: those the killed node had").isLessThanOrEqualTo(2 * CLIENTS);
        assertThat(savedThoughRefused).as("refused, yet saved: only those the node had when it died")
                .isLessThanOrEqualTo(refusedByStatus.getOrDefault(502, 0L));
        assertThat(escalations).as("each overdue-decision timer fired at most once").doesNotHaveDuplicates();
        assertThat(escalations).as("the timer of every contact not decided fired")
                .containsAll(contacts.stream().filter(contact -> !decidedEvents.containsKey(contact)).toList());

        assertThat(decisionsByResult.getOrDefault(ContactDecisions.Result.NOT_DECIDED, 0L))
                .as("decisions neither made nor found made: " + decisions.stream()
                        .filter(decision -> decision.result() == ContactDecisions.Result.NOT_DECIDED).toList()).isZero();
        assertThat(decisions).as("a decision tried for every contact accepted").hasSameSizeAs(load.accepted());
        assertThat(decisionRefusalsByStatus.keySet()).as("decisions' refusals by status: a problem to retry, never a 500")
                .isSubsetOf(502, 503);
        assertThat(decisionRefusals).as("decisions' refusals: each one the client may retry").allMatch(ContactDecisions.Attempt::retryable);
        assertThat(refused.size() + decisionRefusals.size() - racesWithTheTimer)
                .as("a few refusals at most, contacts and decisions together: those the killed node had").isLessThanOrEqualTo(2 * CLIENTS);
        assertThat(foundDoneWithoutARefusedCompletion).as("decisions found made that no refused request could have made").isZero();
        assertThat(decidedMissing).as("decisions made but not in the feed").isZero();
        assertThat(decidedTwice).as("contacts decided twice").isZero();
        assertThat(decidedInTheFeed).as("the decisions in the feed: those made, no other").containsExactlyInAnyOrderElementsOf(decided);
        assertThat(caseworkDecided).as("casework's decided contacts").containsExactlyInAnyOrderElementsOf(decided);
        assertThat(kpiDecided).as("kpi's decided contact facts").containsExactlyInAnyOrderElementsOf(decided);
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
