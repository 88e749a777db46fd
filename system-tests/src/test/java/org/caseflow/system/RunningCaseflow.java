package org.caseflow.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
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

    private static CaseflowStack stack;
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
        PostgresServer postgres = TestPostgres.server();
        Map<CaseflowService, Integer> ports = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            ports.put(service, StubServers.freePort());
            if (service.ownsDatabase()) {
                databases.put(service, postgres.createUniqueDatabase(service.databaseName()));
            }
        }
        Path moduleDirectory = Path.of("").toAbsolutePath();
        CaseflowStack started = new CaseflowStack(moduleDirectory.getParent(), "127.0.0.1", ports, databases,
                Map.of("SPRING_PROFILES_ACTIVE", "local"), moduleDirectory.resolve("target/e2e-logs"));
        TestPostgres.closeBeforeShutdown(started);
        started.startAll(START_TIMEOUT);
        return started;
    }
}
