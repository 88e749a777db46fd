package org.caseflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseflow.calendar.WorkingDayCalendar;
import org.caseflow.localstack.Database;

/**
 * P1, the full stack's half: front-door decisions (the user task {@code DecideOnContact}) completed through the gateway
 * by a front-door manager signed in as a browser would be, against workflow-service's engine with its journey rules and
 * outbox, until both feed consumers (casework and KPI) have applied every decision. First as fast as {@value #CLIENTS}
 * clients can, then paced at a fixed {@value #PACED_PER_SECOND} a second for the latency at that rate. The contacts the
 * decisions are for are recorded first (also through the gateway, as a front-door worker) and not timed.
 */
final class TaskCompletionBenchmark {

    /** What completing the decisions took. */
    record Figures(int completed, Duration took, Duration caughtUpAfter, Timings latencies, int paced, Timings pacedLatencies,
            double contactsPerSecond) {

        double completionsPerSecond() {
            return completed / (took.toNanos() / 1e9);
        }

        double caughtUpPerSecond() {
            return completed / (caughtUpAfter.toNanos() / 1e9);
        }
    }

    static final int CLIENTS = 8;
    static final int PACED_PER_SECOND = 50;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String gatewayUrl;
    private final Database casework;
    private final Database kpi;
    private final int burst;
    private final Duration pacedFor;

    TaskCompletionBenchmark(String gatewayUrl, Database casework, Database kpi, int burst, Duration pacedFor) {
        this.gatewayUrl = gatewayUrl;
        this.casework = casework;
        this.kpi = kpi;
        this.burst = burst;
        this.pacedFor = pacedFor;
    }

    Figures measure() throws Exception {
        GatewaySession worker = GatewaySession.signIn(gatewayUrl, "frontdoor.worker");
        GatewaySession manager = GatewaySession.signIn(gatewayUrl, "frontdoor.manager");
        // received on the last working day, decided the same day: nothing is overdue, so no timer fires meanwhile
        LocalDate day = WorkingDayCalendar.englandAndWales().workingDaysBefore(LocalDate.now(), 0);

        long recordingStarted = System.nanoTime();
        recordContacts(worker, burst, day);
        double contactsPerSecond = burst / ((System.nanoTime() - recordingStarted) / 1e9);
        List<String> tasks = decisionsWaiting(manager);
        long decidedBefore = decidedContacts(day);
        Timings latencies = new Timings();
        long started = System.nanoTime();
        completeAsFastAsPossible(manager, tasks, day, latencies);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        awaitConsumers(day, decidedBefore + tasks.size());
        Duration caughtUp = Duration.ofNanos(System.nanoTime() - started);

        int paced = (int) (PACED_PER_SECOND * pacedFor.toSeconds());
        recordContacts(worker, paced, day);
        Timings pacedLatencies = new Timings();
        completeAtAFixedRate(manager, decisionsWaiting(manager), day, pacedLatencies);
        return new Figures(tasks.size(), took, caughtUp, latencies, pacedLatencies.count(), pacedLatencies, contactsPerSecond);
    }

    private void recordContacts(GatewaySession worker, int count, LocalDate day) throws Exception {
        AtomicInteger next = new AtomicInteger();
        runOnClients(() -> {
            int number;
            while ((number = next.incrementAndGet()) <= count) {
                HttpResponse<String> answer = worker.post("/api/workflow/contacts", """
                        {"child": {"givenName": "Bench", "familyName": "Load", "dateOfBirth": "2016-04-02"},
                         "source": "SCHOOL", "receivedAt": "%sT09:00", "reason": "Benchmark contact %d."}""".formatted(day, number));
                if (answer.statusCode() != 201) {
                    throw new IllegalStateException("Recording a contact answered " + answer.statusCode() + ": " + answer.body());
                }
            }
        });
    }

    /** Every front-door decision waiting for the manager, the demo data's few among them. */
    private static List<String> decisionsWaiting(GatewaySession manager) {
        HttpResponse<String> answer = manager.get("/engine-rest/task?taskDefinitionKey=DecideOnContact&maxResults=100000");
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Listing the decisions answered " + answer.statusCode() + ": " + answer.body());
        }
        List<String> ids = new ArrayList<>();
        try {
            JSON.readTree(answer.body()).forEach(task -> ids.add(task.get("id").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    private void completeAsFastAsPossible(GatewaySession manager, List<String> tasks, LocalDate day, Timings latencies)
            throws Exception {
        ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(tasks);
        runOnClients(() -> {
            String task;
            while ((task = waiting.poll()) != null) {
                Duration took = complete(manager, task, day);
                synchronized (latencies) {
                    latencies.add(took);
                }
            }
        });
    }

    /** One decision every 1/{@value #PACED_PER_SECOND} s, whatever the answers take: the latency at that rate. */
    private static void completeAtAFixedRate(GatewaySession manager, List<String> tasks, LocalDate day, Timings latencies)
            throws Exception {
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        ExecutorService senders = Executors.newCachedThreadPool();
        ConcurrentLinkedQueue<String> waiting = new ConcurrentLinkedQueue<>(tasks);
        List<Future<?>> sent = new ArrayList<>();
        clock.scheduleAtFixedRate(() -> {
            String task = waiting.poll();
            if (task != null) {
                synchronized (sent) {
                    sent.add(senders.submit(() -> {
                        Duration took = complete(manager, task, day);
                        synchronized (latencies) {
                            latencies.add(took);
                        }
                    }));
                }
            }
        }, 0, 1_000_000 / PACED_PER_SECOND, TimeUnit.MICROSECONDS);
        while (!waiting.isEmpty()) {
            Thread.sleep(100);
        }
        clock.shutdown();
        List<Future<?>> all;
        synchronized (sent) {
            all = new ArrayList<>(sent);
        }
        for (Future<?> future : all) {
            future.get();
        }
        senders.shutdown();
    }

    /** Completes the decision as no further action; how long the answer took. */
    private static Duration complete(GatewaySession manager, String task, LocalDate day) {
        long started = System.nanoTime();
        HttpResponse<String> answer = manager.post("/engine-rest/task/" + task + "/complete", """
                {"variables": {"contactOutcome": {"value": "NO_FURTHER_ACTION"}, "decisionDate": {"value": "%s"},
                 "decisionRationale": {"value": "No concerns once checked."}}}""".formatted(day));
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("Completing a decision answered " + answer.statusCode() + ": " + answer.body());
        }
        return took;
    }

    /** Until the KPI service has every decision as a fact, and casework has read the feed at least as far. */
    private void awaitConsumers(LocalDate day, long decided) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (decidedContacts(day) < decided || cursor(casework, "casework") < cursor(kpi, "kpi")) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The feed's consumers had not caught up after 5 minutes");
            }
            Thread.sleep(50);
        }
    }

    private long decidedContacts(LocalDate day) throws SQLException {
        return single(kpi, "select count(*) from kpi.contact_fact where outcome = 'NO_FURTHER_ACTION' and decided_on = date '" + day + "'");
    }

    private static long cursor(Database database, String schema) throws SQLException {
        return single(database, "select coalesce(max(position), 0) from " + schema + ".feed_cursor");
    }

    private static long single(Database database, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private interface Client {
        void run() throws Exception;
    }

    private static void runOnClients(Client client) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            running.add(clients.submit(() -> {
                client.run();
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        clients.shutdown();
    }
}
