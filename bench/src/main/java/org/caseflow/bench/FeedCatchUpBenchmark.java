package org.caseflow.bench;

import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.caseflow.journey.events.JourneyEvent;
import org.caseflow.support.feed.JourneyFeedConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * P3: a feed consumer catching up from zero. The KPI service's own consumer reads a backlog of a simulated council's
 * journey events from a {@link ReplayFeed}, page by page (its page size, 200), records their facts and moves its cursor
 * in one transaction per page, as it does in production; the figure is events applied per second. Each backlog starts
 * from empty fact tables and a cursor at 0. A first, smaller backlog warms the service and is not counted.
 */
final class FeedCatchUpBenchmark {

    /** What catching up a backlog took. */
    record Figures(int events, Duration took, double jvmCpuMillisPerThousand, Double postgresCpuMillisPerThousand) {

        double eventsPerSecond() {
            return events / (took.toNanos() / 1e9);
        }
    }

    private final KpiService kpi;
    private final ReplayFeed feed;
    private final CpuClock cpu;

    FeedCatchUpBenchmark(KpiService kpi, ReplayFeed feed, CpuClock cpu) {
        this.kpi = kpi;
        this.feed = feed;
        this.cpu = cpu;
    }

    /** Catches up the first {@code count} of {@code events} from zero. */
    Figures catchUp(List<JourneyEvent> events, int count) {
        startFromZero();
        feed.serve(events.subList(0, count));
        JourneyFeedConsumer consumer = kpi.bean(JourneyFeedConsumer.class);
        long jvmBefore = cpu.jvmMillis();
        OptionalLong postgresBefore = cpu.postgresMillis();
        long started = System.nanoTime();
        int applied = consumer.catchUp();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        if (applied != count) {
            throw new IllegalStateException("The consumer applied " + applied + " of " + count + " events");
        }
        long setAside = kpi.bean(JdbcClient.class).sql("select count(*) from feed_quarantine").query(Long.class).single();
        if (setAside > 0) {
            throw new IllegalStateException("The consumer set aside " + setAside + " events: the simulation's events must all apply");
        }
        double thousands = count / 1000.0;
        OptionalLong postgresAfter = cpu.postgresMillis();
        Double postgres = postgresBefore.isPresent() && postgresAfter.isPresent()
                ? (postgresAfter.getAsLong() - postgresBefore.getAsLong()) / thousands : null;
        return new Figures(count, took, (cpu.jvmMillis() - jvmBefore) / thousands, postgres);
    }

    /** Empty fact tables and what is derived from them, no quarantine and the cursor at 0: as a new service. */
    private void startFromZero() {
        JdbcClient jdbc = kpi.bean(JdbcClient.class);
        List<String> tables = jdbc.sql("""
                        select tablename from pg_tables where schemaname = current_schema()
                        and (tablename like '%\\_fact' or tablename in ('feed_cursor', 'feed_quarantine', 'referral_episode'))""")
                .query(String.class).list();
        jdbc.sql("truncate " + String.join(", ", tables)).update();
    }
}
