package org.caseflow.system;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A front-door worker's colleagues recording contacts through the gateway as fast as they can,
 * each client on a thread of its own, keeping every answer: what was accepted, with its contact
 * id, and what was refused, how and how quickly. Every contact names its request in its reason
 * ({@link #REASON}), so that it can be found in every database, accepted or not.
 * <p>
 * Each contact was received on a past date, so its decision is already overdue when it is
 * recorded: the engine's job executor fires its escalation timer at once, and every contact not
 * decided first brings a second event that only the job executor writes.
 * <p>
 * A client may do more with each contact accepted before recording the next (a manager deciding
 * on it, {@link ContactDecisions}), as a step of its own given to {@link #start(Gateway, String, int, Consumer)}.
 */
final class ContactLoad implements AutoCloseable {

    /** The reason of every contact, followed by its request's number. */
    static final String REASON = "Database outage test, request ";

    private final Gateway gateway;
    private final String person;
    private final ExecutorService clients;
    private final AtomicInteger numbers = new AtomicInteger();
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final Consumer<Outcome> thenWithEachAccepted;
    private volatile boolean running = true;

    private ContactLoad(Gateway gateway, String person, int clientCount, Consumer<Outcome> thenWithEachAccepted) {
        this.gateway = gateway;
        this.person = person;
        this.thenWithEachAccepted = thenWithEachAccepted;
        this.clients = Executors.newFixedThreadPool(clientCount);
        for (int client = 0; client < clientCount; client++) {
            clients.execute(this::recordUntilStopped);
        }
    }

    /** Starts {@code clients} clients, all signed in as {@code person}. */
    static ContactLoad start(Gateway gateway, String person, int clients) {
        return new ContactLoad(gateway, person, clients, accepted -> { });
    }

    /** Starts {@code clients} clients, all signed in as {@code person}, each doing {@code thenWithEachAccepted} after each contact accepted. */
    static ContactLoad start(Gateway gateway, String person, int clients, Consumer<Outcome> thenWithEachAccepted) {
        return new ContactLoad(gateway, person, clients, thenWithEachAccepted);
    }

    /**
     * One request and its answer.
     *
     * @param response null when no answer came at all
     * @param failure  why no answer came (a timeout, a connection reset), else null
     */
    record Outcome(int request, Instant sent, Duration took, Gateway.Response response, String failure) {

        boolean accepted() {
            return response != null && response.status() == 201;
        }

        String reason() {
            return REASON + request;
        }

        Instant answered() {
            return sent.plus(took);
        }
    }

    List<Outcome> outcomes() {
        return new ArrayList<>(outcomes);
    }

    List<Outcome> accepted() {
        return outcomes().stream().filter(Outcome::accepted).toList();
    }

    List<Outcome> refused() {
        return outcomes().stream().filter(outcome -> !outcome.accepted()).toList();
    }

    long acceptedAfter(Instant moment) {
        return accepted().stream().filter(outcome -> outcome.sent().isAfter(moment)).count();
    }

    /** Stops sending, and waits for the answers to what was sent. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        clients.shutdown();
        if (!clients.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The load's clients were still waiting for answers after 2 minutes");
        }
    }

    private void recordUntilStopped() {
        while (running) {
            int request = numbers.incrementAndGet();
            Instant sent = Instant.now();
            long started = System.nanoTime();
            Gateway.Response response = null;
            String failure = null;
            try {
                response = gateway.post("/api/workflow/contacts", person, """
                        {"child": {"givenName": "Robin", "familyName": "Outage", "dateOfBirth": "2016-04-02"},
                         "source": "SCHOOL", "receivedAt": "2025-11-03T09:00", "reason": "%s%d"}""".formatted(REASON, request));
            } catch (RuntimeException noAnswer) {
                failure = String.valueOf(noAnswer.getCause() != null ? noAnswer.getCause() : noAnswer);
            }
            Outcome outcome = new Outcome(request, sent, Duration.ofNanos(System.nanoTime() - started), response, failure);
            outcomes.add(outcome);
            if (outcome.accepted()) {
                thenWithEachAccepted.accept(outcome);
            }
        }
    }
}
