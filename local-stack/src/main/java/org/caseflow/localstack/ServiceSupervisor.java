package org.caseflow.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * What the run command does when one of its services dies: it says so at once, naming the log to
 * read, and starts the service again, as the services are built to be restarted (the feed
 * consumers carry on from their cursors, the engine's timers from its tables). A service that
 * dies again after {@link #MAX_RESTARTS} restarts within {@link #RESTART_WINDOW} is failing for a
 * reason a restart will not mend: it is left stopped, and the run says that too, while the other
 * services keep running and the gateway answers 503 for what needs it.
 */
final class ServiceSupervisor implements Consumer<UnexpectedExit> {

    static final int MAX_RESTARTS = 3;
    static final Duration RESTART_WINDOW = Duration.ofMinutes(10);

    private final CaseflowStack stack;
    private final PrintStream out;
    private final Duration startTimeout;
    private final Duration grace;
    private final Map<CaseflowService, Deque<Instant>> restarts = new EnumMap<>(CaseflowService.class);
    /** One at a time, in the order they died: a restart waits minutes for the service to be healthy. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "caseflow-service-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean shuttingDown;

    /**
     * @param grace how long to wait before reporting a death: Ctrl-C reaches the services as well as
     *              the run, and a service may end a moment before the run has begun to stop it
     */
    ServiceSupervisor(CaseflowStack stack, PrintStream out, Duration startTimeout, Duration grace) {
        this.stack = stack;
        this.out = out;
        this.startTimeout = startTimeout;
        this.grace = grace;
    }

    /** The run is stopping: services ending now are being stopped, not dying. */
    void shutDown() {
        shuttingDown = true;
        worker.shutdownNow();
    }

    @Override
    public void accept(UnexpectedExit exit) {
        if (!shuttingDown) {
            worker.execute(() -> handle(exit));
        }
    }

    private void handle(UnexpectedExit exit) {
        try {
            Thread.sleep(grace.toMillis());
        } catch (InterruptedException e) {
            return; // the run is stopping
        }
        if (shuttingDown) {
            return;
        }
        String module = exit.service().module();
        out.println(exit.describe());
        int restart = recordRestart(exit.service());
        if (restart > MAX_RESTARTS) {
            out.println(module + " has stopped again after " + MAX_RESTARTS + " restarts within " + RESTART_WINDOW.toMinutes()
                    + " minutes, so it is left stopped. The other services are still running; whatever needs " + module
                    + " answers 503 until it is back. Read its log, then stop Caseflow (Ctrl-C) and start it again.");
            return;
        }
        out.println("Starting " + module + " again (restart " + restart + " of at most " + MAX_RESTARTS + " within "
                + RESTART_WINDOW.toMinutes() + " minutes) …");
        try {
            stack.start(exit.service(), startTimeout);
            out.println(module + " is running again.");
        } catch (RuntimeException e) {
            // a start that dies is reported again as a death of its own; one that hangs, only here
            if (!shuttingDown) {
                out.println(module + " did not start again: " + e.getMessage());
            }
        }
    }

    /** Counts this restart among those within the window; returns its number there. */
    private int recordRestart(CaseflowService service) {
        Instant now = Instant.now();
        Deque<Instant> recent = restarts.computeIfAbsent(service, any -> new ArrayDeque<>());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(RESTART_WINDOW))) {
            recent.removeFirst();
        }
        recent.addLast(now);
        return recent.size();
    }
}
