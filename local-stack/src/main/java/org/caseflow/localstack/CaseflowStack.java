package org.caseflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The Caseflow services running as processes on this machine, with the local identity provider,
 * wired to each other and to their databases through the same environment variables that
 * docker-compose sets. Each listens on the bind address only: 127.0.0.1 unless widened.
 */
public final class CaseflowStack implements AutoCloseable {

    private final Map<CaseflowService, ServiceProcess> processes = new EnumMap<>(CaseflowService.class);
    /** Further instances of services, started beside the stack's own ({@link #startAnother}). */
    private final List<ServiceProcess> others = new CopyOnWriteArrayList<>();

    /** Every process listens on 127.0.0.1 only. */
    public CaseflowStack(Path repositoryRoot, String host, Map<CaseflowService, Integer> ports,
            Map<CaseflowService, Database> databases, Map<String, String> environment, Path logDirectory) {
        this(repositoryRoot, host, BindAddress.LOOPBACK, ports, databases, environment, logDirectory);
    }

    /**
     * @param repositoryRoot  where the services' {@code target/*-exec.jar} files are
     * @param host            the name browsers reach the services by ({@code localhost}, {@code 127.0.0.1});
     *                        the identity provider names itself by it in every token
     * @param bindAddress     the address every process listens on
     * @param ports           the port of each service
     * @param databases       the database of each service that owns one
     * @param environment     settings every service receives (the profile…)
     * @param logDirectory    where each service's output goes, one file a service
     */
    public CaseflowStack(Path repositoryRoot, String host, BindAddress bindAddress, Map<CaseflowService, Integer> ports,
            Map<CaseflowService, Database> databases, Map<String, String> environment, Path logDirectory) {
        String local = "http://" + bindAddress.localUrlHost() + ":";
        for (CaseflowService service : CaseflowService.values()) {
            Map<String, String> variables = new HashMap<>(environment);
            variables.put("SERVER_ADDRESS", bindAddress.address());
            variables.put("SERVER_PORT", String.valueOf(ports.get(service)));
            variables.put("OIDC_ISSUER_URI", "http://" + host + ":" + ports.get(CaseflowService.IDENTITY_PROVIDER));
            variables.put("OIDC_INTERNAL_URI", local + ports.get(CaseflowService.IDENTITY_PROVIDER));
            variables.put("WORKFLOW_SERVICE_URL", local + ports.get(CaseflowService.WORKFLOW));
            variables.put("CASEWORK_SERVICE_URL", local + ports.get(CaseflowService.CASEWORK));
            if (service == CaseflowService.IDENTITY_PROVIDER) {
                variables.put("GATEWAY_PUBLIC_URL", "http://" + host + ":" + ports.get(CaseflowService.GATEWAY));
            }
            if (service == CaseflowService.GATEWAY) {
                variables.put("KPI_SERVICE_URL", local + ports.get(CaseflowService.KPI));
            }
            if (service.ownsDatabase()) {
                Database database = databases.get(service);
                variables.put("DATABASE_URL", database.jdbcUrl());
                variables.put("DATABASE_USER", database.username());
                variables.put("DATABASE_PASSWORD", database.password());
            }
            processes.put(service, new ServiceProcess(service, executableJar(repositoryRoot, service),
                    local + ports.get(service), variables, logDirectory.resolve(service.module() + ".log")));
        }
    }

    /** Starts every service at once and waits until all are healthy. */
    public void startAll(Duration timeout) {
        processes.values().forEach(ServiceProcess::start);
        List<CompletableFuture<Void>> waits = processes.values().stream()
                .map(process -> CompletableFuture.runAsync(() -> process.awaitHealthy(timeout)))
                .toList();
        try {
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public void start(CaseflowService service, Duration timeout) {
        ServiceProcess process = processes.get(service);
        process.start();
        process.awaitHealthy(timeout);
    }

    public void stop(CaseflowService service) {
        processes.get(service).stop();
    }

    /**
     * Ends the service's process at once, as {@code kill -9} does: no shutdown, nothing finished or
     * flushed, connections simply gone. The stack does not start it again by itself; {@link #start} does.
     */
    public void kill(CaseflowService service) {
        pid(service).ifPresent(pid -> ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().orTimeout(30, TimeUnit.SECONDS).join();
        }));
    }

    /**
     * Starts one more instance of {@code service} beside the stack's own, as a second node of it
     * would run: the same jar, database and settings, on {@code port}, its output in a log file of
     * its own. It runs until the stack is closed.
     *
     * @return where it answers
     */
    public String startAnother(CaseflowService service, int port, Duration timeout) {
        ServiceProcess own = processes.get(service);
        Map<String, String> variables = new HashMap<>(own.environment());
        variables.put("SERVER_PORT", String.valueOf(port));
        String url = own.url().substring(0, own.url().lastIndexOf(':') + 1) + port;
        long before = others.stream().filter(other -> other.service() == service).count();
        Path logFile = own.logFile().resolveSibling(service.module() + "-" + (before + 2) + ".log");
        ServiceProcess another = new ServiceProcess(service, own.jar(), url, variables, logFile);
        others.add(another);
        another.start();
        another.awaitHealthy(timeout);
        return url;
    }

    /**
     * Changes one of a service's settings for its next {@link #start}: a gateway given a further
     * workflow node ({@code WORKFLOW_SERVICE_URL}), say. A running service keeps what it has until then.
     */
    public void set(CaseflowService service, String variable, String value) {
        processes.get(service).set(variable, value);
    }

    public boolean isRunning(CaseflowService service) {
        return processes.get(service).isRunning();
    }

    /** The id of the service's running process: a different one means it was started again. */
    public OptionalLong pid(CaseflowService service) {
        return processes.get(service).pid();
    }

    /**
     * Tells {@code listener} whenever a service's process ends without {@link #stop} or
     * {@link #close} having asked it to. It is told on a thread of the JDK's that sees processes
     * end: long work, such as starting the service again, belongs on a thread of its own.
     */
    public void whenAServiceDies(Consumer<UnexpectedExit> listener) {
        processes.values().forEach(process -> process.whenItDies(listener));
    }

    public String url(CaseflowService service) {
        return processes.get(service).url();
    }

    public Path logFile(CaseflowService service) {
        return processes.get(service).logFile();
    }

    /** What the service's process is started with, besides what it inherits from this one. */
    Map<String, String> environment(CaseflowService service) {
        return processes.get(service).environment();
    }

    /** Stops every service gracefully, all at once. */
    @Override
    public void close() {
        Stream.concat(processes.values().stream(), others.stream()).parallel().forEach(ServiceProcess::stop);
    }

    static Path executableJar(Path repositoryRoot, CaseflowService service) {
        return executableJar(repositoryRoot, service.module());
    }

    /** The module's executable jar, as {@code ./mvnw package} leaves it. */
    static Path executableJar(Path repositoryRoot, String module) {
        Path target = repositoryRoot.resolve(module).resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(file -> file.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No executable jar in " + target
                            + ": build first with ./mvnw package -DskipTests"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
