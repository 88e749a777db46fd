package org.caseflow.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each process of the stack is started with; nothing is started. */
class CaseflowStackTest {

    @TempDir
    Path repository;

    private final Map<CaseflowService, Integer> ports = new EnumMap<>(CaseflowService.class);
    private final Map<CaseflowService, Database> databases = new EnumMap<>(CaseflowService.class);

    @BeforeEach
    void servicesAreBuilt() throws IOException {
        for (CaseflowService service : CaseflowService.values()) {
            Path target = Files.createDirectories(repository.resolve(service.module()).resolve("target"));
            Files.createFile(target.resolve(service.module() + "-0.1.0-SNAPSHOT-exec.jar"));
            ports.put(service, 18000 + service.ordinal());
            if (service.ownsDatabase()) {
                databases.put(service, new Database("jdbc:postgresql://127.0.0.1:15432/" + service.databaseName(),
                        "postgres", "secret-" + service.ordinal()));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void byDefaultEveryProcessListensOnLoopbackOnly(CaseflowService service) {
        CaseflowStack stack = new CaseflowStack(repository, "127.0.0.1", ports, databases, Map.of(), logs());

        assertThat(stack.environment(service)).containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("SERVER_PORT", String.valueOf(ports.get(service)));
        assertThat(stack.url(service)).isEqualTo("http://127.0.0.1:" + ports.get(service));
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void aWidenedAddressReachesEveryProcess(CaseflowService service) {
        CaseflowStack stack = new CaseflowStack(repository, "localhost", new BindAddress("0.0.0.0"), ports, databases,
                Map.of(), logs());

        assertThat(stack.environment(service)).containsEntry("SERVER_ADDRESS", "0.0.0.0");
        // every interface includes loopback, where the stack checks each process's health
        assertThat(stack.url(service)).isEqualTo("http://127.0.0.1:" + ports.get(service));
    }

    @Test
    void aCallerCannotWidenTheAddressThroughTheSharedSettings() {
        CaseflowStack stack = new CaseflowStack(repository, "127.0.0.1", ports, databases,
                Map.of("SERVER_ADDRESS", "0.0.0.0", "SPRING_PROFILES_ACTIVE", "local"), logs());

        for (CaseflowService service : CaseflowService.values()) {
            assertThat(stack.environment(service)).containsEntry("SERVER_ADDRESS", "127.0.0.1")
                    .containsEntry("SPRING_PROFILES_ACTIVE", "local");
        }
    }

    @Test
    void oneNetworkAddressIsWhereTheProcessesAreReached() {
        CaseflowStack stack = new CaseflowStack(repository, "192.168.1.20", new BindAddress("192.168.1.20"), ports,
                databases, Map.of(), logs());

        assertThat(stack.url(CaseflowService.GATEWAY)).isEqualTo("http://192.168.1.20:" + ports.get(CaseflowService.GATEWAY));
        assertThat(stack.environment(CaseflowService.CASEWORK))
                .containsEntry("WORKFLOW_SERVICE_URL", "http://192.168.1.20:" + ports.get(CaseflowService.WORKFLOW));
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void everyProcessIsToldWhereWorkflowAndCaseworkAre(CaseflowService service) {
        CaseflowStack stack = new CaseflowStack(repository, "localhost", ports, databases, Map.of(), logs());

        assertThat(stack.environment(service))
                .containsEntry("WORKFLOW_SERVICE_URL", "http://127.0.0.1:" + ports.get(CaseflowService.WORKFLOW))
                .containsEntry("CASEWORK_SERVICE_URL", "http://127.0.0.1:" + ports.get(CaseflowService.CASEWORK))
                .containsEntry("OIDC_ISSUER_URI", "http://localhost:" + ports.get(CaseflowService.IDENTITY_PROVIDER))
                .containsEntry("OIDC_INTERNAL_URI", "http://127.0.0.1:" + ports.get(CaseflowService.IDENTITY_PROVIDER));
    }

    @ParameterizedTest
    @EnumSource(CaseflowService.class)
    void aServiceWithADatabaseGetsItsOwnWithItsPassword(CaseflowService service) {
        Map<String, String> environment = new CaseflowStack(repository, "localhost", ports, databases, Map.of(), logs())
                .environment(service);

        if (service.ownsDatabase()) {
            assertThat(environment).containsEntry("DATABASE_URL", databases.get(service).jdbcUrl())
                    .containsEntry("DATABASE_USER", "postgres")
                    .containsEntry("DATABASE_PASSWORD", databases.get(service).password());
        } else {
            assertThat(environment).doesNotContainKeys("DATABASE_URL", "DATABASE_PASSWORD");
        }
    }

    private Path logs() {
        return repository.resolve("logs");
    }
}
