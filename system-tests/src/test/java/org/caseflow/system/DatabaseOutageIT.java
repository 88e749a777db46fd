package org.caseflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.Durability;
import org.caseflow.testsupport.StoppablePostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL server the services use is stopped for real (a shutdown: every connection closed,
 * new ones refused; not a pause) while front-door workers record contacts through the gateway,
 * and started again. It runs on a Caseflow and a PostgreSQL server of its own, the server started
 * as the run command starts its own, so that no other test sees the outage.
 */
class DatabaseOutageIT {

    private static final String WORKER = "frontdoor.worker";
    private static final int CLIENTS = 4;
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    /** The promise: answering again within 10 s of the database's return. */
    private static final Duration RECOVERY = Duration.ofSeconds(10);
    /** A refusal comes within the pool's 2 s wait for a connection, plus the work around it. */
    private static final Duration PROMPT = Duration.ofSeconds(8);
    private static final String DATABASE_UNAVAILABLE = "https://caseflow.example/problems/database-unavailable";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    static Path directory;
    private static StoppablePostgres postgres;
    private static CaseflowStack stack;
    private static final Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
    private static Gateway gateway;

    @BeforeAll
    static void startCaseflowOnAServerOfItsOwn() {
        postgres = StoppablePostgres.start(directory, Durability.DURABLE);
        stack = RunningCaseflow.startOwn(postgres.server(), databases, RunningCaseflow.UNDER_LOAD,
                "database-outage");
        gateway = new Gateway(stack.url(CaseflowService.GATEWAY), stack.url(CaseflowService.IDENTITY_PROVIDER));
    }

    @AfterAll
    static void stopIt() {
        if (stack != null) {
            stack.close();
        }
        postgres.close();
    }

