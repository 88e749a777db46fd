package org.caseflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.caseflow.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness, run small enough to take seconds: a small council's report and two small backlogs, on the tests'
 * PostgreSQL. It checks that every part of the harness works and says what it measured; never how fast anything is.
 */
class BenchSmokeTest {

    @TempDir
    Path work;

    @Test
    void theHarnessMeasuresWhatItCanSaysWhatItCouldNotAndWritesItsResults() throws Exception {
        Results results = new Bench(TestPostgres.server(), null, BenchOptions.smoke(work)).run();

        assertThat(results.all()).filteredOn(result -> result.id().equals("P2") && result.value() != null)
                .singleElement().satisfies(report -> {
                    assertThat(report.value()).isPositive();
                    assertThat(report.what()).matches("month report, all \\d+ measures");
                    assertThat(report.met()).as("no goal is set for a smoke-sized council").isNull();
                });
        assertThat(results.all()).filteredOn(result -> result.id().equals("P3"))
                .hasSize(2)
                .allSatisfy(catchUp -> assertThat(catchUp.value()).isPositive())
                .extracting(Result::scale).containsExactly("300 events", "600 events");
        assertThat(results.all()).filteredOn(result -> result.value() == null)
                .extracting(Result::id).containsExactlyInAnyOrder("P2", "P4", "P1");

        String written = Files.readString(work.resolve("RESULTS.md"));
        assertThat(written).contains("| P2 | month report, all").contains("| P3 | KPI feed consumer catching up from zero | 300 events |")
                .contains(Runtime.getRuntime().availableProcessors() + " cores").contains("not measured");
        JsonNode json = new ObjectMapper().readTree(results.json());
        assertThat(json.path("machine").path("cores").asInt()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(json.path("results")).hasSize(results.all().size());
        assertThat(json.path("remarks").get(0).asText()).startsWith("Dataset smoke");
    }
}
