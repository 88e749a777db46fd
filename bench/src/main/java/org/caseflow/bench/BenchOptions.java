package org.caseflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a run of the benchmark measures, and where it writes.
 *
 * @param reportDatasets    the datasets the month report (P2) is timed on, smallest first
 * @param reportTimes       how many times each month report is timed
 * @param reportBudget      how long the month report of one dataset may take in all, warming up included
 * @param catchUpBacklogs   the backlogs (P3) the feed consumer catches up, in events, smallest first
 * @param catchUpWarmUp     a first backlog that only warms the service
 * @param repositoryRoot    where the services' executable jars are, to start the stack (P4, then P1 on it); null to leave both out
 * @param taskBurst         how many tasks P1 completes as fast as it can
 * @param pacedFor          how long P1 completes tasks at a fixed rate
 * @param workDirectory     for the bench's files: the calendar, the stack's logs
 * @param resultsFile       where the Markdown results go (bench/RESULTS.md); null to write none
 */
record BenchOptions(List<Dataset> reportDatasets, int reportTimes, Duration reportBudget, List<Integer> catchUpBacklogs, int catchUpWarmUp,
        Path repositoryRoot, int taskBurst, Duration pacedFor, Path workDirectory, Path resultsFile) {

    /**
     * The full run: the report at the three sizes the goals name (England left out on request: its first fill takes tens
     * of minutes), backlogs of 25,000 to 100,000 events, the stack with P1 on it; or only the parts asked for.
     *
     * @param parts some of P2, P3 and P4 (which brings P1)
     */
    static BenchOptions full(Path repositoryRoot, boolean withEngland, Set<String> parts) {
        List<Dataset> datasets = !parts.contains("P2") ? List.of()
                : withEngland ? List.of(Dataset.council(), Dataset.largeCouncil(), Dataset.england())
                : List.of(Dataset.council(), Dataset.largeCouncil());
        List<Integer> backlogs = parts.contains("P3") ? List.of(25_000, 50_000, 100_000) : List.of();
        return new BenchOptions(datasets, 5, Duration.ofMinutes(3), backlogs, 10_000, parts.contains("P4") ? repositoryRoot : null,
                1_200, Duration.ofSeconds(20), repositoryRoot.resolve("bench/target/work"), repositoryRoot.resolve("bench/RESULTS.md"));
    }

    /** Seconds long: a small council, small backlogs, no stack. Checks that the harness works, never a speed. */
    static BenchOptions smoke(Path workDirectory) {
        return new BenchOptions(List.of(Dataset.smoke()), 2, Duration.ofMinutes(2), List.of(300, 600), 100, null, 0, Duration.ZERO,
                workDirectory, workDirectory.resolve("RESULTS.md"));
    }
}