    @Test
    void aStoppedDatabaseIsAnswered503AndEverythingRecoversByItselfWithNothingLostOrDoneTwice() throws Exception {
        Map<CaseflowService, Long> processes = processIds();
        assertThat(gateway.get("/api/workflow/identity/me", WORKER).status()).isEqualTo(200); // signed in before the load
        Instant back;
        Map<String, Duration> recovery;
        ContactLoad load = ContactLoad.start(gateway, WORKER, CLIENTS);
        try {
            await().atMost(Duration.ofMinutes(1)).until(() -> load.accepted().size() >= 20);
            String knownChild = load.accepted().get(0).response().json().get("laChildId").asText();

            postgres.stop();
            Instant stopped = Instant.now();
            assertEveryServiceSaysTheDatabaseIsAway(knownChild);
            await().atMost(OUTAGE).until(() -> !load.refused().isEmpty());
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), stopped.plus(OUTAGE)).toMillis()));

            postgres.startAgain();
            back = Instant.now();
            recovery = timeUntilEveryServiceAnswers(knownChild);
            await().atMost(Duration.ofMinutes(1)).until(() -> load.acceptedAfter(back) >= 20);
        } finally {
            load.close();
        }

        System.out.printf("[database outage] %d requests: %d accepted, %d refused; slowest refusal %d ms; answering again after %s%n",
                load.outcomes().size(), load.accepted().size(), load.refused().size(), slowestRefusal(load).toMillis(), recovery);
        assertThat(recovery.values()).as("answering again within %s of the database's return: %s", RECOVERY, recovery)
                .allMatch(took -> took.compareTo(RECOVERY) < 0);
        assertEveryRefusalWasAPrompt503WithRetryAfter(load);
        assertEveryAcceptedContactIsInTheOutboxOnce(load);
        assertTheConsumersHoldTheOutboxExactlyOnce();
        assertThat(processIds()).as("no service was restarted").isEqualTo(processes);
    }

    /** Readiness is DOWN, and each service's requests are refused with 503 through the gateway. */
    private void assertEveryServiceSaysTheDatabaseIsAway(String knownChild) {
        for (CaseflowService service : List.of(CaseflowService.WORKFLOW, CaseflowService.CASEWORK, CaseflowService.KPI)) {
            HttpResponse<String> readiness = readiness(service);
            assertThat(readiness.statusCode()).as(service.module() + " readiness: " + readiness.body()).isEqualTo(503);
            assertThat(readiness.body()).contains("\"DOWN\"");
        }
        assertIsAPromptOutageAnswer(timed(() -> gateway.get("/api/casework/children/" + knownChild, WORKER)));
        assertIsAPromptOutageAnswer(timed(() -> gateway.get("/api/kpi/catalogue", WORKER)));
        assertIsAPromptOutageAnswer(timed(() -> gateway.get("/engine-rest/task", WORKER)));
        assertIsAPromptOutageAnswer(timed(() -> gateway.get("/camunda/api/engine/engine/default/task/count", WORKER))); // Tasklist's
    }

    /**
     * How long after the database's return each service answered again. Each check asks on a
     * thread of its own every quarter of a second, so that one still waiting does not hold up the
     * others' clocks.
     */
    private Map<String, Duration> timeUntilEveryServiceAnswers(String knownChild) {
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("workflow-service records a contact", () -> gateway.post("/api/workflow/contacts", WORKER, """
                {"child": {"givenName": "Robin", "familyName": "Returned", "dateOfBirth": "2016-04-02"},
                 "source": "SCHOOL", "receivedAt": "2025-11-03T09:00", "reason": "Recorded as the database returned."}""")
                .status() == 201);
        checks.put("workflow-service answers engine REST", () -> gateway.get("/engine-rest/task", WORKER).status() == 200);
        checks.put("casework-service reads a child", () -> gateway.get("/api/casework/children/" + knownChild, WORKER).status() == 200);
        checks.put("kpi-service reads its catalogue", () -> gateway.get("/api/kpi/catalogue", WORKER).status() == 200);
        for (CaseflowService service : List.of(CaseflowService.WORKFLOW, CaseflowService.CASEWORK, CaseflowService.KPI)) {
            checks.put(service.module() + " is ready", () -> readiness(service).statusCode() == 200);
        }
        Instant back = Instant.now();
        ExecutorService checkers = Executors.newFixedThreadPool(checks.size());
        try {
            Map<String, CompletableFuture<Duration>> answered = new LinkedHashMap<>();
            checks.forEach((check, answers) -> answered.put(check, CompletableFuture.supplyAsync(() -> {
                await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(250)).until(answers::getAsBoolean);
                return Duration.between(back, Instant.now());
            }, checkers)));
            Map<String, Duration> answeredAfter = new LinkedHashMap<>();
            answered.forEach((check, after) -> answeredAfter.put(check, after.join()));
            return answeredAfter;
        } finally {
            checkers.shutdownNow();
        }
    }

    private void assertEveryRefusalWasAPrompt503WithRetryAfter(ContactLoad load) {
        assertThat(load.refused()).as("the outage was felt").isNotEmpty();
        for (ContactLoad.Outcome refused : load.refused()) {
            assertThat(refused.failure()).as("request %d got no answer at all", refused.request()).isNull();
            assertIsAPromptOutageAnswer(new Timed(refused.response(), refused.took()));
        }
    }

    private void assertEveryAcceptedContactIsInTheOutboxOnce(ContactLoad load) throws SQLException {
        Map<String, List<String>> contactsByReason = query(CaseflowService.WORKFLOW, """
                        select data->>'contactReason', contact_id from journey.event
                        where type = 'ContactReceived' and data->>'contactReason' like '%s%%'""".formatted(ContactLoad.REASON))
                .stream().collect(Collectors.groupingBy(row -> row.get(0), Collectors.mapping(row -> row.get(1), Collectors.toList())));
        assertThat(contactsByReason.values()).as("no request started two journeys").allMatch(contacts -> contacts.size() == 1);
        for (ContactLoad.Outcome accepted : load.accepted()) {
            assertThat(contactsByReason.get(accepted.reason())).as(accepted.reason())
                    .containsExactly(accepted.response().json().get("contactId").asText());
        }
        // A request can be refused although its journey was saved: the database stopped after its commit,
        // before the answer was sent. At most one for each client, at the moment of the stop.
        long savedThoughRefused = load.refused().stream().filter(refused -> contactsByReason.containsKey(refused.reason())).count();
        System.out.printf("[database outage] refused, yet saved as the database stopped: %d%n", savedThoughRefused);
        assertThat(savedThoughRefused).as("refused requests whose journey was saved all the same").isLessThanOrEqualTo(CLIENTS);
    }

    /**
     * Every contact of the load in the outbox, with the escalation its overdue decision's timer
     * wrote, is in casework-service's record and kpi-service's facts, none missing and none
     * twice, and neither consumer set any event aside.
     */
    private void assertTheConsumersHoldTheOutboxExactlyOnce() throws SQLException {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            List<String> contacts = column(CaseflowService.WORKFLOW, """
                    select contact_id from journey.event
                    where type = 'ContactReceived' and data->>'contactReason' like '%s%%'""".formatted(ContactLoad.REASON));
            String inList = contacts.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
            List<String> escalated = column(CaseflowService.WORKFLOW,
                    "select contact_id from journey.event where type = 'ContactDecisionOverdue' and contact_id in (" + inList + ")");
            assertThat(escalated).as("the job executor fired every overdue decision's timer, once")
                    .containsExactlyInAnyOrderElementsOf(contacts);
            List<String> events = column(CaseflowService.WORKFLOW,
                    "select event_id::text from journey.event where contact_id in (" + inList + ")");

            assertThat(column(CaseflowService.CASEWORK, "select contact_id from casework.contact where reason like '%s%%'"
                    .formatted(ContactLoad.REASON))).as("casework's contacts").containsExactlyInAnyOrderElementsOf(contacts);
            assertThat(column(CaseflowService.CASEWORK, "select event_id::text from casework.chronology_entry where event_id::text in ("
                    + events.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",")) + ")"))
                    .as("casework's chronology").containsExactlyInAnyOrderElementsOf(events);
            assertThat(column(CaseflowService.KPI, "select contact_id from kpi.contact_fact where contact_id in (" + inList + ")"))
                    .as("kpi's contact facts").containsExactlyInAnyOrderElementsOf(contacts);
            String last = column(CaseflowService.WORKFLOW, "select coalesce(max(position), 0)::text from journey.event").get(0);
            assertThat(column(CaseflowService.CASEWORK, "select position::text from casework.feed_cursor")).containsExactly(last);
            assertThat(column(CaseflowService.KPI, "select position::text from kpi.feed_cursor")).containsExactly(last);
        });
        assertThat(column(CaseflowService.CASEWORK, "select event_id::text from casework.feed_quarantine")).as("set aside").isEmpty();
        assertThat(column(CaseflowService.KPI, "select event_id::text from kpi.feed_quarantine")).as("set aside").isEmpty();
    }

    private static void assertIsAPromptOutageAnswer(Timed timed) {
        Gateway.Response response = timed.response();
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.header("Retry-After")).as("Retry-After of " + response.body()).isNotBlank();
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo(DATABASE_UNAVAILABLE);
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(timed.took()).as("answered promptly, not hung").isLessThan(PROMPT);
    }

    private record Timed(Gateway.Response response, Duration took) {
    }

    private static Timed timed(Supplier<Gateway.Response> request) {
        long started = System.nanoTime();
        Gateway.Response response = request.get();
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private static Duration slowestRefusal(ContactLoad load) {
        return load.refused().stream().map(ContactLoad.Outcome::took).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private static HttpResponse<String> readiness(CaseflowService service) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(stack.url(service) + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<CaseflowService, Long> processIds() {
        Map<CaseflowService, Long> ids = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            ids.put(service, stack.pid(service).orElseThrow());
        }
        return ids;
    }

    private static List<String> column(CaseflowService service, String sql) throws SQLException {
        return query(service, sql).stream().map(row -> row.get(0)).toList();
    }

    private static List<List<String>> query(CaseflowService service, String sql) throws SQLException {
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
