package org.caseflow.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One service running as a child JVM from its executable jar, with its output in a log file. It
 * tells whoever asked ({@link #whenItDies}) when the process ends without having been stopped.
 */
final class ServiceProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final CaseflowService service;
    private final Path jar;
    /** Replaced whole, never changed in place: read by {@link #start} and by whoever asks. */
    private volatile Map<String, String> environment;
    private final Path logFile;
    private final String url;
    /** Volatile, not guarded: read by the thread that sees a process end, which must never wait for a stop. */
    private volatile Process process;
    private volatile boolean stopRequested;
    private volatile Consumer<UnexpectedExit> whenItDies = exit -> { };

    /** @param url where this machine reaches the service once it listens */
    ServiceProcess(CaseflowService service, Path jar, String url, Map<String, String> environment, Path logFile) {
        this.service = service;
        this.jar = jar;
        this.url = url;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    synchronized void start() {
        if (isRunning()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // Camunda stores due dates without a zone: every JVM runs in the zone business dates are in
                "-Duser.timezone=Europe/London", "-Dfile.encoding=UTF-8",
                "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(logFile.getParent());
            stopRequested = false;
            Process started = builder.start();
            process = started;
            started.onExit().thenAccept(this::ended);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module(), e);
        }
    }

    /** Who is told when the process ends without {@link #stop()}: a crash, a kill, running out of memory. */
    void whenItDies(Consumer<UnexpectedExit> listener) {
        whenItDies = listener;
    }

    private void ended(Process ended) {
        // a process stopped on purpose, or one already replaced by a new start, is nobody's news
        if (stopRequested || ended != process) {
            return;
        }
        whenItDies.accept(new UnexpectedExit(service, ended.exitValue(), logFile));
    }

    /** Waits until the service reports itself healthy; fails early when the process dies. */
    void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create(url() + "/actuator/health");
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new IllegalStateException(service.module() + " stopped while starting; see " + logFile);
            }
            if (answersHealthy(health)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(service.module() + " was not healthy after " + timeout + "; see " + logFile);
    }

    /** Asks the service to shut down gracefully, then insists. */
    synchronized void stop() {
        Process process = this.process;
        if (process == null) {
            return;
        }
        stopRequested = true;
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        this.process = null;
    }

    boolean isRunning() {
        Process process = this.process;
        return process != null && process.isAlive();
    }

    /** The running process's id; a new one after a restart. */
    OptionalLong pid() {
        Process process = this.process;
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    String url() {
        return url;
    }

    Map<String, String> environment() {
        return environment;
    }

    /** Changes one setting for the next start; the running process, if any, keeps what it was started with. */
    void set(String variable, String value) {
        Map<String, String> changed = new HashMap<>(environment);
        changed.put(variable, value);
        environment = Map.copyOf(changed);
    }

    Path logFile() {
        return logFile;
    }

    Path jar() {
        return jar;
    }

    CaseflowService service() {
        return service;
    }

    private static boolean answersHealthy(URI health) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }
}
