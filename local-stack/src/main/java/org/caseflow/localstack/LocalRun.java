package org.caseflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The run command: PostgreSQL (embedded, or yours via {@code CASEFLOW_DB_URL}), then the four
 * services and the local identity provider with the local profile's demo people, then the URLs.
 * Ctrl-C stops everything.
 *
 * <p>Settings, all optional: {@code CASEFLOW_HOME} (data and logs, default {@code .caseflow}),
 * {@code CASEFLOW_DB_PORT} (embedded PostgreSQL, default 15432), {@code CASEFLOW_DB_URL},
 * {@code CASEFLOW_DB_USER}, {@code CASEFLOW_DB_PASSWORD} (an external server instead),
 * {@code CASEFLOW_BIND_ADDRESS} (what the services listen on, default 127.0.0.1).
 * The argument {@code --reset} deletes the embedded database first; its password is kept.
 * The argument {@code --demo-scale=council} puts a year of a simulated council into the KPI service's database
 * before the services start (once), so that the report shows a real-looking council ({@link #fillDemoCouncil}).
 *
 * <p>A service that dies while the run goes on is reported with its log and started again, up to
 * three times in ten minutes ({@link ServiceSupervisor}).
 */
public final class LocalRun {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    /** Ctrl-C reaches the services too; a service ending within this of it is being stopped, not dying. */
    private static final Duration DEATH_REPORT_GRACE = Duration.ofSeconds(2);

    private static final String RESET = "--reset";
    private static final String DEMO_SCALE_COUNCIL = "--demo-scale=council";
    private static final List<String> KNOWN_OPTIONS = List.of(RESET, DEMO_SCALE_COUNCIL);

    private LocalRun() {
    }

    /**
     * A year of a simulated council the reference report's size, written into the KPI service's database by the
     * benchmark harness's simulator (a process of its own: it brings the simulator and the KPI service's migrations,
     * which the run command does not carry). Once per database; the demo journeys run beside it as ever.
     */
    private static void fillDemoCouncil(Path root, Database kpi) throws InterruptedException {
        System.out.println("Putting a year of a simulated council into the KPI database (once; a minute at most) …");
        Path harness;
        try {
            harness = CaseflowStack.executableJar(root, "bench");
        } catch (IllegalStateException e) {
            System.err.println("The simulator is not built: ./run.sh " + DEMO_SCALE_COUNCIL + " builds it.");
            System.exit(1);
            return;
        }
        try {
            Process fill = new ProcessBuilder(ServiceProcess.javaExecutable(), "-Duser.timezone=Europe/London", "-jar",
                    harness.toString(), "--fill-demo-council", kpi.jdbcUrl(), kpi.username(), kpi.password())
                    .inheritIO().start();
            if (fill.waitFor() != 0) {
                System.err.println("The simulated council could not be put into the KPI database (above).");
                System.exit(1);
            }
        } catch (IOException e) {
            System.err.println("Could not start the simulator: " + e.getMessage());
            System.exit(1);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        Path root = Path.of("").toAbsolutePath();
        Path home = root.resolve(env.getOrDefault("CASEFLOW_HOME", ".caseflow"));
        Path postgresData = home.resolve("postgres");
        BindAddress bindAddress = bindAddress(env);
        List<String> options = List.of(args);
        List<String> unknown = options.stream().filter(option -> !KNOWN_OPTIONS.contains(option)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("Unknown option " + unknown + ": the run command takes " + String.join(" and ", KNOWN_OPTIONS));
            System.exit(2);
        }
        if (options.contains(RESET)) {
            deleteRecursively(postgresData);
            System.out.println("Reset: deleted " + postgresData);
        }
        Map<CaseflowService, Integer> ports = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            ports.put(service, requireFree(service.defaultPort(), service.module()));
        }

        long started = System.nanoTime();
        EmbeddedPostgresServer embedded = null;
        PostgresServer postgres;
        if (env.containsKey("CASEFLOW_DB_URL")) {
            postgres = new PostgresServer(env.get("CASEFLOW_DB_URL"), env.getOrDefault("CASEFLOW_DB_USER", "postgres"),
                    env.getOrDefault("CASEFLOW_DB_PASSWORD", ""), env.get("CASEFLOW_DB_URL"));
        } else {
            int port = requireFree(Integer.parseInt(env.getOrDefault("CASEFLOW_DB_PORT", "15432")), "embedded PostgreSQL");
            try {
                embedded = startEmbeddedPostgres(home, port);
            } catch (IllegalStateException e) {
                System.err.println(e.getMessage());
                System.exit(1);
                return;
            }
            postgres = embedded.server();
        }
        System.out.println("PostgreSQL: " + postgres.origin());

        Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            if (service.ownsDatabase()) {
                databases.put(service, postgres.ensureDatabase(service.databaseName()));
            }
        }
        if (options.contains(DEMO_SCALE_COUNCIL)) {
            fillDemoCouncil(root, databases.get(CaseflowService.KPI));
        }
        Path logs = home.resolve("logs");
        String host = bindAddress.browserHost();
        CaseflowStack stack = new CaseflowStack(root, host, bindAddress, ports, databases,
                Map.of("SPRING_PROFILES_ACTIVE", "local"), logs);
        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedPostgresServer database = embedded;
        ServiceSupervisor supervisor = new ServiceSupervisor(stack, System.out, START_TIMEOUT, DEATH_REPORT_GRACE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Caseflow…");
            supervisor.shutDown();
            stack.close();
            if (database != null) {
                database.close();
            }
            System.out.println("Stopped.");
            stopped.countDown();
        }, "caseflow-stop"));

        System.out.println("Starting the four services and the local identity provider (logs in " + logs + ") …");
        System.out.println(Banner.listening(bindAddress));
        try {
            stack.startAll(START_TIMEOUT);
        } catch (RuntimeException e) {
            System.err.println("Caseflow did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("%nCaseflow is running (started in %d s).%n%s%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), Banner.text(host, ports.get(CaseflowService.GATEWAY), bindAddress));
        // from now on a service that dies is reported, with its log, and started again
        stack.whenAServiceDies(supervisor);
        stopped.await();
    }

    /**
     * The embedded PostgreSQL as the run command starts it: durable, because people keep their
     * work in it (trials, training, a team's pilot), and a crash or power loss must not take
     * committed work with it. Data in {@code home/postgres}, its password in {@code home/postgres-password}.
     */
    static EmbeddedPostgresServer startEmbeddedPostgres(Path home, int port) {
        return EmbeddedPostgresServer.startPersistent(home.resolve("postgres"), home.resolve("postgres-password"), port,
                Durability.DURABLE);
    }

    private static BindAddress bindAddress(Map<String, String> env) {
        try {
            return BindAddress.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return BindAddress.LOOPBACK;
        }
    }

    private static int requireFree(int port, String what) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return port;
        } catch (IOException e) {
            System.err.println("Port " + port + " (" + what + ") is already in use. Is Caseflow already running?");
            System.exit(1);
            return port;
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
