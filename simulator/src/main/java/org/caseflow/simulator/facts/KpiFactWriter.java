package org.caseflow.simulator.facts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.caseflow.simulator.JourneyStep;
import org.caseflow.simulator.StepSink;

/**
 * The second way into Caseflow for a simulated council: its steps written straight into a KPI database as the facts
 * kpi-service records from the same steps published as journey events, but copied in bulk (PostgreSQL COPY) rather
 * than applied one by one. For tests and benchmarks at report scale, where feeding millions of events through the
 * feed would take hours. The database must have kpi-service's schema (its Flyway migrations) and no facts yet.
 *
 * <p>Each step is read with the journey event contract's typed reader, as kpi-service's fact recorders read it, so
 * both ways give the same rows (the simulator's tests compare them). Steps of types no fact comes from (Early Help
 * reviews, say) are passed over, as kpi-service passes them over. Facts that a later step completes (a contact's
 * decision, a plan's end) are written once complete, or as they stand when the stream ends; a period of care is
 * written as it starts, because its placements, visits and reviews refer to it, and closed at the end.
 */
public final class KpiFactWriter implements StepSink, AutoCloseable {

    /** Rows are copied in batches of about this many characters (some 4 MB). */
    private static final int BATCH_CHARS = 4 * 1024 * 1024;

    private final Connection connection;
    private final long seed;
    private final FactTables tables = new FactTables();
    private final Map<String, FactRows> rowsByType = new HashMap<>();
    private final List<FactRows> stages = new ArrayList<>();
    private final LookedAfterRows lookedAfter;
    private final CopyPipeline pipeline;
    private boolean closed;

    /**
     * @param connection to the KPI database, its search path reaching kpi-service's schema; used by this writer alone
     *                   until it is closed
     * @param seed       the simulation's seed, which the steps' event ids are made from
     */
    public KpiFactWriter(Connection connection, long seed) {
        this.connection = connection;
        this.seed = seed;
        Allocations allocations = new Allocations(tables.allocations);
        this.lookedAfter = new LookedAfterRows(tables, allocations);
        for (FactRows stage : List.of(new FrontDoorRows(tables), new ChildProtectionRows(tables, allocations),
                new ChildInNeedRows(tables, allocations), new EarlyHelpRows(tables), lookedAfter, new WorkforceRows(tables, allocations))) {
            stages.add(stage);
            stage.eventTypes().forEach(type -> rowsByType.put(type, stage));
        }
        try {
            this.pipeline = new CopyPipeline(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Not a PostgreSQL connection: facts are copied in with COPY", e);
        }
    }

    @Override
    public void accept(JourneyStep step) {
        FactRows stage = rowsByType.get(step.type());
        if (stage == null) {
            return;
        }
        stage.write(step.toEvent(seed));
        if (bufferedChars() > BATCH_CHARS) {
            sendBatch();
        }
    }

    /** Writes what is still open as it stands, copies everything in and closes the periods of care that ended; once. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stages.forEach(FactRows::finish);
        sendBatch();
        pipeline.finish();
        closeCarePeriods(lookedAfter.ceased());
    }

    /** How many rows went into each table. */
    public Map<String, Long> rowsWritten() {
        Map<String, Long> written = new LinkedHashMap<>();
        tables.inCopyOrder().forEach(table -> written.put(table.name(), table.rowsWritten()));
        return written;
    }

    private void sendBatch() {
        List<CopyPipeline.Rows> batch = new ArrayList<>();
        for (FactTable table : tables.inCopyOrder()) {
            batch.add(new CopyPipeline.Rows(table.copyStatement(), table.take()));
        }
        pipeline.send(batch);
    }

    private int bufferedChars() {
        int total = 0;
        for (FactTable table : tables.inCopyOrder()) {
            total += table.bufferedChars();
        }
        return total;
    }

    /** As kpi-service records care ceasing: the period ends that day, for that reason. */
    private void closeCarePeriods(List<LookedAfterRows.Ceased> ceased) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temporary table ceased_care (cla_period_id varchar(20), ceased_on date, reason_ceased varchar(4))");
            try (PreparedStatement insert = connection.prepareStatement("insert into ceased_care values (?, ?, ?)")) {
                for (LookedAfterRows.Ceased end : ceased) {
                    insert.setString(1, end.claPeriodId());
                    insert.setObject(2, end.ceasedOn());
                    insert.setString(3, end.reason());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            statement.executeUpdate("""
                    update cla_period_fact p set ceased_on = c.ceased_on, reason_ceased = c.reason_ceased
                    from ceased_care c where c.cla_period_id = p.cla_period_id""");
            statement.execute("drop table ceased_care");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the periods of care that ended: " + e.getMessage(), e);
        }
    }
}
