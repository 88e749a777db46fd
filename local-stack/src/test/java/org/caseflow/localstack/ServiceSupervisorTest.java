package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's launcher with real processes standing in for the services ({@link FakeService}). */
class ServiceSupervisorTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final CaseflowService SERVICE = CaseflowService.KPI;

    @TempDir
    Path repository;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private CaseflowStack stack;
    private ServiceSupervisor supervisor;

    @BeforeEach
    void servicesThatCanBeStartedAndKilled() throws IOException {
        Map<CaseflowService, Integer> ports = new EnumMap<>(CaseflowService.class);
        Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);
        for (CaseflowService service : CaseflowService.values()) {
            FakeServiceJar.write(FakeServiceJar.of(repository, service));
            ports.put(service, freePort());
            databases.put(service, new Database("jdbc:postgresql://127.0.0.1:1/unused", "postgres", "unused"));
        }
        stack = new CaseflowStack(repository, "127.0.0.1", ports, databases, Map.of(), repository.resolve("logs"));
        supervisor = new ServiceSupervisor(stack, new PrintStream(printed, true, StandardCharsets.UTF_8), START_TIMEOUT, Duration.ZERO);
        stack.whenAServiceDies(supervisor);
    }

    @AfterEach
    void stopEverything() {
        supervisor.shutDown();
        stack.close();
    }

    @Test
    void aKilledServiceIsReportedWithItsLogAndStartedAgain() {
        stack.start(SERVICE, START_TIMEOUT);
        long killed = stack.pid(SERVICE).orElseThrow();

        ProcessHandle.of(killed).orElseThrow().destroyForcibly();

        await().atMost(START_TIMEOUT).until(() -> printed().contains("kpi-service is running again."));
        assertThat(printed())
                .contains("kpi-service stopped unexpectedly (exit code 137: killed")
                .contains("Its log: " + stack.logFile(SERVICE).toAbsolutePath())
                .contains("Starting kpi-service again (restart 1 of at most 3 within 10 minutes)");
        assertThat(stack.isRunning(SERVICE)).isTrue();
        assertThat(stack.pid(SERVICE).orElseThrow()).as("a new process").isNotEqualTo(killed);
    }

    @Test
    void aServiceStoppedOnPurposeIsNotReportedNorStartedAgain() throws InterruptedException {
        stack.start(SERVICE, START_TIMEOUT);

        stack.stop(SERVICE);
        Thread.sleep(2_000); // what a report and a restart would take with no grace at all

        assertThat(printed()).isEmpty();
        assertThat(stack.isRunning(SERVICE)).isFalse();
    }

    @Test
    void aServiceThatKeepsDyingIsLeftStoppedAndTheRunSaysSo() throws IOException {
        FakeServiceJar.writeBroken(FakeServiceJar.of(repository, SERVICE));

        assertThatThrownBy(() -> stack.start(SERVICE, START_TIMEOUT)).hasMessageContaining("kpi-service stopped while starting");

        await().atMost(Duration.ofSeconds(60)).until(() -> printed().contains("so it is left stopped"));
        assertThat(occurrences("kpi-service stopped unexpectedly \\(exit code 1\\)")).isEqualTo(ServiceSupervisor.MAX_RESTARTS + 1);
        assertThat(occurrences("Starting kpi-service again")).isEqualTo(ServiceSupervisor.MAX_RESTARTS);
        assertThat(printed()).contains("kpi-service has stopped again after 3 restarts within 10 minutes, so it is left stopped.",
                "The other services are still running");
        assertThat(stack.isRunning(SERVICE)).isFalse();
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    private int occurrences(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(printed());
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
