package org.caseflow.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.PostgresServer;
import org.caseflow.testsupport.StubServers;
import org.caseflow.testsupport.TestPostgres;

/**
 * The whole of Caseflow, started once for all end-to-end tests in this JVM: the four services and
 * the local identity provider as processes from their executable jars, on free ports, each
 * service on a fresh database of the test PostgreSQL, with the local profile's demo people.
 */
final class RunningCaseflow {

    static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    /**
     * For a Caseflow of a test's own that is put under load: no demo journeys, and the gateway's rate limits out of
     * the way of clients recording as fast as they can.
     */
    static final Map<String, String> UNDER_LOAD = Map.of(
            "CASEFLOW_DEMO_DATA", "false",
            "RATE_LIMIT_CAPACITY", "1000000", "RATE_LIMIT_PER_MINUTE", "1000000",
            "RATE_LIMIT_ADDRESS_CAPACITY", "1000000", "RATE_LIMIT_ADDRESS_PER_MINUTE", "1000000");

    private static CaseflowStack stack;
    private static Instant readyAt;
    private static Gateway gateway;
    private static final Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);

    private RunningCaseflow() {
    }

    static synchronized CaseflowStack stack() {
        if (stack == null) {
            stack = start();
        }
        return stack;
    }

    /**
     * When the shared Caseflow was ready. The workflow service records the demo journeys before it says it
     * is ready, and every test records its own after: a child first heard of before this is the demo's.
     */
    static Instant readyAt() {
        stack();
        return readyAt;
    }

    /** A service's own database, for checking that refused requests changed nothing. */
    static Database database(CaseflowService service) {
        stack();
        return databases.get(service);
    }

    /** One gateway client for every test, so that each demo person signs in once. */
    static synchronized Gateway gateway() {
        if (gateway == null) {
            gateway = new Gateway(stack().url(CaseflowService.GATEWAY), stack().url(CaseflowService.IDENTITY_PROVIDER));
        }
        return gateway;
    }

    private static CaseflowStack start() {
        CaseflowStack started = create(TestPostgres.server(), databases, Map.of(), "e2e-logs");
        TestPostgres.closeBeforeShutdown(started);
        started.startAll(START_TIMEOUT);
        readyAt = Instant.now();
        return started;
    }

    /**
     * A Caseflow of one test's own, for a test that does to it what the other tests must not see,
     * such as stopping its database. Started like the shared one, on {@code postgres}; the caller
     * closes it, and should do so before its test class ends, as it holds five processes.
     *
     * @param databases filled with each service's database, for the test to look into
     * @param settings  what every service gets besides the local profile
     * @param name      the test's name, for the log directory: {@code target/e2e-logs-<name>}
     */
    static CaseflowStack startOwn(PostgresServer postgres, Map<CaseflowService, Database> databases, Map<String, String> settings,
            String name) {
        CaseflowStack started = create(postgres, databases, settings, "e2e-logs-" + name);
        try {
            started.startAll(START_TIMEOUT);
            return started;
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
    }

    private static CaseflowStack create(PostgresServer postgres, Map<CaseflowService, Database> databases,
            Map<String, String> settings, String logDirectory) {
        Map<CaseflowService, Integer> ports = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            ports.put(service, StubServers.freePort());
            if (service.ownsDatabase()) {
                databases.put(service, postgres.createUniqueDatabase(service.databaseName()));
            }
        }
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("SPRING_PROFILES_ACTIVE", "local");
        Path moduleDirectory = Path.of("").toAbsolutePath();
        return new CaseflowStack(moduleDirectory.getParent(), "127.0.0.1", ports, databases, environment,
                moduleDirectory.resolve("target").resolve(logDirectory));
    }

    /**
     * Casework and the KPI service have read the feed as far as it went when asked, so that what they hold no longer
     * changes on its own while a test counts from it (an earlier test's journeys, or the demo's, may still be reaching
     * them).
     */
    static void awaitConsumersCaughtUp() throws Exception {
        long end = scalar(CaseflowService.WORKFLOW, "select coalesce(max(position), 0) from journey.event");
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (scalar(CaseflowService.CASEWORK, "select coalesce(min(position), 0) from casework.feed_cursor") < end
                || scalar(CaseflowService.KPI, "select coalesce(min(position), 0) from kpi.feed_cursor") < end) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The consumers did not read the feed to position " + end + " within a minute");
            }
            Thread.sleep(200);
        }
    }

    private static long scalar(CaseflowService service, String sql) throws Exception {
        Database database = database(service);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
