package org.caseflow.simulator.facts;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies batches of rows into PostgreSQL on a thread of its own, one batch after another in the order given, so that
 * the simulation goes on making the next batch while the database takes this one: on two cores, both are busy. At most
 * {@value #BATCHES_IN_FLIGHT} batches wait, so a slow database slows the simulation rather than filling the memory.
 */
final class CopyPipeline {

    private static final int BATCHES_IN_FLIGHT = 2;

    /** One table's rows of a batch. */
    record Rows(String copyStatement, String rows) {
    }

    private final CopyManager copy;
    private final ExecutorService copier = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kpi-fact-copy");
        thread.setDaemon(true);
        return thread;
    });
    private final Semaphore room = new Semaphore(BATCHES_IN_FLIGHT);
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    CopyPipeline(Connection connection) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Hands a batch over, waiting while the copier is {@value #BATCHES_IN_FLIGHT} batches behind. */
    void send(List<Rows> batch) {
        rethrowFailure();
        room.acquireUninterruptibly();
        copier.execute(() -> {
            try {
                for (Rows rows : batch) {
                    if (!rows.rows().isEmpty() && failure.get() == null) {
                        copy.copyIn(rows.copyStatement(), new StringReader(rows.rows()));
                    }
                }
            } catch (SQLException | IOException | RuntimeException e) {
                failure.compareAndSet(null, e);
            } finally {
                room.release();
            }
        });
    }

    /** Waits for every batch to be in, and says why if one could not be. */
    void finish() {
        copier.shutdown();
        try {
            if (!copier.awaitTermination(1, TimeUnit.HOURS)) {
                throw new IllegalStateException("Copying facts in took over an hour");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while copying facts in", e);
        }
        rethrowFailure();
    }

    private void rethrowFailure() {
        Exception failed = failure.get();
        if (failed != null) {
            copier.shutdownNow();
            throw new IllegalStateException("Copying facts into the KPI database failed: " + failed.getMessage(), failed);
        }
    }
}
