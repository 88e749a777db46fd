package org.caseflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.PostgresServer;
import org.caseflow.testsupport.StubServers;

/**
 * P4: the stack as the run command starts it ({@link CaseflowStack}: the four services and the local identity provider
 * as processes from their executable jars, with the run command's JVM settings, the local profile and its demo data),
 * on free ports and new databases of the bench's PostgreSQL, so that it never meets a Caseflow already running here.
 * The figures: how long until every service is healthy, and each process's resident memory then. The gateway's rate
 * limits are raised, as they must be for P1, which runs on the same stack; they play no part in starting.
 */
final class StackStartBenchmark {

    /** The stack, up: how long it took, and each service's resident set size in MB once all were up. */
    record Started(CaseflowStack stack, Map<CaseflowService, Database> databases, Duration upIn,
            Map<CaseflowService, Long> residentMegabytes) implements AutoCloseable {

        @Override
        public void close() {
            stack.close();
        }
    }

    private static final Duration TIMEOUT = Duration.ofMinutes(4);
    private static final String NO_LIMIT = "1000000";

    private final Path repositoryRoot;
    private final PostgresServer postgres;
    private final Path logDirectory;

    StackStartBenchmark(Path repositoryRoot, PostgresServer postgres, Path logDirectory) {
        this.repositoryRoot = repositoryRoot;
        this.postgres = postgres;
        this.logDirectory = logDirectory;
    }

    Started start() {
        Map<CaseflowService, Integer> ports = new EnumMap<>(CaseflowService.class);
        Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            ports.put(service, StubServers.freePort());
            if (service.ownsDatabase()) {
                databases.put(service, postgres.createUniqueDatabase("bench_" + service.databaseName()));
            }
        }
        CaseflowStack stack = new CaseflowStack(repositoryRoot, "127.0.0.1", ports, databases, Map.of("SPRING_PROFILES_ACTIVE", "local",
                "RATE_LIMIT_CAPACITY", NO_LIMIT, "RATE_LIMIT_PER_MINUTE", NO_LIMIT, "RATE_LIMIT_ADDRESS_CAPACITY", NO_LIMIT,
                "RATE_LIMIT_ADDRESS_PER_MINUTE", NO_LIMIT), logDirectory);
        try {
            long started = System.nanoTime();
            stack.startAll(TIMEOUT);
            Duration upIn = Duration.ofNanos(System.nanoTime() - started);
            Map<CaseflowService, Long> resident = new EnumMap<>(CaseflowService.class);
            for (CaseflowService service : CaseflowService.values()) {
                stack.pid(service).ifPresent(pid -> resident.put(service, residentMegabytes(pid)));
            }
            return new Started(stack, databases, upIn, resident);
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    /** VmRSS of /proc/pid/status, in MB. */
    static long residentMegabytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024)
                    .findFirst().orElse(-1);
        } catch (IOException e) {
            return -1;
        }
    }
}
