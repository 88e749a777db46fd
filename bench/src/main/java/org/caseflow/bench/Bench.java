package org.caseflow.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.localstack.CaseflowService;
import org.caseflow.localstack.PostgresServer;
import org.caseflow.simulator.CouncilSimulation;
import org.caseflow.testsupport.TestIdentity;

/**
 * The benchmark harness: fills the datasets, then measures what it can of the goals P1-P4 on this machine,
 * each figure beside its baseline or the same figure at other sizes, measured in the same run.
 */
final class Bench {

    static final String COMMAND = "bench/run.sh";
    /** A month report slower than this has its measures timed one by one, to show where its time goes. */
    private static final double SLOW_REPORT_MILLIS = 1_000;

    private final PostgresServer postgres;
    private final CpuClock cpu;
    private final BenchOptions options;
    private final Results results;

    /** @param postgresDataDirectory where the server keeps its data, when it runs on this machine; null otherwise */
    Bench(PostgresServer postgres, Path postgresDataDirectory, BenchOptions options) {
        this.postgres = postgres;
        this.cpu = CpuClock.of(postgresDataDirectory);
        this.options = options;
        this.results = new Results(Machine.thisOne(), ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    }

    Results run() {
        System.out.println("Benchmark on " + Machine.thisOne().describe());
        String loadBefore = Machine.loadAverages();
        ExtendedCalendar calendar = ExtendedCalendar.writeTo(options.workDirectory());
        monthReports(calendar);
        if (options.reportDatasets().isEmpty()) {
            results.add(Result.notMeasured("P2", "month report", "≤ 200 ms large council, ≤ 2 s England", "Left out of this run."));
        } else if (!options.reportDatasets().contains(Dataset.england())) {
            results.remark("England was left out of this run (--without-england): P2 at England's scale is not measured.");
        }
        results.add(Result.notMeasured("P2", "month report against deriving the same measures from Camunda's history API",
                "≥ 50× faster", "Not measured: no code derives the report's measures from Camunda's history, and the journeys' "
                        + "history at report scale (millions of process instances) cannot be made here in the time a run has."));
        feedCatchUp(calendar);
        stackStartAndTaskCompletions();
        results.remark("The machine's load averages (1, 5, 15 minutes) were %s as the run began and %s as it ended; with more than %d, other work shared its cores and slowed every figure."
                .formatted(loadBefore, Machine.loadAverages(), Runtime.getRuntime().availableProcessors()));
        if (options.resultsFile() != null) {
            results.writeResultsFile(options.resultsFile(), COMMAND);
        }
        return results;
    }

    /** P2 at each size; the first (smallest) size is the others' baseline. */
    private void monthReports(ExtendedCalendar calendar) {
        DatasetLoader loader = new DatasetLoader(postgres, calendar.calendar());
        MonthReportBenchmark benchmark = new MonthReportBenchmark(cpu);
        Double smallest = null;
        String smallestName = null;
        for (Dataset dataset : options.reportDatasets()) {
            System.out.println("P2: the month report on " + dataset.name() + " (" + dataset.profile().name() + ")");
            DatasetLoader.Loaded loaded = loader.ensure(dataset);
            results.remark("Dataset %s: %s, %s to %s, seed %d: %,d steps, %,d fact rows; %s".formatted(dataset.name(),
                    dataset.profile().name(), dataset.first(), dataset.last(), dataset.seed(), loaded.steps(), loaded.rows(),
                    loaded.reused() ? "filled by an earlier run (in %.0f s)".formatted(loaded.took().toMillis() / 1000.0)
                            : "filled in this run in %.0f s (%,.0f steps/s, simulation and COPY together)".formatted(
                                    loaded.took().toMillis() / 1000.0, loaded.steps() / Math.max(0.001, loaded.took().toMillis() / 1000.0))));
            MonthReportBenchmark.Figures figures;
            try (KpiService kpi = KpiService.start(loaded.database(), calendar.file(), Map.of())) {
                figures = benchmark.measure(kpi, loaded.database(), dataset, options.reportTimes(), options.reportBudget());
                if (figures.answered() && figures.timings().medianMillis() > SLOW_REPORT_MILLIS) {
                    results.remark("Where the month report's time goes on %s: the slowest measures alone (one month of each one's series, timed once): %s."
                            .formatted(dataset.name(), benchmark.slowestMeasures(kpi, dataset, figures.measureIds(), 8).stream()
                                    .map(time -> "%s %,d ms".formatted(time.id(), time.took().toMillis()))
                                    .collect(Collectors.joining(", "))));
                }
            }
            Goal goal = Goal.forReport(dataset);
            String what = "month report, all %s measures".formatted(figures.answered() ? figures.measures() : "the");
            if (!figures.answered()) {
                double waited = figures.abandonedAfter().toMillis();
                results.add(Result.unfinished("P2", what, dataset.name(), waited, "ms", baseline(smallestName, smallest, waited), goal.words(),
                        "GET /api/kpi/measures?month=%s as a performance officer: no answer after %d s, when the request was abandoned and its "
                                .formatted(dataset.last(), figures.abandonedAfter().toSeconds()) + "queries cancelled"));
                continue;
            }
            double median = figures.timings().medianMillis();
            results.add(Result.measured("P2", what, dataset.name(), median, "ms", baseline(smallestName, smallest, median), goal.words(),
                    goal.metBy(median),
                    "GET /api/kpi/measures?month=%s as a performance officer; median of %d after warming up (min %.0f, max %.0f ms); "
                            .formatted(dataset.last(), figures.timings().count(), figures.timings().minMillis(), figures.timings().maxMillis())
                            + cpuPerOperation(figures.jvmCpuMillisPerReport(), figures.postgresCpuMillisPerReport(), "report")));
            if (smallest == null) {
                smallest = median;
                smallestName = dataset.name();
            }
        }
    }

    private static String baseline(String smallestName, Double smallest, double millis) {
        return smallest == null ? null : "%s: %,.0f ms (this is ×%,.1f)".formatted(smallestName, smallest, millis / smallest);
    }

    /** P3 at each backlog, from the reference council's journey events. */
    private void feedCatchUp(ExtendedCalendar calendar) {
        if (options.catchUpBacklogs().isEmpty()) {
            results.add(Result.notMeasured("P3", "KPI feed consumer catching up from zero", "≥ 5,000 events/s", "Left out of this run."));
            return;
        }
        int largest = options.catchUpBacklogs().get(options.catchUpBacklogs().size() - 1);
        Dataset dataset = Dataset.council();
        System.out.println("P3: the KPI service's feed consumer catching up from zero, up to " + largest + " events");
        List<JourneyEvent> events = new ArrayList<>();
        CouncilSimulation.of(dataset.profile(), dataset.seed(), calendar.calendar()).run(dataset.first(), dataset.last(), step -> {
            if (events.size() < largest) {
                events.add(step.toEvent(dataset.seed()));
            }
        });
        if (events.size() < largest) {
            throw new IllegalStateException("The council has only " + events.size() + " events, fewer than the backlog of " + largest);
        }
        try (ReplayFeed feed = new ReplayFeed();
             KpiService kpi = KpiService.start(postgres.createUniqueDatabase("bench_feed"), calendar.file(), Map.of(
                     "caseflow.feed.url", feed.url(), "caseflow.feed.client-id", "kpi-service", "caseflow.feed.client-secret", "bench",
                     "caseflow.feed.token-uri", TestIdentity.shared().issuer() + "/oauth2/token"))) {
            FeedCatchUpBenchmark benchmark = new FeedCatchUpBenchmark(kpi, feed, cpu);
            benchmark.catchUp(events, options.catchUpWarmUp());
            Double smallest = null;
            for (int backlog : options.catchUpBacklogs()) {
                FeedCatchUpBenchmark.Figures figures = benchmark.catchUp(events, backlog);
                double rate = figures.eventsPerSecond();
                String baseline = smallest == null ? null : "%,d events: %,.0f events/s".formatted(options.catchUpBacklogs().get(0), smallest);
                results.add(Result.measured("P3", "KPI feed consumer catching up from zero", "%,d events".formatted(backlog), rate,
                        "events/s", baseline, "≥ 5,000 events/s", rate >= 5_000,
                        "the KPI service's own consumer, pages of 200, one transaction a page, from a stand-in feed serving the "
                                + "reference council's events from memory (the real feed's query is not in the figure); %.1f s; "
                                .formatted(figures.took().toMillis() / 1000.0)
                                + cpuPerOperation(figures.jvmCpuMillisPerThousand(), figures.postgresCpuMillisPerThousand(), "1,000 events")
                                + " (the service's CPU includes the stand-in feed's, in the same JVM)"));
                if (smallest == null) {
                    smallest = rate;
                }
            }
        }
    }

    /** P4, when the services' executable jars are there to start; then P1 on the same stack. */
    private void stackStartAndTaskCompletions() {
        String stackGoal = "up in ≤ 60 s, each service ≤ 512 MB RSS";
        if (options.repositoryRoot() == null) {
            results.add(Result.notMeasured("P4", "the stack started by the run command", stackGoal, "Left out of this run."));
            results.add(Result.notMeasured("P1", "task completions/s through the full stack", P1_GOAL, "Left out of this run: it runs on P4's stack."));
            return;
        }
        BareEngineBenchmark.Figures bareEngine = bareEngine();
        System.out.println("P4: starting the stack as the run command does");
        StackStartBenchmark.Started started;
        try {
            started = new StackStartBenchmark(options.repositoryRoot(), postgres, options.workDirectory().resolve("stack-logs")).start();
        } catch (RuntimeException e) {
            results.add(Result.notMeasured("P4", "the stack started by the run command", stackGoal, "Could not start it: " + e.getMessage()));
            results.add(Result.notMeasured("P1", "task completions/s through the full stack", P1_GOAL, "The stack did not start (P4)."));
            return;
        }
        try (started) {
            double seconds = started.upIn().toMillis() / 1000.0;
            results.add(Result.measured("P4", "stack up (all five processes healthy)", "demo data, local profile", seconds, "s", null,
                    "≤ 60 s", seconds <= 60, "the run command's CaseflowStack with its JVM settings, on free ports and new databases of "
                            + "the bench's PostgreSQL (already running: its start is not counted, nor the build); from starting the "
                            + "processes to every health check answering"));
            started.residentMegabytes().forEach((service, megabytes) -> results.add(Result.measured("P4", "resident memory once up",
                    service.module(), megabytes, "MB", null, "≤ 512 MB", megabytes <= 512, "VmRSS of the process just after the stack was up")));
            taskCompletions(started, bareEngine);
        }
    }

    /** P1's baseline, alone on the machine: before the stack starts. Null when it could not be measured. */
    private BareEngineBenchmark.Figures bareEngine() {
        System.out.println("P1: the baseline, a bare Camunda engine with a one-task process");
        String what = "bare Camunda 7.24 engine, one-task process: task completions/s (P1's baseline)";
        try {
            BareEngineBenchmark.Figures figures = new BareEngineBenchmark(BareEngineBenchmark.runningJar(),
                    options.workDirectory().resolve("bare-engine.log"))
                    .measure(postgres.createUniqueDatabase("bench_bare_engine"), options.taskBurst(), TaskCompletionBenchmark.CLIENTS);
            results.add(Result.measured("P1", what, "%,d tasks, %d threads".formatted(figures.completed(), TaskCompletionBenchmark.CLIENTS),
                    figures.completionsPerSecond(), "/s", null, null, null,
                    "Camunda 7.24 alone (full history, no job executor, nothing of Caseflow's) in a JVM of its own with the services' "
                            + "settings, on a new database of the same PostgreSQL; its tasks completed through its Java API, no HTTP "
                            + "(p50 %.1f ms, p99 %.1f ms), after the instances were started".formatted(figures.p50Millis(), figures.p99Millis())));
            return figures;
        } catch (Exception e) {
            results.add(Result.notMeasured("P1", what, null, "Failed: " + e.getMessage()));
            return null;
        }
    }

    private static final String P1_GOAL = "≥ 0.6× the bare engine, and ≥ 100/s";

    /** P1 on the stack P4 started, against the bare engine's figure when there is one. */
    private void taskCompletions(StackStartBenchmark.Started started, BareEngineBenchmark.Figures bareEngine) {
        System.out.println("P1: front-door decisions completed through the gateway");
        TaskCompletionBenchmark.Figures figures;
        try {
            figures = new TaskCompletionBenchmark(started.stack().url(CaseflowService.GATEWAY), started.databases().get(CaseflowService.CASEWORK),
                    started.databases().get(CaseflowService.KPI), options.taskBurst(), options.pacedFor()).measure();
        } catch (Exception e) {
            results.add(Result.notMeasured("P1", "task completions/s through the full stack", P1_GOAL, "Failed: " + e.getMessage()));
            return;
        }
        double caughtUp = figures.caughtUpPerSecond();
        Double bare = bareEngine == null ? null : bareEngine.completionsPerSecond();
        String baseline = bare == null ? "bare engine: not measured"
                : "bare engine: %,.0f/s (this is ×%.2f)".formatted(bare, caughtUp / bare);
        Boolean met = caughtUp < 100 || (bare != null && caughtUp < 0.6 * bare) ? Boolean.FALSE : bare == null ? null : Boolean.TRUE;
        results.add(Result.measured("P1", "task completions/s through the full stack, both consumers caught up", "%,d decisions, %d clients"
                        .formatted(figures.completed(), TaskCompletionBenchmark.CLIENTS), caughtUp, "/s", baseline, P1_GOAL, met,
                "front-door decisions (DecideOnContact, no further action) completed through the gateway's /engine-rest by a signed-in "
                        + "front-door manager, as fast as %d clients could, counted until the KPI service had every decision as a fact and "
                        .formatted(TaskCompletionBenchmark.CLIENTS)
                        + "casework had read the feed as far (%.1f s); answered at %.0f/s (p50 %.0f ms, p99 %.0f ms)"
                        .formatted(figures.caughtUpAfter().toMillis() / 1000.0, figures.completionsPerSecond(),
                                figures.latencies().medianMillis(), figures.latencies().percentileMillis(99))));
        double p99 = figures.pacedLatencies().percentileMillis(99);
        results.add(Result.measured("P1", "p99 latency of a task completion at a fixed %d/s".formatted(TaskCompletionBenchmark.PACED_PER_SECOND),
                "%,d decisions".formatted(figures.paced()), p99, "ms", null, "< 250 ms", p99 < 250,
                "the same decisions sent at a fixed rate whatever the answers took, for %d s; p50 %.0f ms, max %.0f ms"
                        .formatted(options.pacedFor().toSeconds(), figures.pacedLatencies().medianMillis(), figures.pacedLatencies().maxMillis())));
        results.remark("P1's contacts were recorded through the gateway first, untimed in P1: %.0f contacts/s with %d clients."
                .formatted(figures.contactsPerSecond(), TaskCompletionBenchmark.CLIENTS));
    }

    private static String cpuPerOperation(double jvmMillis, Double postgresMillis, String per) {
        return "CPU per %s: %.0f ms in the KPI service's JVM%s".formatted(per, jvmMillis,
                postgresMillis == null ? "" : ", %.0f ms in PostgreSQL".formatted(postgresMillis));
    }

    /** A goal the issue sets for a figure, where it sets one. */
    private record Goal(String words, Double atMostMillis) {

        static Goal forReport(Dataset dataset) {
            if (dataset.name().equals(Dataset.largeCouncil().name())) {
                return new Goal("≤ 200 ms", 200.0);
            }
            if (dataset.name().equals(Dataset.england().name())) {
                return new Goal("≤ 2 s", 2_000.0);
            }
            return new Goal(null, null);
        }

        Boolean metBy(double millis) {
            return atMostMillis == null ? null : millis <= atMostMillis;
        }
    }
}
