package org.caseflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import org.caseflow.localstack.Database;

/**
 * P2: the month report, {@code GET /api/kpi/measures?month=} as a performance officer asks for it, on a KPI service
 * holding a dataset's facts. Two requests warm the service and the database's caches, then the same request is timed
 * several times; the median is the figure. CPU per request shows what the service and the database each spent.
 *
 * <p>Each dataset has a time budget: a report slower than a few seconds is warmed once and timed as often as the budget
 * allows, at least once; one still unanswered when the budget runs out is abandoned, its queries cancelled, and the
 * figure is the time the request waited in vain: a lower bound.
 */
final class MonthReportBenchmark {

    /** What the month report took; {@code abandonedAfter}, how long a request waited in vain, when no answer came within the budget. */
    record Figures(Timings timings, int measures, double jvmCpuMillisPerReport, Double postgresCpuMillisPerReport,
            Duration abandonedAfter, List<String> measureIds) {

        boolean answered() {
            return abandonedAfter == null;
        }
    }

    private static final String PERFORMANCE_OFFICER = "performance";
    private static final int WARM_UP = 2;
    /** A report slower than this is warmed once only. */
    private static final Duration SLOW = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CpuClock cpu;

    MonthReportBenchmark(CpuClock cpu) {
        this.cpu = cpu;
    }

    Figures measure(KpiService kpi, Database database, Dataset dataset, int times, Duration budget) {
        String path = "/api/kpi/measures?month=" + dataset.last();
        long deadline = System.nanoTime() + budget.toNanos();
        Duration last = Duration.ZERO;
        for (int i = 0; i < WARM_UP && last.compareTo(SLOW) < 0; i++) {
            Answer warm = report(kpi, path, deadline);
            if (!warm.answered()) {
                cancelQueries(database);
                return new Figures(new Timings(), 0, 0, null, warm.took(), List.of());
            }
            last = warm.took();
        }
        Timings timings = new Timings();
        long jvmBefore = cpu.jvmMillis();
        OptionalLong postgresBefore = cpu.postgresMillis();
        int measures = 0;
        List<String> ids = List.of();
        while (timings.count() < times && (timings.count() == 0 || System.nanoTime() + last.toNanos() < deadline)) {
            // a figure needs one answer: the first timed request may take twice what the warm-up took, even past the budget
            long until = timings.count() == 0 ? Math.max(deadline, System.nanoTime() + 2 * last.toNanos()) : deadline;
            Answer answer = report(kpi, path, until);
            if (!answer.answered()) {
                cancelQueries(database);
                if (timings.count() == 0) {
                    return new Figures(timings, 0, 0, null, answer.took(), List.of());
                }
                break;
            }
            timings.add(answer.took());
            measures = answer.measures();
            ids = answer.measureIds();
            last = answer.took();
        }
        double jvm = (cpu.jvmMillis() - jvmBefore) / (double) timings.count();
        OptionalLong postgresAfter = cpu.postgresMillis();
        Double postgres = postgresBefore.isPresent() && postgresAfter.isPresent()
                ? (postgresAfter.getAsLong() - postgresBefore.getAsLong()) / (double) timings.count() : null;
        return new Figures(timings, measures, jvm, postgres, null, ids);
    }

    /** A report's answer, or how long the request waited for none ({@code answered} false). */
    private record Answer(Duration took, int measures, boolean answered, List<String> measureIds) {
    }

    /** One report, given up at the deadline. */
    private static Answer report(KpiService kpi, String path, long deadline) {
        Duration left = Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
        long started = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = kpi.get(path, PERFORMANCE_OFFICER, left);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof HttpTimeoutException) {
                return new Answer(Duration.ofNanos(System.nanoTime() - started), 0, false, List.of());
            }
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The month report answered " + response.statusCode() + ": " + response.body());
        }
        try {
            JsonNode measures = JSON.readTree(response.body()).path("measures");
            if (!measures.isArray() || measures.isEmpty()) {
                throw new IllegalStateException("The month report held no measures: " + response.body());
            }
            List<String> ids = new ArrayList<>();
            measures.forEach(measure -> ids.add(measure.path("id").asText()));
            return new Answer(took, measures.size(), true, ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One measure's time alone. */
    record MeasureTime(String id, Duration took) {
    }

    /**
     * Where a slow report's time goes: each measure alone, one month of its series ({@code /api/kpi/measures/{id}/series}),
     * timed once, slowest first. Not a figure against a goal: a guide to which measures to make faster.
     */
    List<MeasureTime> slowestMeasures(KpiService kpi, Dataset dataset, List<String> measureIds, int count) {
        List<MeasureTime> times = new ArrayList<>();
        for (String id : measureIds) {
            String path = "/api/kpi/measures/%s/series?from=%s&to=%s".formatted(id, dataset.last(), dataset.last());
            long started = System.nanoTime();
            HttpResponse<String> response = kpi.get(path, PERFORMANCE_OFFICER, Duration.ofMinutes(2));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The series of " + id + " answered " + response.statusCode() + ": " + response.body());
            }
            times.add(new MeasureTime(id, took));
        }
        times.sort(Comparator.comparing(MeasureTime::took).reversed());
        return times.subList(0, Math.min(count, times.size()));
    }

    /** An abandoned report's queries would go on for as long as they take: they are stopped. */
    private static void cancelQueries(Database database) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement()) {
            statement.execute("select pg_cancel_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid() and state = 'active'");
        } catch (SQLException e) {
            System.err.println("Could not cancel the abandoned report's queries: " + e.getMessage());
        }
    }
}
