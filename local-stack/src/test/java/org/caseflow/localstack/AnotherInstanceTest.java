package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the fault-injection tests do to the stack, with real processes standing in for the services
 * ({@link FakeService}): a second instance of a service beside its own, and a {@code kill -9}.
 */
class AnotherInstanceTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final CaseflowService SERVICE = CaseflowService.CASEWORK;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path repository;

    private CaseflowStack stack;

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
    }

    @AfterEach
    void stopEverything() {
        stack.close();
    }

    @Test
    void anotherInstanceRunsBesideTheServicesOwnAndOutlivesItsKill() throws IOException {
        stack.start(SERVICE, START_TIMEOUT);
        int port = freePort();

        String another = stack.startAnother(SERVICE, port, START_TIMEOUT);
        assertThat(another).isEqualTo("http://127.0.0.1:" + port);
        assertThat(answers(another)).isTrue();

        long killed = stack.pid(SERVICE).orElseThrow();
        stack.kill(SERVICE);

        assertThat(ProcessHandle.of(killed).map(ProcessHandle::isAlive).orElse(false)).as("killed").isFalse();
        assertThat(stack.isRunning(SERVICE)).isFalse();
        assertThat(answers(another)).as("the other instance carries on").isTrue();
        assertThat(stack.logFile(SERVICE).resolveSibling(SERVICE.module() + "-2.log")).exists();

        stack.close();
        assertThat(answers(another)).as("stopped with the stack").isFalse();
    }

    @Test
    void aSettingChangedTakesEffectAtTheNextStart() {
        stack.set(CaseflowService.GATEWAY, "WORKFLOW_SERVICE_URL", "http://127.0.0.1:1,http://127.0.0.1:2");

        assertThat(stack.environment(CaseflowService.GATEWAY)).containsEntry("WORKFLOW_SERVICE_URL", "http://127.0.0.1:1,http://127.0.0.1:2");
        assertThat(stack.environment(CaseflowService.KPI)).doesNotContainEntry("WORKFLOW_SERVICE_URL", "http://127.0.0.1:1,http://127.0.0.1:2");
    }

    private static boolean answers(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url + "/actuator/health")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
