package org.caseflow.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.CaseflowStack;
import org.caseflow.localstack.Database;
import org.caseflow.localstack.Durability;
import org.caseflow.testsupport.StoppablePostgres;

/**
 * What durability costs on this machine: the same measurements on an embedded PostgreSQL started
 * {@link Durability#DURABLE} (the run command's) and {@link Durability#THROWAWAY} (the tests'):
 * <ol>
 *   <li>PostgreSQL alone: clients committing one-row transactions as fast as they can;</li>
 *   <li>the whole of Caseflow on it: clients recording contacts through the gateway as fast as
 *       they can ({@link ContactLoad}), after a warm-up.</li>
 * </ol>
 * A harness run by hand, never by the build (it is no test), whose figures go into
 * {@code docs/operations.md}, where the commands to run it are.
 * Arguments: clients (default 8), seconds measured (default 60) and rounds (default 2, each
 * measuring both settings). It takes about five minutes a round.
 */
public final class DurabilityBenchmark {

    private static final String WORKER = "frontdoor.worker";
    private static final Duration WARM_UP = Duration.ofSeconds(20);
    private static final Duration COMMITS_MEASURED = Duration.ofSeconds(10);

    private DurabilityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        Duration measured = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 60);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<String> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            // each round in the other order, so that neither setting always runs on a warmer machine
            List<Durability> order = round % 2 == 1 ? List.of(Durability.DURABLE, Durability.THROWAWAY)
                    : List.of(Durability.THROWAWAY, Durability.DURABLE);
            for (Durability durability : order) {
                results.add("round %d  %s".formatted(round, measure(durability, clients, measured)));
            }
        }
        System.out.printf("%n%d clients, contacts measured for %d s after a %d s warm-up, on %d processors:%n",
                clients, measured.toSeconds(), WARM_UP.toSeconds(), Runtime.getRuntime().availableProcessors());
        results.forEach(System.out::println);
        System.exit(0);
    }

    /**
     * A server of its own under {@code target}, on the disk the repository (and so the run
     * command's data) is on: a temporary directory may be kept in memory, where a flush costs nothing.
     */
    private static String measure(Durability durability, int clients, Duration measured) throws Exception {
        Path directory = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "durability-benchmark-");
        try (StoppablePostgres postgres = StoppablePostgres.start(directory, durability)) {
            double commits = commitsPerSecond(postgres, clients);
            ContactFigures contacts = contactsPerSecond(postgres, clients, measured);
            return "%-9s  %,8.0f commits/s   %5.1f contacts/s   p50 %4d ms   p99 %4d ms   (%d recorded, %d refused; load %s)"
                    .formatted(durability, commits, contacts.perSecond(), contacts.p50().toMillis(), contacts.p99().toMillis(),
                            contacts.recorded(), contacts.refused(), loadAverage());
        }
    }

    /**
     * The machine's load over the last minute as the measurement ends (Linux only): with two
     * processors, anything much above what Caseflow itself puts there is other work competing.
     */
    private static String loadAverage() {
        Path loadAverage = Path.of("/proc/loadavg");
        try {
            return Files.exists(loadAverage) ? Files.readString(loadAverage).split(" ")[0] : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Clients each committing one-row transactions on a connection of their own. */
    private static double commitsPerSecond(StoppablePostgres postgres, int clients) throws Exception {
        Database database = postgres.server().ensureDatabase("caseflow_commits");
        try (Connection setup = connect(database); Statement statement = setup.createStatement()) {
            statement.execute("create table if not exists commit_test (id bigserial primary key, note text)");
        }
        Instant end = Instant.now().plus(COMMITS_MEASURED);
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        List<Future<Long>> counts = new ArrayList<>();
        for (int client = 0; client < clients; client++) {
            counts.add(threads.submit(() -> {
                long committed = 0;
                try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
                    while (Instant.now().isBefore(end)) {
                        statement.execute("insert into commit_test (note) values ('one commit')"); // autocommit: one transaction each
                        committed++;
                    }
                }
                return committed;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        threads.shutdown();
        return total / (double) COMMITS_MEASURED.toSeconds();
    }

    private record ContactFigures(double perSecond, Duration p50, Duration p99, int recorded, int refused) {
    }

    /** The whole of Caseflow on the server; contacts recorded through the gateway, timed after a warm-up. */
    private static ContactFigures contactsPerSecond(StoppablePostgres postgres, int clients, Duration measured) throws Exception {
        Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
        try (CaseflowStack stack = RunningCaseflow.startOwn(postgres.server(), databases, RunningCaseflow.UNDER_LOAD, "benchmark")) {
            Gateway gateway = new Gateway(stack.url(CaseflowService.GATEWAY), stack.url(CaseflowService.IDENTITY_PROVIDER));
            gateway.get("/api/workflow/identity/me", WORKER);
            Instant from = Instant.now().plus(WARM_UP);
            Instant to = from.plus(measured);
            ContactLoad load = ContactLoad.start(gateway, WORKER, clients);
            Thread.sleep(Duration.between(Instant.now(), to).toMillis());
            load.close();
            List<Duration> recorded = load.accepted().stream()
                    .filter(outcome -> !outcome.sent().isBefore(from) && outcome.answered().isBefore(to))
                    .map(ContactLoad.Outcome::took).sorted().toList();
            int refused = (int) load.refused().stream().filter(outcome -> !outcome.sent().isBefore(from)).count();
            return new ContactFigures(recorded.size() / (double) measured.toSeconds(), percentile(recorded, 50),
                    percentile(recorded, 99), recorded.size(), refused);
        }
    }

    private static Duration percentile(List<Duration> sorted, int percent) {
        return sorted.isEmpty() ? Duration.ZERO : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }

    private static Connection connect(Database database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
